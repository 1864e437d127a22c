package io.twinbench.shadow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import io.twinbench.remedy.plan.Plan;
import io.twinbench.remedy.plan.PlanDocument;
import io.twinbench.sim.docker.DockerEngine;
import io.twinbench.sim.image.TwinImage;
import io.twinbench.sim.lab.TwinTrial;

/**
 * A twin as a plan would leave it: the plan applied to a twin of the endpoint by the agent's own
 * code (a twin run, as before approval) and the result kept as an image, so a session can be
 * replayed into it to see whether a divergence goes. The image is the analyst's scratch: discarded after.
 */
public final class PlannedTwin {

    private final TwinTrial trials;
    private final Path agentJar;
    private final Path javaHome;

    public PlannedTwin(DockerEngine engine, Clock clock, Path agentJar, Path javaHome) {
        this.trials = new TwinTrial(engine, clock);
        this.agentJar = agentJar;
        this.javaHome = javaHome;
    }

    /** The image of twinId's newest image with the plan applied; a plan that fails on the twin is refused with what failed. */
    public TwinImage apply(String twinId, Plan plan, Map<String, byte[]> artifacts) throws IOException, InterruptedException {
        if (agentJar == null || !Files.isRegularFile(agentJar)) {
            throw new IOException("a plan is applied to the twin by the agent's code: no agent jar" + (agentJar == null ? "" : " at " + agentJar));
        }
        Path dir = Files.createTempDirectory("twinbench-shadow-plan");
        try {
            Map<String, Path> files = new LinkedHashMap<>();
            for (Map.Entry<String, byte[]> a : artifacts.entrySet()) {
                files.put(a.getKey(), Files.write(dir.resolve(a.getKey()), a.getValue()));
            }
            TwinTrial.Result applied = trials.run(twinId, PlanDocument.canonical(plan), files, plan.servicesTouched(), agentJar, javaHome, true);
            if (!applied.passed() || applied.changed() == null) {
                throw new IOException("plan " + plan.id() + " failed on the twin, so there is no twin it leaves to replay into: "
                        + String.join("; ", applied.lines()));
            }
            return applied.changed();
        } finally {
            try (var list = Files.list(dir)) {
                for (Path f : list.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    public void discard(TwinImage image) throws IOException {
        trials.discard(image);
    }
}
