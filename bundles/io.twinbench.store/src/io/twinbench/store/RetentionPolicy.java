package io.twinbench.store;

import java.time.Duration;

/**
 * How long telemetry is kept: raw samples for {@code raw}, then as rollups of
 * {@code rollupWidth} (count, min, max, mean) for {@code rollups}; events (log lines, security
 * events) for {@code events}, and the twins' change history for {@code history}.
 */
public record RetentionPolicy(Duration raw, Duration rollupWidth, Duration rollups, Duration events, Duration history) {

    public static final RetentionPolicy DEFAULT = new RetentionPolicy(Duration.ofDays(7), Duration.ofMinutes(1), Duration.ofDays(365),
            Duration.ofDays(90), Duration.ofDays(365));

    public RetentionPolicy(Duration raw, Duration rollupWidth, Duration rollups) {
        this(raw, rollupWidth, rollups, DEFAULT.events(), DEFAULT.history());
    }

    public RetentionPolicy {
        if (raw.isNegative() || raw.isZero() || rollupWidth.toMillis() < 1000 || rollups.compareTo(raw) < 0) {
            throw new IllegalArgumentException("retention: raw must be positive, rollups at least a second wide"
                    + " and kept at least as long as raw samples (raw " + raw + ", width " + rollupWidth + ", rollups " + rollups + ")");
        }
        if (events.isNegative() || events.isZero() || history.isNegative() || history.isZero()) {
            throw new IllegalArgumentException("retention: events and history must be kept for a positive time (events " + events
                    + ", history " + history + ")");
        }
    }
}
