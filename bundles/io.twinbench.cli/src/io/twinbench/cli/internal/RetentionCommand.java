package io.twinbench.cli.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

import io.twinbench.store.RetentionPolicy;
import io.twinbench.store.TelemetryRetention;
import io.twinbench.store.TwinStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `twinbench retention`: fold old telemetry into rollups and drop what is past keeping, now. */
@Command(name = "retention", mixinStandardHelpOptions = true,
        description = {"Downsample and expire telemetry now (the workbench and ./twinbench serve do it every hour):",
                "raw samples older than --raw-days become rollups (count, min, max, mean) of --rollup-seconds,",
                "kept for --rollup-days; events older than --event-days and twin history older than --history-days are deleted;",
                "of each twin's snapshots the latest is kept, then one an hour for --snapshot-hourly-days, then one a day for",
                "--snapshot-daily-days."})
public final class RetentionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--raw-days", defaultValue = "7", description = "Days raw samples are kept (default: ${DEFAULT-VALUE}).")
    long rawDays;

    @Option(names = "--rollup-seconds", defaultValue = "60", description = "Width of a rollup bucket (default: ${DEFAULT-VALUE}).")
    long rollupSeconds;

    @Option(names = "--rollup-days", defaultValue = "365", description = "Days rollups are kept (default: ${DEFAULT-VALUE}).")
    long rollupDays;

    @Option(names = "--event-days", defaultValue = "90", description = "Days events (log lines, security events) are kept "
            + "(default: ${DEFAULT-VALUE}).")
    long eventDays;

    @Option(names = "--history-days", defaultValue = "365", description = "Days the twins' change history is kept "
            + "(default: ${DEFAULT-VALUE}).")
    long historyDays;

    @Option(names = "--snapshot-hourly-days", defaultValue = "7", description = "Days one snapshot an hour is kept of each twin "
            + "(default: ${DEFAULT-VALUE}).")
    long hourlySnapshotDays;

    @Option(names = "--snapshot-daily-days", defaultValue = "365", description = "Days after those that one snapshot a day is kept "
            + "(default: ${DEFAULT-VALUE}).")
    long dailySnapshotDays;

    @Override
    public Integer call() {
        RetentionPolicy policy;
        try {
            policy = new RetentionPolicy(Duration.ofDays(rawDays), Duration.ofSeconds(rollupSeconds), Duration.ofDays(rollupDays),
                    Duration.ofDays(eventDays), Duration.ofDays(historyDays), Duration.ofDays(hourlySnapshotDays),
                    Duration.ofDays(dailySnapshotDays));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try (TwinStore store = workspace.openStore()) {
            TelemetryRetention.Outcome outcome = store.retention().apply(policy, Instant.now());
            spec.commandLine().getOut().printf("folded %,d raw samples into %,d rollups; expired %,d rollups, %,d events,"
                    + " %,d history entries and %,d snapshots%n", outcome.rawFolded(), outcome.rollupsWritten(), outcome.rollupsExpired(),
                    outcome.eventsExpired(), outcome.changesExpired(), outcome.snapshotsExpired());
            return 0;
        }
    }
}
