package io.twinbench.cli.internal;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import io.twinbench.sim.image.TwinImage;
import io.twinbench.sim.image.TwinImageRegistry;
import io.twinbench.sim.image.TwinImageRequests;
import io.twinbench.sim.run.TwinLimits;
import io.twinbench.sim.scenario.Phase;
import io.twinbench.sim.scenario.Scenario;
import io.twinbench.sim.scenario.ScenarioReader;
import io.twinbench.sim.simulate.EndpointBaseline;
import io.twinbench.sim.simulate.PhaseResult;
import io.twinbench.sim.simulate.Recommendation;
import io.twinbench.sim.simulate.Recommender;
import io.twinbench.sim.simulate.TwinRecommendations;
import io.twinbench.sim.simulate.SimulationReport;
import io.twinbench.sim.simulate.SimulationReportWriter;
import io.twinbench.sim.simulate.SimulationRunner;
import io.twinbench.store.TwinStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `twinbench simulate`: a scenario run on a fresh, confined twin, with its report. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Run a scenario (YAML or JSON: phases of CPU, memory and disk load and threats) on a fresh twin from its newest image,",
                "measure it from the host's control groups and report what saturated first. See README, Executable twins."})
public final class SimulateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    WorkspaceOption workspace;
    @Mixin
    DockerOption docker;
    @Option(names = "--twin", required = true, paramLabel = "ID")
    String twinId;
    @Option(names = "--scenario", required = true, paramLabel = "FILE")
    Path scenarioFile;
    @Option(names = "--json", paramLabel = "FILE", description = "Write the report as JSON.")
    Path json;
    @Option(names = "--html", paramLabel = "FILE", description = "Write the report as HTML.")
    Path html;
    @Option(names = "--interval", defaultValue = "1000", paramLabel = "MS", description = "Reading interval (default: ${DEFAULT-VALUE} ms).")
    long intervalMillis;
    @Option(names = "--recommend", description = {"Recommend changes for what saturated, check each by running the scenario again on a twin",
            "with the change applied, and record them in the twin as findings (a new snapshot)."})
    boolean recommend;

    @Override
    public Integer call() throws Exception {
        Scenario scenario = new ScenarioReader().read(scenarioFile);
        List<TwinImage> images = new TwinImageRegistry(docker.engine(), Clock.systemUTC()).list().stream().filter(i -> i.twinId().equals(twinId)).toList();
        if (images.isEmpty()) {
            throw new IllegalArgumentException("no image of twin '" + twinId + "': build one with ./twinbench image build --twin " + twinId + " ROOT");
        }
        TwinLimits limits;
        java.util.function.UnaryOperator<TwinLimits> allowed;
        try (TwinStore store = workspace.openStore()) {
            allowed = io.twinbench.policy.service.PolicyTwinLimits.of(store);
            limits = allowed.apply(TwinImageRequests.limitsOnThisMachine(store.snapshots().latest(twinId).orElse(null)));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("simulating '%s' on %s (%s, %d phases, %d s)%n", scenario.name(), images.get(0).reference(), limits.summary(),
                scenario.phases().size(), scenario.duration().toSeconds());
        limits.notes().forEach(n -> out.println("  note: " + n));
        out.flush();
        SimulationRunner runner = new SimulationRunner(docker.engine(), Clock.systemUTC(), Duration.ofMillis(intervalMillis));
        SimulationReport report = runner
                .run(images.get(0), limits, scenario, new SimulationRunner.Progress() {
                    @Override
                    public void phaseStarted(int index, Phase phase) {
                        out.printf("  phase %d/%d %s (%d s)%n", index + 1, scenario.phases().size(), phase.name(), phase.duration().toSeconds());
                        out.flush();
                    }
                }, () -> false);
        out.printf("%-16s %7s %8s %8s %10s %9s %5s %9s %8s  %s%n", "PHASE", "SECONDS", "CPU MEAN", "CPU MAX", "MEM PEAK", "PROCESSES", "OOM",
                "PID HITS", "SCRATCH", "SATURATED");
        for (PhaseResult p : report.phases()) {
            out.printf("%-16s %7.1f %7.0f%% %7.0f%% %6d MiB %9d %5d %9d %8s  %s%n", p.phase(), p.seconds(), p.cpuMeanPercent(), p.cpuMaxPercent(),
                    p.memoryPeakBytes() >> 20, p.pidsPeak(), p.oomKills(), p.pidsLimitHits(), p.scratchFullPercent() < 0 ? "?" : p.scratchFullPercent() + "%",
                    String.join("; ", p.saturated().stream().map(Object::toString).toList()));
            if (p.requests() != null) {
                out.println("    requests, " + p.requests());
            }
            p.threatFindings().forEach(f -> out.println("    " + f));
        }
        out.println(report.bottleneck() == null ? "no resource saturated"
                : String.format("bottleneck: %s saturated first, %.1f s in, during '%s' (%s)", report.bottleneck().resource(),
                        report.bottleneck().atSeconds(), report.bottleneck().phase(), report.bottleneck().load()));
        out.printf("measuring: %d readings, %.2f %% of one core%n", report.readings(), report.measurementCpuPercent());
        try (TwinStore store = workspace.openStore()) {
            report = report.withEndpoint(EndpointBaseline.of(store.telemetry(), twinId, java.time.Instant.now(), EndpointBaseline.WINDOW).orElse(null));
        }
        if (report.endpoint() == null) {
            out.println("beside the live endpoint: the store has no CPU or memory telemetry of it in the last " + EndpointBaseline.WINDOW.toHours() + " hours");
        } else {
            out.println("beside the live endpoint, over " + report.endpoint().describe() + ":");
            for (PhaseResult p : report.phases()) {
                out.printf("  %-16s %s%n", p.phase(), report.endpoint().compare(p));
            }
        }
        if (recommend) {
            out.println("checking recommendations (the scenario again, up to the saturated phase, on a twin with each change)");
            out.flush();
            report = report.withRecommendations(new Recommender(runner, TwinLimits.hostCores(), TwinLimits.hostMemory(), allowed)
                    .recommend(images.get(0), limits, scenario, report, () -> false));
            for (Recommendation r : report.recommendations()) {
                out.printf("  %s %s: %s -> %s%n", r.verified() ? "relieves" : "does not relieve", r.resource() + ", " + r.change(), r.before(), r.after());
            }
            if (report.recommendations().isEmpty()) {
                out.println("  none: neither CPU, memory nor processes saturated");
            } else {
                try (TwinStore store = workspace.openStore()) {
                    java.util.OptionalLong version = TwinRecommendations.recordInLatest(store, twinId, report, new java.util.Date());
                    if (version.isPresent()) {
                        out.printf("  recorded %d recommendations in twin %s (version %d)%n", report.recommendations().size(), twinId,
                                version.getAsLong());
                    }
                }
            }
        }
        if (json != null) {
            try (Writer w = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
                SimulationReportWriter.json(report, w);
            }
        }
        if (html != null) {
            try (Writer w = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
                SimulationReportWriter.html(report, w);
            }
        }
        return 0;
    }
}
