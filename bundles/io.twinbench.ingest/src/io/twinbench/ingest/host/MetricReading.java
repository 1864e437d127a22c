package io.twinbench.ingest.host;

import io.twinbench.store.Sample;
import io.twinbench.store.SeriesKey;

/** One reading of one metric, ready for the store and for live charts. */
public record MetricReading(SeriesKey key, String unit, Sample sample) {
}
