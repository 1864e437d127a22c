package io.twinbench.analysis.cause;

import java.util.List;

import io.twinbench.model.twin.Element;

/**
 * An anomalous element proposed as a cause: the anomalous elements that depend on it and turned
 * anomalous no earlier (so may only be its symptoms), their weight (runtime dependencies 1,
 * ownership and configuration ½), its strongest score, when it first turned anomalous and how
 * many anomalies it had in the period.
 */
public record RootCause(Element element, List<Element> explains, double weight, double score, long firstAnomaly, long anomalies) {
}
