package io.twinbench.protocol;

import java.util.Locale;

/** How serious an event is; the five levels OpenTelemetry's severity numbers fall into. */
public enum Severity {
    DEBUG, INFO, WARN, ERROR, FATAL;

    /** The level a log line's own word names (error, warning, crit, ...), or INFO when it names none. */
    public static Severity ofWord(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "trace", "debug", "dbg", "fine", "finer", "finest" -> DEBUG;
            case "warn", "warning", "notice" -> WARN;
            case "error", "err", "severe", "failure", "failed" -> ERROR;
            case "fatal", "crit", "critical", "alert", "emerg", "emergency", "panic" -> FATAL;
            default -> INFO;
        };
    }

    /** OpenTelemetry's SeverityNumber (1-24) to a level; 0 (unspecified) is INFO. */
    public static Severity ofOtelNumber(int number) {
        if (number <= 0) {
            return INFO;
        }
        if (number <= 8) {
            return DEBUG;
        }
        if (number <= 12) {
            return INFO;
        }
        if (number <= 16) {
            return WARN;
        }
        return number <= 20 ? ERROR : FATAL;
    }
}
