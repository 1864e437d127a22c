package io.twinbench.cases;

import java.util.Map;
import java.util.TreeMap;

/** Events per lane in equal slices of a time range: what the timeline's lanes and overview draw. */
public final class Density {

    private final long from;
    private final long to;
    private final int buckets;
    private final Map<Lane, long[]> counts = new TreeMap<>();

    Density(long from, long to, int buckets) {
        this.from = from;
        this.to = to;
        this.buckets = buckets;
    }

    void addBucket(Lane lane, int bucket, long n) {
        counts.computeIfAbsent(lane, l -> new long[buckets])[bucket] += n;
    }

    public int buckets() {
        return buckets;
    }

    public long from() {
        return from;
    }

    public long to() {
        return to;
    }

    /** The lanes with events in the range, in drawing order. */
    public Map<Lane, long[]> counts() {
        return java.util.Collections.unmodifiableMap(counts);
    }

    public long[] of(Lane lane) {
        return counts.getOrDefault(lane, new long[buckets]);
    }

    public long total() {
        return counts.values().stream().flatMapToLong(java.util.Arrays::stream).sum();
    }
}
