package io.twinbench.cli.internal.rollout;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import io.twinbench.cli.internal.WorkspaceOption;
import io.twinbench.rollout.engine.RolloutReport;
import io.twinbench.store.Rollouts;
import io.twinbench.store.TwinStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `twinbench rollout status [ROLLOUT]`: every rollout in a line, or one with its stages, endpoints and latest decisions. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "List rollouts, or show one: stages, endpoints and their state, decisions.")
public final class RolloutStatusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ROLLOUT", arity = "0..1")
    String id;

    @Option(names = "--json", description = "As JSON, for scripts.")
    boolean json;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (TwinStore store = workspace.openStore()) {
            if (id == null) {
                List<Rollouts.Rollout> all = store.rollouts().all();
                if (json) {
                    out.println(RolloutReport.json(all.stream().map(r -> RolloutReport.summary(r)).toList()));
                } else if (all.isEmpty()) {
                    out.println("no rollouts yet: ./twinbench rollout start SPEC");
                } else {
                    all.forEach(r -> out.println(RolloutReport.line(r)));
                }
                return 0;
            }
            var report = RolloutReport.of(store, id);
            if (report.isEmpty()) {
                spec.commandLine().getErr().println("no rollout " + id);
                return 1;
            }
            out.print(json ? RolloutReport.json(report.get().tree()) + "\n" : report.get().text());
            return 0;
        }
    }
}
