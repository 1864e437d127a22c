package io.twinbench.analysis.series;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The timestamp spellings time-series CSV files use: epoch seconds (with or without a
 * fraction) or milliseconds, ISO-8601 instants and offsets, and local date-times (with T or a
 * space), which are taken as UTC unless a reader places them in a zone (TimestampReader).
 */
public final class Timestamps {

    /** Epoch numbers above this are milliseconds (it is 1973 in ms, year 5138 in seconds). */
    private static final double MILLIS_FROM = 1e11;
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS]");

    private Timestamps() {
    }

    /** Epoch milliseconds, a time without zone or offset taken as UTC; IllegalArgumentException saying what was expected. */
    public static long parse(String text) {
        return parse(text, local -> local.toInstant(ZoneOffset.UTC).toEpochMilli());
    }

    /** Epoch milliseconds, a time without zone or offset ("naive") placed by {@code naive}. */
    static long parse(String text, java.util.function.ToLongFunction<LocalDateTime> naive) {
        String t = text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("the timestamp is empty");
        }
        if (t.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == '-') && !t.substring(1).contains("-")) {
            double number = Double.parseDouble(t);
            return (long) (Math.abs(number) >= MILLIS_FROM ? number : number * 1000);
        }
        try {
            if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(t.replace(' ', 'T')).toInstant().toEpochMilli();
            }
            if (t.contains("T")) {
                return naive.applyAsLong(LocalDateTime.parse(t));
            }
            if (t.length() == 10) {
                return naive.applyAsLong(java.time.LocalDate.parse(t).atStartOfDay());
            }
            return naive.applyAsLong(LocalDateTime.parse(t, SPACED));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a timestamp (epoch seconds or milliseconds, or ISO-8601 such as "
                    + Instant.ofEpochSecond(1_796_000_000L) + ")");
        }
    }
}
