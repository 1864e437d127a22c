package io.twinbench.rollout.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One interval's values of a metric: per endpoint of the cohort being judged, and of its baseline. */
public record Reading(Map<String, Double> cohort, Map<String, Double> baseline) {

    public Reading {
        cohort = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cohort));
        baseline = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(baseline));
    }

    public List<Double> cohortValues() {
        return new ArrayList<>(cohort.values());
    }

    /** The baseline's mean, NaN without one. */
    public double baselineMean() {
        return baseline.values().stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
}
