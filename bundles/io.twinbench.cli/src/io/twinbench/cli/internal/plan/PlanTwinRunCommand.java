package io.twinbench.cli.internal.plan;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.twinbench.cli.internal.DockerOption;
import io.twinbench.cli.internal.WorkspaceOption;
import io.twinbench.remedy.plan.Action;
import io.twinbench.remedy.plan.Artifact;
import io.twinbench.remedy.plan.Check;
import io.twinbench.remedy.plan.Plan;
import io.twinbench.remedy.plan.PlanDocument;
import io.twinbench.remedy.plan.PlanFormatException;
import io.twinbench.remedy.plan.PlanReader;
import io.twinbench.sim.lab.TwinTrial;
import io.twinbench.store.PlanTrials;
import io.twinbench.store.TwinStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `twinbench plan twin-run FILE --twin ID`: tries the plan on a fresh executable twin of each
 * endpoint image given, with the agent's own plan code, and records the result (step by step,
 * with the twin's state before and after) against the plan's digest; `plan sign` requires a
 * passing run of that very plan, or a written override.
 */
@Command(name = "twin-run", mixinStandardHelpOptions = true, description = {"Try a plan on fresh executable twins before approving it.",
        "Each --twin's newest image runs with no network; the plan is applied by the agent's own code, its services restarted, its checks run."})
public final class PlanTwinRunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--twin", required = true, paramLabel = "ID", description = "A twin whose image stands for the endpoints the plan targets (repeat for each distinct image).")
    java.util.List<String> twins;

    @Option(names = "--artifacts", paramLabel = "DIR", description = "Where the plan's artifacts are (default: beside the plan).")
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
        Plan plan;
        try {
            plan = new PlanReader().read(file);
        } catch (PlanFormatException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
        if (agentJar == null || !Files.isRegularFile(agentJar)) {
            spec.commandLine().getErr().println("no agent jar" + (agentJar == null ? "" : " at " + agentJar) + ": give --agent-jar FILE");
            return 1;
        }
        Map<String, Path> files = new LinkedHashMap<>();
        Path dir = artifacts != null ? artifacts : file.toAbsolutePath().getParent();
        for (Artifact artifact : plan.artifacts()) {
            Path path = dir.resolve(artifact.name());
            if (!Files.isRegularFile(path) || !PlanDocument.sha256(Files.readAllBytes(path)).equals(artifact.sha256())) {
                spec.commandLine().getErr().println(path + (Files.isRegularFile(path) ? " is not the artifact the plan pins" : " is missing"));
                return 1;
            }
            files.put(artifact.name(), path);
        }
        String digest = PlanDocument.digest(plan);
        boolean all = true;
        try (TwinStore store = workspace.openStore()) {
            for (String twin : twins) {
                out.println("plan " + plan.id() + " on a twin of " + twin + ":");
                out.flush();
                TwinTrial.Result result = new TwinTrial(docker.engine(), Clock.systemUTC()).run(twin, PlanDocument.canonical(plan), files, services(plan),
                        agentJar, Path.of(System.getProperty("java.home")));
                String summary = print(out, plan, result);
                store.trials().record(new PlanTrials.Trial(digest, plan.id(), twin, result.image(), Instant.now(), result.passed(), summary,
                        String.join("\n", result.lines())));
                all &= result.passed();
            }
        }
        out.println(all ? "passed on every twin: the plan may be approved (./twinbench plan sign)"
                : "failed on a twin: it can be approved only with plan sign --override REASON");
        return all ? 0 : 2;
    }

    /** The services the plan touches, started in the twin the endpoint's way before it runs. */
    static java.util.List<String> services(Plan plan) {
        Set<String> names = new LinkedHashSet<>();
        plan.actions().stream().filter(Action.Service.class::isInstance).map(a -> ((Action.Service) a).name()).forEach(names::add);
        plan.checks().stream().filter(Check.ServiceRuns.class::isInstance).map(c -> ((Check.ServiceRuns) c).name()).forEach(names::add);
        return java.util.List.copyOf(names);
    }

    private static String print(PrintWriter out, Plan plan, TwinTrial.Result result) throws Exception {
        ObjectMapper json = new ObjectMapper();
        String summary = result.passed() ? "passed" : "failed";
        for (String line : result.lines()) {
            JsonNode node = json.readTree(line);
            if (node.has("before")) {
                out.println("  before: " + state(node.get("before")));
            } else if (node.has("after")) {
                out.println("  after:  " + state(node.get("after")));
            } else if (node.has("outcome")) {
                summary = node.get("outcome").asText() + (node.path("reason").asText().isEmpty() ? "" : ": " + node.get("reason").asText());
            } else if (node.path("kind").asText().equals("PLAN")) {
                continue; // the trial's own end (waiting for a confirmation a twin never gets); its outcome line follows
            } else {
                int index = node.path("index").asInt();
                String kind = node.path("kind").asText();
                String what = kind.equals("ACTION") && index >= 0 && index < plan.actions().size() ? plan.actions().get(index).describe()
                        : kind.equals("CHECK") ? "check " + (index + 1) : "plan";
                out.println("  " + node.path("state").asText() + ": " + what + (node.path("detail").asText().isEmpty() || kind.equals("ACTION")
                        && node.path("state").asText().equals("applied") ? "" : " (" + node.path("detail").asText() + ")"));
            }
        }
        out.println("  " + summary + " in " + result.took().toSeconds() + " s on " + result.image());
        out.flush();
        return summary;
    }

    private static String state(JsonNode node) {
        return "listening " + node.path("listening") + ", " + node.path("processes").asInt() + " processes, memory used "
                + node.path("memoryUsedKiB").asLong() / 1024 + " MiB, load " + node.path("load1").asText();
    }
}
