package io.twinbench.analysis.evaluate;

import io.twinbench.analysis.AnomalyKind;

/** Where a labelled anomaly lies (inclusive times) and what kind it is (null where the labels do not say). */
public record LabelledWindow(long from, long to, AnomalyKind kind) {

    public LabelledWindow {
        if (to < from) {
            throw new IllegalArgumentException("a labelled window ends before it starts: " + from + " > " + to);
        }
    }

    public boolean contains(long time) {
        return time >= from && time <= to;
    }
}
