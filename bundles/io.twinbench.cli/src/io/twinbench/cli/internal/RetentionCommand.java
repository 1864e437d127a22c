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
                "--snapshot-daily-days. Twin management policies in force set these (see ./twinbench policy);",
                "an option given here overrides them for this run."})
public final class RetentionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    // Each option, when given, overrides what the twin management policies in force say, and they the defaults.
    @Option(names = "--raw-days", description = "Days raw samples are kept (default: the policy in force, else 7).")
    Long rawDays;

    @Option(names = "--rollup-seconds", description = "Width of a rollup bucket (default: the policy in force, else 60).")
    Long rollupSeconds;

    @Option(names = "--rollup-days", description = "Days rollups are kept (default: the policy in force, else 365).")
    Long rollupDays;

    @Option(names = "--event-days", description = "Days events (log lines, security events) are kept (default: the policy in force, else 90).")
    Long eventDays;

    @Option(names = "--history-days", description = "Days the twins' change history is kept (default: the policy in force, else 365).")
    Long historyDays;

    @Option(names = "--snapshot-hourly-days", description = "Days one snapshot an hour is kept of each twin (default: the policy in force, else 7).")
    Long hourlySnapshotDays;

    @Option(names = "--snapshot-daily-days", description = "Days after those that one snapshot a day is kept (default: the policy in force, else 365).")
    Long dailySnapshotDays;

    @Override
    public Integer call() {
        try (TwinStore store = workspace.openStore()) {
            RetentionPolicy base = io.twinbench.policy.service.PolicyRetention.effective(store, RetentionPolicy.DEFAULT).retention();
            RetentionPolicy policy;
            try {
                policy = new RetentionPolicy(days(rawDays, base.raw()), rollupSeconds == null ? base.rollupWidth() : Duration.ofSeconds(rollupSeconds),
                        days(rollupDays, base.rollups()), days(eventDays, base.events()), days(historyDays, base.history()),
                        days(hourlySnapshotDays, base.hourlySnapshots()), days(dailySnapshotDays, base.dailySnapshots()));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            TelemetryRetention.Outcome outcome = store.retention().apply(policy, Instant.now());
            spec.commandLine().getOut().printf("folded %,d raw samples into %,d rollups; expired %,d rollups, %,d events,"
                    + " %,d history entries and %,d snapshots%n", outcome.rawFolded(), outcome.rollupsWritten(), outcome.rollupsExpired(),
                    outcome.eventsExpired(), outcome.changesExpired(), outcome.snapshotsExpired());
            return 0;
        }
    }

    private static Duration days(Long given, Duration otherwise) {
        return given == null ? otherwise : Duration.ofDays(given);
    }
}
