package io.twinbench.store;

/** All of one element's anomalies in a period, summed up: how many, the strongest score, the first and the last time. */
public record ElementAnomalies(String elementId, long count, double strongest, long first, long last) {
}
