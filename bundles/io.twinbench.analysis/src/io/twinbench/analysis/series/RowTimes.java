package io.twinbench.analysis.series;

import java.util.Arrays;

/** The timestamps of a file's rows in file order, for what reading them must sort and merge. */
final class RowTimes {

    /** An interval this many times the usual one is a gap in the series. */
    private static final int GAP = 3;
    /** An interval further than this share from the usual one makes the sampling irregular. */
    private static final double OFF = 0.1;

    private long[] times = new long[1024];
    private int size;
    private long latest = Long.MIN_VALUE;
    private long outOfOrder;

    void add(long time) {
        if (time < latest) {
            outOfOrder++;
        }
        latest = Math.max(latest, time);
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
        }
        times[size++] = time;
    }

    int size() {
        return size;
    }

    long last() {
        return times[size - 1];
    }

    /** Rows whose time is before a row above them. */
    long outOfOrder() {
        return outOfOrder;
    }

    Tidying tidying(TimestampReader clock) {
        long[] sorted = Arrays.copyOf(times, size);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < size; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        long[] intervals = new long[Math.max(0, distinct - 1)];
        for (int i = 1; i < distinct; i++) {
            intervals[i - 1] = sorted[i] - sorted[i - 1];
        }
        long[] byLength = intervals.clone();
        Arrays.sort(byLength);
        long median = byLength.length == 0 ? 0 : byLength[byLength.length / 2];
        long gaps = 0;
        long irregular = 0;
        for (long interval : intervals) {
            if (median > 0 && interval >= GAP * median) {
                gaps++;
            }
            if (Math.abs(interval - median) > OFF * median) {
                irregular++;
            }
        }
        return new Tidying(size, clock.zone(), clock.naive(), clock.secondPass(), clock.skipped(), outOfOrder, size - distinct, median, gaps,
                byLength.length == 0 ? 0 : byLength[byLength.length - 1], intervals.length == 0 ? 0 : (double) irregular / intervals.length);
    }
}
