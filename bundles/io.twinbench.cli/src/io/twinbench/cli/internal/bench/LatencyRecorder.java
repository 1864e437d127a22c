package io.twinbench.cli.internal.bench;

import java.util.Arrays;

/** Frame latencies in nanoseconds, kept while recording is on; percentiles on demand. */
final class LatencyRecorder {

    private long[] values = new long[1 << 16];
    private int size;
    private volatile boolean recording;
    private final java.util.concurrent.atomic.LongAdder acknowledged = new java.util.concurrent.atomic.LongAdder();

    /** Frames acknowledged since the recorder was made, recording or not. */
    long acknowledged() {
        return acknowledged.sum();
    }

    void start() {
        synchronized (this) {
            size = 0;
        }
        recording = true;
    }

    void stop() {
        recording = false;
    }

    void record(long nanos) {
        acknowledged.increment();
        if (!recording) {
            return;
        }
        synchronized (this) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }
    }

    synchronized int count() {
        return size;
    }

    /** The p-th percentile in milliseconds (p in 0..100). */
    synchronized double percentileMillis(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int index = (int) Math.min(size - 1, Math.max(0, Math.ceil(p / 100 * size) - 1));
        return sorted[index] / 1e6;
    }
}
