package io.twinbench.ui.charts;

import java.util.ArrayList;
import java.util.List;

import io.twinbench.store.Sample;

/**
 * Fewer samples that draw the same line: the series is cut into buckets of equal count and each
 * keeps its lowest and highest sample, in time order, so a spike is never averaged away.
 */
final class Downsampled {

    private Downsampled() {
    }

    static List<Sample> minMax(List<Sample> samples, int buckets) {
        if (samples.size() <= 2 * buckets) {
            return samples;
        }
        List<Sample> kept = new ArrayList<>(2 * buckets + 2);
        double per = (double) samples.size() / buckets;
        for (int b = 0; b < buckets; b++) {
            int start = (int) Math.floor(b * per);
            int end = Math.min(samples.size(), (int) Math.floor((b + 1) * per));
            if (start >= end) {
                continue;
            }
            Sample low = samples.get(start);
            Sample high = low;
            for (int i = start + 1; i < end; i++) {
                Sample s = samples.get(i);
                if (s.value() < low.value()) {
                    low = s;
                }
                if (s.value() > high.value()) {
                    high = s;
                }
            }
            if (low == high) {
                kept.add(low);
            } else if (low.timestamp() <= high.timestamp()) {
                kept.add(low);
                kept.add(high);
            } else {
                kept.add(high);
                kept.add(low);
            }
        }
        return kept;
    }
}
