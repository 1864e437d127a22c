package io.twinbench.cli.internal.rollout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.twinbench.cli.internal.WorkspaceOption;
import io.twinbench.rollout.engine.RolloutReport;
import io.twinbench.store.TwinStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `twinbench rollout report ROLLOUT --output FILE`: the rollout explained, HTML or JSON by the file's name. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Write a rollout's report: every stage, endpoint, measurement and decision with its figures.")
public final class RolloutReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ROLLOUT")
    String id;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "report.html or report.json")
    Path output;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() {
        try (TwinStore store = workspace.openStore()) {
            var report = RolloutReport.of(store, id);
            if (report.isEmpty()) {
                spec.commandLine().getErr().println("no rollout " + id);
                return 1;
            }
            String name = output.getFileName().toString();
            String content = name.endsWith(".json") ? RolloutReport.json(report.get().tree()) + "\n" : report.get().html();
            Files.writeString(output, content, StandardCharsets.UTF_8);
            spec.commandLine().getOut().println("wrote " + output);
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println(output + ": cannot be written: " + e.getMessage());
            return 1;
        }
    }
}
