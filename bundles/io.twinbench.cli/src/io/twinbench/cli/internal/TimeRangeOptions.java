package io.twinbench.cli.internal;

import java.time.Instant;

import picocli.CommandLine.Option;

/** --from and --to, shared by the commands that read a twin's history of samples or events. */
public final class TimeRangeOptions {

    @Option(names = "--from", paramLabel = "ISO-TIME", description = "Only what happened at or after this time (e.g. 2026-11-22T08:00:00Z).")
    Instant from;

    @Option(names = "--to", paramLabel = "ISO-TIME", description = "Only what happened before this time.")
    Instant to;

    /** Epoch milliseconds, 0 without --from. */
    long fromMillis() {
        return from == null ? 0 : from.toEpochMilli();
    }

    /** Epoch milliseconds, the end of time without --to. */
    long toMillis() {
        return to == null ? Long.MAX_VALUE : to.toEpochMilli();
    }
}
