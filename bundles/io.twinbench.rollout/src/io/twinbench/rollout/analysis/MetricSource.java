package io.twinbench.rollout.analysis;

import java.time.Instant;
import java.util.OptionalDouble;

import io.twinbench.rollout.spec.Measure;

/** One endpoint's value of a measure over [from, to), or empty when the endpoint sent nothing to measure it by. */
public interface MetricSource {

    OptionalDouble measure(Measure measure, String endpoint, Instant from, Instant to);
}
