package io.twinbench.ingest.otlp;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Monotonic sums (counters) as the rates they describe, per second, whatever their temporality:
 * a cumulative point gives the rise since the previous point of the same series (a reset, seen as
 * a new start time or a fall, starts again without a rate), a delta point its own rise over its
 * own interval. Stored as rates, counters chart and baseline like the agent's own traffic and I/O
 * rates, instead of ever-rising totals that every detector would call a trend.
 */
final class SumRates {

    /** Series remembered at most; the oldest are forgotten first. */
    static final int MAX_SERIES = 100_000;

    private record Last(long startNanos, long timeNanos, double value) {
    }

    private final Map<String, Last> last = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Last> eldest) {
            return size() > MAX_SERIES;
        }
    };

    /** The rate per second a cumulative point gives with the series' previous one; NaN for the first after a start or a reset. */
    synchronized double cumulative(String series, long startNanos, long timeNanos, double value) {
        Last previous = last.put(series, new Last(startNanos, timeNanos, value));
        if (previous == null || previous.startNanos() != startNanos || value < previous.value() || timeNanos <= previous.timeNanos()) {
            return Double.NaN;
        }
        return (value - previous.value()) / ((timeNanos - previous.timeNanos()) / 1e9);
    }

    /** The rate per second of a delta point over its own interval; NaN without one. */
    static double delta(long startNanos, long timeNanos, double value) {
        return startNanos > 0 && timeNanos > startNanos ? value / ((timeNanos - startNanos) / 1e9) : Double.NaN;
    }
}
