package io.twinbench.protocol;

import java.util.List;
import java.util.Map;

/** Boundary checks for message fields; failures name the field. */
public final class Fields {

    private Fields() {
    }

    public static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("field '" + field + "' is missing");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException("field '" + field + "' is longer than " + maxLength + " characters");
        }
        return value;
    }

    /** At most max characters; a cut text ends in "…", so nobody mistakes it for the whole (null stays null). */
    public static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public static long nonNegative(String field, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("field '" + field + "' is negative (" + value + ")");
        }
        return value;
    }

    public static double finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("field '" + field + "' is not a finite number");
        }
        return value;
    }

    public static <T> List<T> list(String field, List<T> value, int maxSize) {
        if (value == null) {
            return List.of();
        }
        if (value.size() > maxSize) {
            throw new IllegalArgumentException("field '" + field + "' has " + value.size() + " entries, more than " + maxSize);
        }
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i) == null) {
                throw new IllegalArgumentException("field '" + field + "[" + i + "]' is null");
            }
        }
        return List.copyOf(value);
    }

    public static Map<String, String> map(String field, Map<String, String> value, int maxSize) {
        if (value == null) {
            return Map.of();
        }
        if (value.size() > maxSize) {
            throw new IllegalArgumentException("field '" + field + "' has " + value.size() + " entries, more than " + maxSize);
        }
        value.forEach((k, v) -> {
            if (k == null || v == null) {
                throw new IllegalArgumentException("field '" + field + "' has a null key or value");
            }
        });
        return Map.copyOf(value);
    }
}
