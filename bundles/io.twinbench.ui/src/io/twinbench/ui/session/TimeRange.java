package io.twinbench.ui.session;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The time a twin's views show: the last span up to now, following live (span null for
 * everything), or a fixed range an analyst brushed. The Telemetry, Events, History and
 * Anomalies views of a twin share one, as Trace Compass synchronises its views.
 */
public record TimeRange(Duration span, long fixedFrom, long fixedTo) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    /** What a twin's views show until the analyst chooses otherwise. */
    public static final TimeRange DEFAULT = last(Duration.ofHours(1));

    public static TimeRange last(Duration span) {
        return new TimeRange(span, -1, -1);
    }

    public static TimeRange everything() {
        return new TimeRange(null, -1, -1);
    }

    public static TimeRange between(long from, long to) {
        return new TimeRange(null, Math.min(from, to), Math.max(from, to));
    }

    /** Whether the range moves with now, so new data belongs in it. */
    public boolean isLive() {
        return fixedFrom < 0;
    }

    public long from(long now) {
        return isLive() ? span == null ? 0 : now - span.toMillis() : fixedFrom;
    }

    public long to(long now) {
        return isLive() ? now + 1 : fixedTo;
    }

    /** "last 24 hours", "everything", "between 2026-12-06 05:58:37 and 2026-12-06 06:03:25". */
    public String label() {
        if (!isLive()) {
            return "between " + TIME.format(Instant.ofEpochMilli(fixedFrom)) + " and " + TIME.format(Instant.ofEpochMilli(fixedTo));
        }
        if (span == null) {
            return "everything";
        }
        long minutes = span.toMinutes();
        return minutes < 60 ? "last " + minutes + " minutes" : minutes < 24 * 60 ? "last " + (minutes == 60 ? "hour" : minutes / 60 + " hours")
                : "last " + (minutes == 24 * 60 ? "24 hours" : minutes / (24 * 60) + " days");
    }
}
