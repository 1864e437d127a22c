package io.twinbench.store;

/** One telemetry value at a time in epoch milliseconds. */
public record Sample(long timestamp, double value) {
}
