package io.twinbench.store;

import java.time.Duration;

/**
 * How long telemetry is kept: raw samples for {@code raw}, then as rollups of
 * {@code rollupWidth} (count, min, max, mean) for {@code rollups}; events (log lines, security
 * events) for {@code events}, and the twins' change history for {@code history}. Of each twin's
 * snapshots the latest is kept, then the newest of each hour for {@code hourlySnapshots}, then
 * the newest of each day for {@code dailySnapshots}.
 */
public record RetentionPolicy(Duration raw, Duration rollupWidth, Duration rollups, Duration events, Duration history,
        Duration hourlySnapshots, Duration dailySnapshots) {

    public static final RetentionPolicy DEFAULT = new RetentionPolicy(Duration.ofDays(7), Duration.ofMinutes(1), Duration.ofDays(365),
            Duration.ofDays(90), Duration.ofDays(365), Duration.ofDays(7), Duration.ofDays(365));

    public RetentionPolicy(Duration raw, Duration rollupWidth, Duration rollups) {
        this(raw, rollupWidth, rollups, DEFAULT.events(), DEFAULT.history());
    }

    public RetentionPolicy(Duration raw, Duration rollupWidth, Duration rollups, Duration events, Duration history) {
        this(raw, rollupWidth, rollups, events, history, DEFAULT_HOURLY_SNAPSHOTS, DEFAULT_DAILY_SNAPSHOTS);
    }

    private static final Duration DEFAULT_HOURLY_SNAPSHOTS = Duration.ofDays(7);
    private static final Duration DEFAULT_DAILY_SNAPSHOTS = Duration.ofDays(365);

    public RetentionPolicy {
        if (raw.isNegative() || raw.isZero() || rollupWidth.toMillis() < 1000 || rollups.compareTo(raw) < 0) {
            throw new IllegalArgumentException("retention: raw must be positive, rollups at least a second wide"
                    + " and kept at least as long as raw samples (raw " + raw + ", width " + rollupWidth + ", rollups " + rollups + ")");
        }
        if (hourlySnapshots.isNegative() || dailySnapshots.isNegative()) {
            throw new IllegalArgumentException("retention: snapshots cannot be kept for a negative time");
        }
        if (events.isNegative() || events.isZero() || history.isNegative() || history.isZero()) {
            throw new IllegalArgumentException("retention: events and history must be kept for a positive time (events " + events
                    + ", history " + history + ")");
        }
    }
}
