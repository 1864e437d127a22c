package io.twinbench.cli.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.twinbench.analysis.report.EndpointFindings;
import io.twinbench.analysis.report.ReportWriter;
import io.twinbench.store.TwinStore;
import io.twinbench.store.TwinSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `twinbench report`: an HTML report of one endpoint, several, or the whole fleet. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write an HTML report of endpoints (all twins when none is named): likely root causes, predicted failures,",
                "security and inventory findings and anomalies over the last --days. Self-contained: one file, no scripts."})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Parameters(paramLabel = "TWIN", arity = "0..*", description = "Twins to report on (default: every twin).")
    List<String> twins = new ArrayList<>();

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true, description = "The HTML file to write.")
    Path out;

    @Option(names = "--days", defaultValue = "1", description = "The period reported on, ending now (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--baseline-days", defaultValue = "7", description = "History before the period that counts as normal (default: ${DEFAULT-VALUE}).")
    int baselineDays;

    @Override
    public Integer call() throws Exception {
        if (days < 1 || baselineDays < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--days and --baseline-days must be at least 1");
        }
        try (TwinStore store = workspace.openStore()) {
            List<TwinSummary> all = store.snapshots().list();
            List<TwinSummary> chosen = new ArrayList<>();
            for (String id : twins) {
                chosen.add(all.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow(
                        () -> new picocli.CommandLine.ParameterException(spec.commandLine(), "no twin " + id + " in " + workspace.workspace())));
            }
            if (twins.isEmpty()) {
                chosen.addAll(all);
            }
            List<EndpointFindings> findings = ReportWriter.write(store, chosen, Duration.ofDays(days), Duration.ofDays(baselineDays), out);
            spec.commandLine().getErr().println("wrote " + out + ": " + findings.size() + " endpoints, "
                    + findings.stream().filter(f -> !f.isQuiet()).count() + " with findings");
            return 0;
        }
    }
}
