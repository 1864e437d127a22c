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
 * space), which are taken as UTC.
 */
final class Timestamps {

    /** Epoch numbers above this are milliseconds (it is 1973 in ms, year 5138 in seconds). */
    private static final double MILLIS_FROM = 1e11;
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS]");

    private Timestamps() {
    }

    /** Epoch milliseconds; IllegalArgumentException saying what was expected. */
    static long parse(String text) {
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
                return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC).toEpochMilli();
            }
            if (t.length() == 10) {
                return java.time.LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            }
            return LocalDateTime.parse(t, SPACED).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a timestamp (epoch seconds or milliseconds, or ISO-8601 such as "
                    + Instant.ofEpochSecond(1_796_000_000L) + ")");
        }
    }
}
