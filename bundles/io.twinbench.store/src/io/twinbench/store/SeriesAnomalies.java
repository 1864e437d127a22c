package io.twinbench.store;

/** A series' anomalies over a period in brief: the latest of them and how many there were. */
public record SeriesAnomalies(StoredAnomaly latest, int count) {
}
