package io.twinbench.store;

/** A series' samples in one time bucket [start, start + width): how many, smallest, largest, mean. */
public record Rollup(long start, long width, long count, double min, double max, double mean) {
}
