package io.twinbench.capture;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The bytes per second a shadow session may send, as a token bucket holding at most one second's
 * worth: what fits is sent, what does not is dropped and counted per source, so the analyst sees
 * exactly what the budget cost and nothing is lost silently.
 */
public final class CaptureBudget {

    /** What is mirrored. */
    public enum Source {
        SYSCALLS, PACKETS, HTTP
    }

    /** Per source: items and bytes captured, sent and dropped. */
    public record Counts(long captured, long capturedBytes, long sent, long sentBytes, long dropped, long droppedBytes) {
    }

    private final long bytesPerSecond;
    private final LongSupplier nanoTime;
    private final Map<Source, long[]> counts = new EnumMap<>(Source.class);
    private double tokens;
    private long last;

    public CaptureBudget(long bytesPerSecond, LongSupplier nanoTime) {
        if (bytesPerSecond <= 0) {
            throw new IllegalArgumentException("a budget must allow some bytes per second, not " + bytesPerSecond);
        }
        this.bytesPerSecond = bytesPerSecond;
        this.nanoTime = nanoTime;
        this.last = nanoTime.getAsLong();
        this.tokens = bytesPerSecond;
        for (Source source : Source.values()) {
            counts.put(source, new long[6]);
        }
    }

    /** Whether an item of this many bytes may be sent now; counted either way. */
    public synchronized boolean admit(Source source, int bytes) {
        long now = nanoTime.getAsLong();
        tokens = Math.min(bytesPerSecond, tokens + (now - last) / 1e9 * bytesPerSecond);
        last = now;
        long[] c = counts.get(source);
        c[0]++;
        c[1] += bytes;
        if (tokens >= bytes) {
            tokens -= bytes;
            c[2]++;
            c[3] += bytes;
            return true;
        }
        c[4]++;
        c[5] += bytes;
        return false;
    }

    /** Counts an item dropped before it reached the budget (a full queue, a capture that could not keep up). */
    public synchronized void dropped(Source source, int bytes) {
        long[] c = counts.get(source);
        c[0]++;
        c[1] += bytes;
        c[4]++;
        c[5] += bytes;
    }

    public synchronized Counts counts(Source source) {
        long[] c = counts.get(source);
        return new Counts(c[0], c[1], c[2], c[3], c[4], c[5]);
    }
}
