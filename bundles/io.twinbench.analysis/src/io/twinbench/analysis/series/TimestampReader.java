package io.twinbench.analysis.series;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;

/**
 * Reads one file's timestamps in file order, placing those without a zone or offset in the zone
 * given (UTC unless the user names one). Where a clock went back for daylight saving, a
 * wall-clock time of the repeated hour is read as its first pass until the file has moved past
 * it, then as its second, so the hour a local-time export repeats lands in order instead of on
 * top of the first; a time the clock skipped is moved forward by the gap, as the zone rules say.
 * It counts what it did, for the reading's report.
 */
final class TimestampReader {

    private final ZoneId zone;
    private long previous = Long.MIN_VALUE;
    private long naive;
    private long secondPass;
    private long skipped;

    TimestampReader(ZoneId zone) {
        this.zone = zone;
    }

    /** Epoch milliseconds; IllegalArgumentException saying what was expected. */
    long read(String text) {
        long at = Timestamps.parse(text, this::place);
        previous = Math.max(previous, at);
        return at;
    }

    private long place(LocalDateTime local) {
        naive++;
        if (zone instanceof ZoneOffset offset) {
            return local.toInstant(offset).toEpochMilli();
        }
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition == null) {
            return ZonedDateTime.ofLocal(local, zone, null).toInstant().toEpochMilli();
        }
        if (transition.isGap()) {
            skipped++;
            return ZonedDateTime.ofLocal(local, zone, null).toInstant().toEpochMilli();
        }
        long first = local.toInstant(transition.getOffsetBefore()).toEpochMilli();
        if (first > previous) {
            return first;
        }
        secondPass++;
        return local.toInstant(transition.getOffsetAfter()).toEpochMilli();
    }

    ZoneId zone() {
        return zone;
    }

    /** Timestamps that had no zone or offset of their own. */
    long naive() {
        return naive;
    }

    /** Wall-clock times read as the second pass through an hour the clock repeated. */
    long secondPass() {
        return secondPass;
    }

    /** Wall-clock times the clock skipped, moved forward by the gap. */
    long skipped() {
        return skipped;
    }
}
