package io.twinbench.store;

import java.util.Objects;

/** Names a telemetry series: the metric of one element of one twin. */
public record SeriesKey(String twinId, String elementId, String metric) {

    public SeriesKey {
        Objects.requireNonNull(twinId, "twinId");
        Objects.requireNonNull(elementId, "elementId");
        Objects.requireNonNull(metric, "metric");
    }

    /** The key as stored in a model's TelemetrySeriesRef. */
    public String asString() {
        return twinId + "/" + elementId + "/" + metric;
    }

    public static SeriesKey parse(String key) {
        int first = key.indexOf('/');
        int last = key.lastIndexOf('/');
        if (first < 0 || first == last) {
            throw new IllegalArgumentException("series key '" + key + "' is not twin/element/metric");
        }
        return new SeriesKey(key.substring(0, first), key.substring(first + 1, last), key.substring(last + 1));
    }
}
