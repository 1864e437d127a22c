package io.twinbench.cli.internal.rollout;

import java.time.Clock;
import java.util.List;

import io.twinbench.cli.internal.WorkspaceOption;
import io.twinbench.rollout.analysis.StoreMetrics;
import io.twinbench.rollout.engine.RolloutEngine;
import io.twinbench.store.TwinStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `twinbench rollout …`: staged rollouts of signed plans. The process that runs the collector
 * (the workbench or ./twinbench serve) moves them on; these commands start them, show them and
 * steer them through the workspace's store.
 */
@Command(name = "rollout", mixinStandardHelpOptions = true,
        description = {"Roll a signed plan out in stages: twins, canaries, waves; analysed, compared with a baseline, rolled back on failure.",
                "A rollout spec is YAML or JSON (see the README). The workbench or ./twinbench serve moves rollouts on while agents are connected."},
        subcommands = {RolloutStartCommand.class, RolloutStatusCommand.class, RolloutReportCommand.class})
public final class RolloutCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static RolloutEngine engine(TwinStore store) {
        return new RolloutEngine(store, Clock.systemUTC(), (plan, version) -> new StoreMetrics(store, plan, version),
                new io.twinbench.policy.service.OrchestrationGate(store, io.twinbench.ingest.twin.CurrentTwins.of(store)));
    }

    @Command(name = "pause", mixinStandardHelpOptions = true, description = "Stop pushing and measuring until resumed.")
    int pause(@Parameters(paramLabel = "ROLLOUT") String id, @Option(names = "--reason", defaultValue = "") String reason,
            @Mixin WorkspaceOption workspace) {
        return steer(workspace, id, engine -> engine.pause(id, user(), reason), "paused");
    }

    @Command(name = "resume", mixinStandardHelpOptions = true, description = "Go on from where it paused.")
    int resume(@Parameters(paramLabel = "ROLLOUT") String id, @Mixin WorkspaceOption workspace) {
        return steer(workspace, id, engine -> engine.resume(id, user()), "resumed");
    }

    @Command(name = "promote", mixinStandardHelpOptions = true, description = {"End the baking stage now, as passed, and go on (recorded with the reason).",
            "In an undecided A/B stage, --winner names the plan to go on with; the other is rolled back."})
    int promote(@Parameters(paramLabel = "ROLLOUT") String id, @Option(names = "--reason", required = true) String reason,
            @Option(names = "--winner", paramLabel = "PLAN", description = "The plan that won the A/B stage (its id).") String winner,
            @Mixin WorkspaceOption workspace) {
        return steer(workspace, id, engine -> engine.promote(id, user(), reason, winner), winner == null ? "promoted" : "promoted " + winner);
    }

    @Command(name = "abort", mixinStandardHelpOptions = true, description = "Stop the rollout and roll back every endpoint it changed.")
    int abort(@Parameters(paramLabel = "ROLLOUT") String id, @Option(names = "--reason", required = true) String reason,
            @Mixin WorkspaceOption workspace) {
        return steer(workspace, id, engine -> engine.abort(id, user(), reason), "aborted; rolling back");
    }

    @Command(name = "halt-all", mixinStandardHelpOptions = true, description = "The kill switch: abort every running rollout, rolling back what each changed.")
    int haltAll(@Option(names = "--reason", required = true) String reason, @Mixin WorkspaceOption workspace) {
        try (TwinStore store = workspace.openStore()) {
            List<String> halted = engine(store).haltAll(user(), reason);
            spec.commandLine().getOut().println(halted.isEmpty() ? "no rollout was running" : "halted, rolling back: " + String.join(", ", halted));
            return 0;
        }
    }

    private interface Steering {
        void apply(RolloutEngine engine);
    }

    private int steer(WorkspaceOption workspace, String id, Steering steering, String done) {
        try (TwinStore store = workspace.openStore()) {
            steering.apply(engine(store));
            spec.commandLine().getOut().println(id + ": " + done);
            return 0;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }

    static String user() {
        return System.getProperty("user.name");
    }
}
