package io.twinbench.ingest.intake;

import java.time.Clock;
import java.time.Duration;

/**
 * A source's timestamp in epoch milliseconds: seconds are recognised and scaled, and a time
 * too far ahead of the workbench's clock is refused (a wrong clock would hide the sample
 * from every "last hour" view and outlive retention).
 */
final class SourceTime {

    /** Timestamps below this are seconds, not milliseconds (it is 1973 in milliseconds). */
    private static final long SECONDS_LIMIT = 100_000_000_000L;
    static final Duration MAX_CLOCK_AHEAD = Duration.ofHours(1);

    private final Clock clock;

    SourceTime(Clock clock) {
        this.clock = clock;
    }

    /** The latest acceptable time for a batch read now. */
    long latest() {
        return clock.millis() + MAX_CLOCK_AHEAD.toMillis();
    }

    long millis(long timestamp, long latest, String field) throws IntakeException {
        long ts = timestamp < SECONDS_LIMIT ? timestamp * 1000 : timestamp;
        if (ts > latest) {
            throw new IntakeException("at '" + field + "': timestamp " + timestamp + " is more than " + MAX_CLOCK_AHEAD.toMinutes()
                    + " minutes ahead of the workbench's clock");
        }
        return ts;
    }
}
