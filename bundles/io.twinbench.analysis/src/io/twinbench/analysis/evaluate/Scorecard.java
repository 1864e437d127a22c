package io.twinbench.analysis.evaluate;

import java.util.List;

import io.twinbench.analysis.Detection;

/**
 * How detections compare with labels: a label is found when a detection falls in its window
 * (recall is the share of labels found); a detection outside every window is a false alarm
 * (precision is the share of detections inside one).
 */
public record Scorecard(int labels, int found, int detections, int falseAlarms) {

    /** Detections in time order against the windows, each detection outside them a false alarm. */
    public static Scorecard of(List<LabelledWindow> windows, List<Detection> detections) {
        return of(windows, detections, Long.MIN_VALUE, 0);
    }

    /**
     * As above, but detections (in time order) outside every window that follow one another by less than
     * {@code mergeMillis} are one false alarm (an analyst looks once), and only detections from
     * {@code countFrom} on count as false alarms (the series' learning period before it).
     */
    public static Scorecard of(List<LabelledWindow> windows, List<Detection> detections, long countFrom, long mergeMillis) {
        int found = 0;
        for (LabelledWindow w : windows) {
            if (detections.stream().anyMatch(d -> w.contains(d.time()))) {
                found++;
            }
        }
        int falseAlarms = 0;
        int counted = 0;
        long last = Long.MIN_VALUE;
        for (Detection d : detections) {
            if (d.time() < countFrom) {
                continue;
            }
            counted++;
            if (windows.stream().noneMatch(w -> w.contains(d.time()))) {
                if (last == Long.MIN_VALUE || d.time() - last >= mergeMillis) {
                    falseAlarms++;
                }
                last = d.time();
            }
        }
        return new Scorecard(windows.size(), found, counted, falseAlarms);
    }

    public Scorecard plus(Scorecard other) {
        return new Scorecard(labels + other.labels, found + other.found, detections + other.detections, falseAlarms + other.falseAlarms);
    }

    public double precision() {
        return detections == 0 ? 1 : (detections - falseAlarms) / (double) detections;
    }

    public double recall() {
        return labels == 0 ? 1 : found / (double) labels;
    }
}
