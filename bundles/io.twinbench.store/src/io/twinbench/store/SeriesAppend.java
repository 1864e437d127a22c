package io.twinbench.store;

import java.util.List;

/** Samples to add to one series, with the unit the series is recorded in. */
public record SeriesAppend(SeriesKey key, String unit, List<Sample> samples) {

    public SeriesAppend {
        samples = List.copyOf(samples);
    }
}
