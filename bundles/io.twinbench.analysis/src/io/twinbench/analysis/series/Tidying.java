package io.twinbench.analysis.series;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What reading a file of series did to make it usable: rows read, timestamps without a zone and
 * the zone they were read in (those read as the second pass through a repeated daylight-saving
 * hour, those in a skipped one), rows out of time order (sorted), rows whose time another row
 * already had (merged: per series, the mean of their values), and the sampling found: the usual
 * (median) interval, the gaps of three of those or more and the longest, and the share of
 * intervals more than a tenth off the usual one.
 */
public record Tidying(long rows, ZoneId zone, long naive, long secondPass, long skipped, long outOfOrder, long repeated, long medianInterval,
        long gaps, long longestInterval, double irregularShare) {

    /** Whether anything was sorted or merged. */
    public boolean changedOrder() {
        return outOfOrder > 0 || repeated > 0;
    }

    /** Sentences for the user, each starting with the file's name. */
    public List<String> describe(String file) {
        List<String> lines = new ArrayList<>();
        boolean utc = zone.normalized().equals(java.time.ZoneOffset.UTC);
        lines.add(file + ": " + count(rows, "row") + (naive == 0 ? ""
                : "; " + count(naive, "timestamp") + " without a zone read in " + (utc ? "UTC (--time-zone names another)" : zone.getId())));
        if (secondPass > 0) {
            lines.add(file + ": " + count(secondPass, "timestamp") + " read as the second pass through an hour the clock repeated (daylight saving ended)");
        }
        if (skipped > 0) {
            lines.add(file + ": " + count(skipped, "timestamp") + " in an hour the clock skipped (daylight saving began), moved forward by it");
        }
        if (outOfOrder > 0) {
            lines.add(file + ": " + count(outOfOrder, "row") + " out of time order, sorted");
        }
        if (repeated > 0) {
            lines.add(file + ": " + count(repeated, "row") + " with an earlier row's time, merged: each series takes the mean of its values there");
        }
        if (medianInterval > 0) {
            lines.add(String.format(Locale.ROOT, "%s: sampled every %s (median)%s%s", file, duration(medianInterval),
                    gaps == 0 ? "" : "; " + count(gaps, "gap") + " of 3 intervals or more, the longest " + duration(longestInterval),
                    irregularShare < 0.05 ? "" : String.format(Locale.ROOT, "; irregular: %.0f %% of intervals more than a tenth off it",
                            irregularShare * 100)));
        }
        return lines;
    }

    private static String count(long n, String thing) {
        return String.format(Locale.ROOT, "%,d %s%s", n, thing, n == 1 ? "" : "s");
    }

    private static String duration(long millis) {
        Duration d = Duration.ofMillis(millis);
        if (d.toDays() > 0) {
            return d.toDays() + " d " + d.toHoursPart() + " h";
        }
        if (d.toHours() > 0) {
            return d.toHours() + " h " + d.toMinutesPart() + " min";
        }
        if (d.toMinutes() > 0) {
            return d.toMinutes() + " min" + (d.toSecondsPart() == 0 ? "" : " " + d.toSecondsPart() + " s");
        }
        return millis % 1000 == 0 ? d.toSeconds() + " s" : millis + " ms";
    }
}
