package io.twinbench.cli.internal.plan;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;

import io.twinbench.change.PlanTwinRun;
import io.twinbench.cli.internal.DockerOption;
import io.twinbench.cli.internal.WorkspaceOption;
import io.twinbench.remedy.plan.Plan;
import io.twinbench.remedy.plan.PlanFormatException;
import io.twinbench.remedy.plan.PlanReader;
import io.twinbench.store.TwinStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `twinbench plan twin-run PLAN --twin ID`: tries a workspace plan (or a plan file) on a fresh
 * executable twin of each endpoint image given, with the agent's own plan code, and records the
 * result against the plan's digest; approval requires a passing run of that very plan, or a
 * written override.
 */
@Command(name = "twin-run", mixinStandardHelpOptions = true, description = {"Try a plan on fresh executable twins before approving it.",
        "Each --twin's newest image runs with no network; the plan is applied by the agent's own code, its services restarted, its checks run."})
public final class PlanTwinRunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PLAN", description = "A workspace plan's id (plan new), or a plan file.")
    String plan;

    @Option(names = "--twin", paramLabel = "ID", description = {"A twin whose image stands for the endpoints the plan targets (repeat for each distinct image);",
            "default: each endpoint the plan names that has a twin image."})
    java.util.List<String> twins;

    @Option(names = "--scenario", paramLabel = "FILE", description = {"A simulation scenario to run again on the twin as it was and as the plan left it",
            "(default: the scenario of a plan made from a simulation); a plan that leaves a phase worse fails."})
    Path scenarioFile;

    @Option(names = "--artifacts", paramLabel = "DIR", description = "Where a plan file's artifacts are (default: beside it).")
    Path artifacts;

    @Option(names = "--agent-jar", paramLabel = "FILE", defaultValue = "${env:TWINBENCH_AGENT_JAR}", description = "The agent jar whose code applies the plan.")
    Path agentJar;

    @Mixin
    WorkspaceOption workspace;

    @Mixin
    DockerOption docker;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        boolean all = true;
        try (TwinStore store = workspace.openStore()) {
            Plan read;
            Map<String, byte[]> files;
            io.twinbench.sim.scenario.Scenario scenario = null;
            try {
                Path file = Path.of(plan);
                if (scenarioFile != null) {
                    scenario = new io.twinbench.sim.scenario.ScenarioReader().read(scenarioFile);
                }
                if (store.library().draft(plan).isPresent() || !Files.isRegularFile(file)) {
                    read = workspace.plans(store).plan(plan);
                    files = workspace.plans(store).artifacts(read);
                    if (scenario == null) {
                        scenario = workspace.plans(store).scenario(plan).orElse(null);
                    }
                } else {
                    read = new PlanReader().read(file);
                    files = workspace.plans(store).artifacts(read, artifacts != null ? artifacts : file.toAbsolutePath().getParent());
                }
            } catch (PlanFormatException | java.io.IOException | IllegalArgumentException | io.twinbench.sim.scenario.ScenarioFormatException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 1;
            }
            if (twins == null || twins.isEmpty()) {
                java.util.Set<String> imaged = new java.util.HashSet<>();
                new io.twinbench.sim.image.TwinImageRegistry(docker.engine(), Clock.systemUTC()).list().forEach(i -> imaged.add(i.twinId()));
                twins = read.targets().endpoints().stream().filter(imaged::contains).toList();
                if (twins.isEmpty()) {
                    spec.commandLine().getErr().println("none of the plan's endpoints (" + String.join(", ", read.targets().endpoints())
                            + ") has a twin image: build one (./twinbench image build), or name a twin that stands for them with --twin ID");
                    return 1;
                }
            }
            PlanTwinRun runs = new PlanTwinRun(docker.engine(), store, agentJar, Path.of(System.getProperty("java.home")), Clock.systemUTC());
            for (String twin : twins) {
                out.println("plan " + read.id() + " on a twin of " + twin + (scenario == null ? ":" : ", then scenario '" + scenario.name()
                        + "' again on the twin as it was and as the plan left it:"));
                out.flush();
                PlanTwinRun.Outcome outcome = runs.run(read, twin, files, scenario);
                outcome.report().forEach(line -> out.println("  " + line));
                out.flush();
                all &= outcome.passed();
            }
        }
        out.println(all ? "passed on every twin: the plan may be approved (./twinbench plan approve)"
                : "failed on a twin: it can be approved only with --override REASON");
        return all ? 0 : 2;
    }
}
