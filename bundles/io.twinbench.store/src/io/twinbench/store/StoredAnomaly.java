package io.twinbench.store;

/**
 * An anomalous sample as stored: whose series (twin, element, metric), when, the value and the
 * value expected, the score, the kind's label (spike, level-shift, trend, seasonality) and the
 * detector that found it.
 */
public record StoredAnomaly(String twinId, String elementId, String metric, long timestamp, double value, double expected,
        double score, String kind, String detector) {

    public SeriesKey series() {
        return new SeriesKey(twinId, elementId, metric);
    }
}
