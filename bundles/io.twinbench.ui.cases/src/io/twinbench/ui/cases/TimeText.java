package io.twinbench.ui.cases;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Times as the timeline writes and reads them: UTC, down to the microsecond. */
final class TimeText {

    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MILLI = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MICRO = DateTimeFormatter.ofPattern("ss.SSSSSS").withZone(ZoneOffset.UTC);

    private TimeText() {
    }

    static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000);
    }

    static String full(long micros) {
        return FULL.format(instant(micros));
    }

    /** A tick label precise enough for ticks this far apart. */
    static String tick(long micros, long step) {
        Instant at = instant(micros);
        if (step >= 3_600_000_000L) {
            return DAY.format(at);
        }
        if (step >= 1_000_000L) {
            return SECOND.format(at);
        }
        if (step >= 1_000L) {
            return MILLI.format(at);
        }
        return MICRO.format(at);
    }

    /** How long a span is, in words an analyst reads at a glance. */
    static String span(long micros) {
        if (micros >= 86_400_000_000L) {
            return String.format("%.1f days", micros / 86_400e6);
        }
        if (micros >= 3_600_000_000L) {
            return String.format("%.1f h", micros / 3_600e6);
        }
        if (micros >= 60_000_000L) {
            return String.format("%.1f min", micros / 60e6);
        }
        if (micros >= 1_000_000L) {
            return String.format("%.2f s", micros / 1e6);
        }
        if (micros >= 1_000L) {
            return String.format("%.2f ms", micros / 1e3);
        }
        return micros + " µs";
    }

    /** "2026-12-07 08:00:00.123456", "2026-12-07T08:00:00Z" or epoch microseconds; null when it is none of them. */
    static Long parse(String text) {
        String t = text.strip();
        if (t.matches("\\d{13,17}")) {
            return Long.parseLong(t);
        }
        try {
            return micros(Instant.parse(t));
        } catch (DateTimeParseException e) {
            // the display form
        }
        try {
            String padded = t.contains(".") ? t : t + ".000000";
            return micros(java.time.LocalDateTime.parse(padded.replace(' ', 'T')).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static long micros(Instant at) {
        return at.getEpochSecond() * 1_000_000L + at.getNano() / 1000;
    }
}
