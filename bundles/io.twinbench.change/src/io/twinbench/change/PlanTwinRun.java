package io.twinbench.change;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.twinbench.remedy.plan.Plan;
import io.twinbench.remedy.plan.PlanDocument;
import io.twinbench.sim.docker.DockerEngine;
import io.twinbench.sim.image.TwinImageRequests;
import io.twinbench.sim.lab.TwinTrial;
import io.twinbench.sim.run.TwinLimits;
import io.twinbench.sim.scenario.Scenario;
import io.twinbench.store.PlanTrials;
import io.twinbench.store.TwinStore;

/**
 * Tries a plan on a fresh executable twin with the agent's own plan code (its services started
 * the endpoint's way first), and records the result against the digest of the plan as written:
 * what approval requires. The report reads step by step, with the twin's state before and after.
 */
public final class PlanTwinRun {

    /** One twin's run: passed or not, why, and the report lines. */
    public record Outcome(String twinId, String image, boolean passed, String summary, List<String> report, Duration took) {
    }

    private final DockerEngine engine;
    private final TwinStore store;
    private final Path agentJar;
    private final Path javaHome;
    private final Clock clock;

    public PlanTwinRun(DockerEngine engine, TwinStore store, Path agentJar, Path javaHome, Clock clock) {
        this.engine = engine;
        this.store = store;
        this.agentJar = agentJar;
        this.javaHome = javaHome;
        this.clock = clock;
    }

    public Outcome run(Plan plan, String twinId, Map<String, byte[]> artifacts) throws IOException, InterruptedException {
        return run(plan, twinId, artifacts, null);
    }

    /**
     * As {@link #run(Plan, String, Map)}; with a scenario (the simulation a plan came from), the
     * scenario runs again on the twin as it was and as the plan left it, and a plan that leaves
     * any phase worse fails.
     */
    public Outcome run(Plan plan, String twinId, Map<String, byte[]> artifacts, Scenario scenario) throws IOException, InterruptedException {
        if (agentJar == null || !Files.isRegularFile(agentJar)) {
            throw new IOException("no agent jar" + (agentJar == null ? "" : " at " + agentJar) + ": the twin run applies the plan with the agent's code");
        }
        Path dir = Files.createTempDirectory("twinbench-artifacts");
        TwinTrial trials = new TwinTrial(engine, clock);
        TwinTrial.Result result = null;
        try {
            Map<String, Path> files = new LinkedHashMap<>();
            for (Map.Entry<String, byte[]> artifact : artifacts.entrySet()) {
                files.put(artifact.getKey(), Files.write(dir.resolve(artifact.getKey()), artifact.getValue()));
            }
            result = trials.run(twinId, PlanDocument.canonical(plan), files, plan.servicesTouched(), agentJar, javaHome, scenario != null);
            List<String> lines = new ArrayList<>(result.lines());
            boolean passed = result.passed();
            List<String> report = new ArrayList<>();
            String summary = report(plan, result, report);
            if (scenario != null && result.changed() != null) {
                TwinLimits limits = io.twinbench.policy.service.PolicyTwinLimits.apply(store, TwinImageRequests.limitsOnThisMachine(store.snapshots().latest(twinId).orElse(null)));
                ScenarioAgain.Compared compared = new ScenarioAgain(engine, clock).run(scenario, result.source(), result.changed(), limits,
                        () -> Thread.currentThread().isInterrupted());
                for (JsonNode phase : compared.phases()) {
                    lines.add(phase.toString());
                    report.add(ScenarioAgain.readable(phase));
                }
                if (!compared.worse().isEmpty()) {
                    passed = false;
                    summary = "failed: scenario '" + scenario.name() + "' found it worse: " + String.join("; ", compared.worse());
                } else {
                    summary = summary + "; scenario '" + scenario.name() + "' again: no phase worse";
                }
                report.add(summary);
            }
            store.trials().record(new PlanTrials.Trial(PlanDocument.digest(plan), plan.id(), twinId, result.image(), clock.instant(), passed,
                    summary, String.join("\n", lines)));
            return new Outcome(twinId, result.image(), passed, summary, report, result.took());
        } finally {
            if (result != null && result.changed() != null) {
                trials.discard(result.changed());
            }
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private static String report(Plan plan, TwinTrial.Result result, List<String> out) throws IOException {
        String summary = readable(plan, result.lines(), out);
        out.add(summary + " in " + result.took().toSeconds() + " s on " + result.image());
        return summary;
    }

    /**
     * A twin run's lines as the analyst reads them (each step, the twin's state before and after)
     * into {@code out}; returns the outcome ("passed", or "failed: " and why).
     */
    public static String readable(Plan plan, List<String> lines, List<String> out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        String summary = "failed";
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            if (node.has("before")) {
                out.add("before: " + state(node.get("before")));
            } else if (node.has("after")) {
                out.add("after:  " + state(node.get("after")));
            } else if (node.has("scenario")) {
                out.add(ScenarioAgain.readable(node));
            } else if (node.has("outcome")) {
                summary = node.get("outcome").asText() + (node.path("reason").asText().isEmpty() ? "" : ": " + node.get("reason").asText());
            } else if (!node.path("kind").asText().equals("PLAN")) { // the trial's own end (a confirmation a twin never gets) is in the outcome
                int index = node.path("index").asInt();
                String kind = node.path("kind").asText();
                String what = kind.equals("ACTION") && index >= 0 && index < plan.actions().size() ? plan.actions().get(index).describe()
                        : kind.equals("CHECK") ? "check " + (index + 1) : "plan";
                out.add(node.path("state").asText() + ": " + what + (node.path("detail").asText().isEmpty() || kind.equals("ACTION")
                        && node.path("state").asText().equals("applied") ? "" : " (" + node.path("detail").asText() + ")"));
            }
        }
        return summary;
    }

    private static String state(JsonNode node) {
        return "listening " + node.path("listening") + ", " + node.path("processes").asInt() + " processes, memory used "
                + node.path("memoryUsedKiB").asLong() / 1024 + " MiB, load " + node.path("load1").asText();
    }
}
