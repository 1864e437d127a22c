package io.twinbench.ui.charts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import io.twinbench.store.Sample;
import io.twinbench.store.SeriesKey;
import io.twinbench.store.StoredAnomaly;

/** The recent samples of one series and its anomalies, as much as the chart shows; older ones fall off. */
final class SeriesWindow {

    private final SeriesKey key;
    private final String unit;
    private final long spanMillis;
    private final Deque<Sample> samples = new ArrayDeque<>();
    private final List<StoredAnomaly> anomalies = new ArrayList<>();

    SeriesWindow(SeriesKey key, String unit, long spanMillis) {
        this.key = key;
        this.unit = unit == null ? "" : unit;
        this.spanMillis = spanMillis;
    }

    SeriesKey key() {
        return key;
    }

    String metric() {
        return key.metric();
    }

    String unit() {
        return unit;
    }

    synchronized void addAll(List<Sample> more) {
        for (Sample s : more) {
            if (samples.isEmpty() || s.timestamp() > samples.peekLast().timestamp()) {
                samples.addLast(s);
            }
        }
        long horizon = samples.isEmpty() ? 0 : samples.peekLast().timestamp() - spanMillis;
        while (!samples.isEmpty() && samples.peekFirst().timestamp() < horizon) {
            samples.removeFirst();
        }
        anomalies.removeIf(a -> a.timestamp() < horizon);
    }

    /** The series' anomalies as the detector stored them; they replace the ones held. */
    synchronized void setAnomalies(List<StoredAnomaly> found) {
        anomalies.clear();
        long horizon = samples.isEmpty() ? Long.MIN_VALUE : samples.peekLast().timestamp() - spanMillis;
        found.stream().filter(a -> a.series().equals(key) && a.timestamp() >= horizon).forEach(anomalies::add);
    }

    synchronized List<StoredAnomaly> anomalies() {
        return new ArrayList<>(anomalies);
    }

    synchronized List<Sample> snapshot() {
        return new ArrayList<>(samples);
    }
}
