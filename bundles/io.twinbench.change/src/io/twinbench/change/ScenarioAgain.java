package io.twinbench.change;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.twinbench.sim.docker.DockerEngine;
import io.twinbench.sim.image.TwinImage;
import io.twinbench.sim.run.TwinLimits;
import io.twinbench.sim.scenario.Scenario;
import io.twinbench.sim.simulate.PhaseResult;
import io.twinbench.sim.simulate.SimulationReport;
import io.twinbench.sim.simulate.SimulationRunner;
import io.twinbench.sim.simulate.Saturation;

/**
 * The simulation a plan came from, run again: on the twin as it is and on the twin as the plan
 * left it, one after the other in the same session (so both meet this machine alike), phase by
 * phase. A plan that leaves a phase worse (a resource saturating that did not, more processes
 * killed for memory, more logins guessed, more ports open) fails its twin run.
 */
final class ScenarioAgain {

    /** One JSON object per phase, with the figures before and after, and what got worse (empty when nothing did). */
    record Compared(List<JsonNode> phases, List<String> worse) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final SimulationRunner runner;

    ScenarioAgain(DockerEngine engine, Clock clock) {
        this.runner = new SimulationRunner(engine, clock, Duration.ofSeconds(1));
    }

    Compared run(Scenario scenario, TwinImage before, TwinImage after, TwinLimits limits, java.util.function.BooleanSupplier cancelled) throws IOException {
        SimulationReport was = runner.run(before, limits, scenario, SimulationRunner.Progress.NONE, cancelled);
        SimulationReport is = runner.run(after, limits, scenario, SimulationRunner.Progress.NONE, cancelled);
        List<JsonNode> phases = new ArrayList<>();
        List<String> worse = new ArrayList<>();
        for (int i = 0; i < Math.min(was.phases().size(), is.phases().size()); i++) {
            PhaseResult a = was.phases().get(i);
            PhaseResult b = is.phases().get(i);
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("scenario", scenario.name());
            line.put("phase", a.phase());
            line.put("was", figures(a));
            line.put("is", figures(b));
            phases.add(JSON.valueToTree(line));
            for (Saturation s : b.saturated()) {
                if (!a.saturated(s.resource())) {
                    worse.add(a.phase() + ": " + s.resource() + " saturates now");
                }
            }
            if (b.oomKills() > a.oomKills()) {
                worse.add(a.phase() + ": " + b.oomKills() + " processes killed for memory (were " + a.oomKills() + ")");
            }
            if (b.loginsGuessed().size() > a.loginsGuessed().size()) {
                worse.add(a.phase() + ": logins guessed " + b.loginsGuessed() + " (were " + a.loginsGuessed() + ")");
            }
            if (b.openPorts().size() > a.openPorts().size()) {
                worse.add(a.phase() + ": ports open " + b.openPorts() + " (were " + a.openPorts() + ")");
            }
        }
        return new Compared(phases, worse);
    }

    private static Map<String, Object> figures(PhaseResult p) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("cpuMeanPercent", Math.round(p.cpuMeanPercent()));
        f.put("memoryPeakMiB", p.memoryPeakBytes() >> 20);
        f.put("processes", p.pidsPeak());
        f.put("oomKills", p.oomKills());
        f.put("saturated", p.saturated().stream().map(Saturation::resource).toList());
        f.put("loginsGuessed", p.loginsGuessed());
        f.put("openPorts", p.openPorts());
        return f;
    }

    /** A phase's line as the analyst reads it: what changed between the twin as it was and as the plan left it. */
    static String readable(JsonNode line) {
        var was = line.path("was");
        var is = line.path("is");
        StringBuilder s = new StringBuilder("scenario '" + line.path("scenario").asText() + "' again, phase " + line.path("phase").asText() + ":");
        s.append(" cpu ").append(was.path("cpuMeanPercent").asLong()).append(" → ").append(is.path("cpuMeanPercent").asLong()).append(" %");
        s.append(", memory ").append(was.path("memoryPeakMiB").asLong()).append(" → ").append(is.path("memoryPeakMiB").asLong()).append(" MiB");
        s.append(", processes ").append(was.path("processes").asLong()).append(" → ").append(is.path("processes").asLong());
        for (String field : List.of("saturated", "loginsGuessed", "openPorts", "oomKills")) {
            if (!was.path(field).equals(is.path(field)) || was.path(field).isArray() && !was.path(field).isEmpty()) {
                String name = switch (field) {
                    case "loginsGuessed" -> "logins guessed";
                    case "openPorts" -> "open ports";
                    case "oomKills" -> "killed for memory";
                    default -> field;
                };
                s.append(", ").append(name).append(' ').append(was.path(field)).append(" → ").append(is.path(field));
            }
        }
        return s.toString();
    }
}
