package io.twinbench.rollout.spec;

import java.util.Locale;

/**
 * What a metric measures on each endpoint over an interval. Counters (a service's restarts) are
 * measured as their increase since the stage began baking.
 */
public record Measure(Kind kind, String unit) {

    public enum Kind {
        /** Mean CPU load, %. */
        CPU("cpu"),
        /** Mean memory in use, % of the endpoint's memory. */
        MEMORY("memory"),
        /** Application log lines at error or worse, per minute. */
        ERROR_LOG_LINES("error-log-lines"),
        /** Failed logins (authentication failures) in the interval. */
        FAILED_LOGINS("failed-logins"),
        /** Anomalies the detector found in the endpoint's series in the interval. */
        ANOMALIES("anomalies"),
        /** Restarts of a service (its unit) since baking began: {@code restarts:UNIT}. */
        RESTARTS("restarts"),
        /** 1 when every check of the plan passed on the endpoint, else 0. */
        CHECKS("checks");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Measure {
        if ((kind == Kind.RESTARTS) != (unit != null && !unit.isBlank())) {
            throw new IllegalArgumentException(kind == Kind.RESTARTS ? "restarts needs a unit: restarts:NAME" : kind.label() + " takes no unit");
        }
    }

    /** Reads cpu, memory, error-log-lines, failed-logins, anomalies, checks or restarts:UNIT. */
    public static Measure parse(String text) {
        String value = text.trim();
        int colon = value.indexOf(':');
        String name = (colon < 0 ? value : value.substring(0, colon)).toLowerCase(Locale.ROOT);
        for (Kind kind : Kind.values()) {
            if (kind.label.equals(name)) {
                String unit = colon < 0 ? null : value.substring(colon + 1).trim();
                if (unit != null && !unit.matches("[A-Za-z0-9@._:\\\\-]{1,200}")) {
                    throw new IllegalArgumentException("'" + unit + "' is not a unit name");
                }
                return new Measure(kind, unit);
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not a measure; expected cpu, memory, error-log-lines, failed-logins, anomalies, checks or restarts:UNIT");
    }

    public boolean counter() {
        return kind == Kind.RESTARTS;
    }

    @Override
    public String toString() {
        return unit == null ? kind.label() : kind.label() + ":" + unit;
    }
}
