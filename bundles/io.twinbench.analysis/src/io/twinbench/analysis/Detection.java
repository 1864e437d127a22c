package io.twinbench.analysis;

/**
 * One point a detector scored anomalous: when, the value seen, the value the baseline
 * expected, the detector's score (its own scale: log10 days between such surprises for the
 * rarity detector, the baseline's deviations for the others), and the kind.
 */
public record Detection(long time, double value, double expected, double score, AnomalyKind kind) {

    public Detection withKind(AnomalyKind other) {
        return new Detection(time, value, expected, score, other);
    }
}
