package io.twinbench.analysis.evaluate;

import java.util.List;

import io.twinbench.analysis.Detection;

/**
 * How detections compare with labels: a label is found when a detection falls in its window
 * (recall is the share of labels found); a detection outside every window is a false alarm
 * (precision is the share of detections inside one).
 */
public record Scorecard(int labels, int found, int detections, int falseAlarms) {

    public static Scorecard of(List<LabelledWindow> windows, List<Detection> detections) {
        int found = 0;
        for (LabelledWindow w : windows) {
            if (detections.stream().anyMatch(d -> w.contains(d.time()))) {
                found++;
            }
        }
        int falseAlarms = 0;
        for (Detection d : detections) {
            if (windows.stream().noneMatch(w -> w.contains(d.time()))) {
                falseAlarms++;
            }
        }
        return new Scorecard(windows.size(), found, detections.size(), falseAlarms);
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
