package io.twinbench.analysis;

/**
 * One point a detector scored anomalous: when, the value seen, the value the baseline
 * expected, how far apart they are in the baseline's own deviations, and the kind.
 */
public record Detection(long time, double value, double expected, double score, AnomalyKind kind) {

    public Detection withKind(AnomalyKind other) {
        return new Detection(time, value, expected, score, other);
    }
}
