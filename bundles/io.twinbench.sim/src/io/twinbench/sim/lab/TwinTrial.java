package io.twinbench.sim.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerResponse;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Volume;

import io.twinbench.sim.docker.DockerEngine;
import io.twinbench.sim.image.TwinImage;
import io.twinbench.sim.image.TwinImageRegistry;
import io.twinbench.sim.run.TwinContainers;

/**
 * A plan tried on a fresh executable twin before anyone may approve it: a container of the twin's
 * newest image, with no network, whose root the plan may change (it is thrown away after), the
 * services the plan touches started the endpoint's way, and the agent's own plan code run inside
 * it ({@code PlanTrial}), so the twin tests exactly what the endpoint will run.
 */
public final class TwinTrial {

    /**
     * The trial's lines (JSON: before, each step, after, outcome) and whether the plan held; with
     * {@code changed}, the twin as the plan left it, as an image, for a scenario to run on again
     * (the caller removes it with {@link #discard}).
     */
    public record Result(String twinId, String image, boolean passed, List<String> lines, Duration took, TwinImage source, TwinImage changed) {
    }

    private static final String TRIAL_MOUNT = "/opt/twinbench/trial";
    private static final String JAVA_MOUNT = "/opt/twinbench/java";
    private static final String AGENT_MOUNT = "/opt/twinbench/agent.jar";
    private final DockerEngine engine;
    private final Clock clock;

    public TwinTrial(DockerEngine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    public Result run(String twinId, byte[] planJson, Map<String, Path> artifacts, List<String> services, Path agentJar, Path javaHome)
            throws IOException, InterruptedException {
        return run(twinId, planJson, artifacts, services, agentJar, javaHome, false);
    }

    /** As {@link #run(String, byte[], Map, List, Path, Path)}; keep: commit the twin as a passing plan left it (its services start the twin's way). */
    public Result run(String twinId, byte[] planJson, Map<String, Path> artifacts, List<String> services, Path agentJar, Path javaHome, boolean keep)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        TwinImage image = new TwinImageRegistry(engine, clock).list().stream().filter(i -> i.twinId().equals(twinId))
                .max(Comparator.comparingLong(TwinImage::twinVersion))
                .orElseThrow(() -> new IOException("twin " + twinId + " has no image yet: build it first (Twin Images view, or ./twinbench image build)"));
        Path dir = Files.createTempDirectory("twinbench-trial");
        dir.toFile().setReadable(true, false);
        dir.toFile().setExecutable(true, false);
        Files.write(dir.resolve("plan.json"), planJson);
        for (Map.Entry<String, Path> artifact : artifacts.entrySet()) {
            Files.copy(artifact.getValue(), dir.resolve(artifact.getKey()), StandardCopyOption.REPLACE_EXISTING);
        }
        try (var files = Files.list(dir)) {
            files.forEach(f -> f.toFile().setReadable(true, false));
        }
        StringBuilder init = new StringBuilder();
        for (String service : services) {
            init.append("service ").append(service).append(" start >/dev/null 2>&1; ");
        }
        init.append("touch /run/twinbench-trial-ready; while :; do sleep 3600; done");
        try (DockerClient docker = engine.connect(); TwinContainers containers = new TwinContainers(engine, clock)) {
            CreateContainerResponse created = docker.createContainerCmd(image.id()).withName("trial-" + Long.toString(System.nanoTime(), 36))
                    .withLabels(Map.of(TwinImage.LABEL_TWIN, twinId, TwinImage.LABEL_TRIAL, "true"))
                    .withEntrypoint("/bin/sh", "-c", init.toString())
                    .withHostConfig(HostConfig.newHostConfig().withNetworkMode("none").withSecurityOpts(List.of("no-new-privileges"))
                            .withCapDrop(Capability.NET_RAW, Capability.MKNOD, Capability.AUDIT_WRITE, Capability.SYS_CHROOT)
                            // NET_ADMIN for plans that change the firewall: of the trial's own namespace, which has only lo
                            .withCapAdd(Capability.SYS_PTRACE, Capability.NET_ADMIN).withMemory(512L << 20).withPidsLimit(512L)
                            .withBinds(new Bind(javaHome.toString(), new Volume(JAVA_MOUNT), AccessMode.ro),
                                    new Bind(agentJar.toAbsolutePath().toString(), new Volume(AGENT_MOUNT), AccessMode.ro),
                                    new Bind(dir.toString(), new Volume(TRIAL_MOUNT), AccessMode.ro)))
                    .exec();
            try {
                docker.startContainerCmd(created.getId()).exec();
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (containers.run(created.getId(), Duration.ofSeconds(30), "test", "-e", "/run/twinbench-trial-ready").exitCode() != 0) {
                    if (System.nanoTime() > deadline) {
                        throw new IOException("the twin's services did not start within 60 s");
                    }
                    Thread.sleep(200);
                }
                TwinContainers.Executed trial = containers.run(created.getId(), Duration.ofMinutes(15), JAVA_MOUNT + "/bin/java", "-Xmx64m", "-XX:+UseSerialGC", "-cp", AGENT_MOUNT,
                        "io.twinbench.agent.PlanTrial", TRIAL_MOUNT + "/plan.json", TRIAL_MOUNT);
                List<String> lines = new ArrayList<>();
                for (String line : trial.output().split("\n")) {
                    if (line.startsWith("{")) {
                        lines.add(line);
                    }
                }
                boolean passed = trial.exitCode() == 0;
                TwinImage changed = null;
                if (keep && passed) {
                    // the trial's own start line and its ready marker go; the twin's init script starts its services again
                    containers.run(created.getId(), Duration.ofSeconds(30), "rm", "-f", "/run/twinbench-trial-ready");
                    String repository = "twinbench-trial/" + TwinImage.repository(twinId).substring("twinbench/".length());
                    String tag = "v" + image.twinVersion() + "-" + Long.toString(System.nanoTime(), 36);
                    String id = engine.commit(created.getId(), repository, tag,
                            List.of("ENTRYPOINT [\"/" + io.twinbench.sim.image.TwinInitScript.PATH + "\"]"));
                    changed = new TwinImage(id, repository + ":" + tag, twinId, image.twinVersion(), 0, clock.instant(), "a twin run of a plan");
                }
                return new Result(twinId, image.reference(), passed, lines, Duration.ofNanos(System.nanoTime() - start), image, changed);
            } finally {
                docker.removeContainerCmd(created.getId()).withForce(true).exec();
                try (var files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        Files.delete(f);
                    }
                }
                Files.delete(dir);
            }
        } catch (RuntimeException e) {
            throw new IOException("the twin run failed: " + engine.explain(e), e);
        }
    }

    /** Removes the image of a changed twin that {@link #run} kept. */
    public void discard(TwinImage changed) throws IOException {
        try (DockerClient docker = engine.connect()) {
            docker.removeImageCmd(changed.id()).withForce(true).exec();
        } catch (com.github.dockerjava.api.exception.NotFoundException e) {
            // already gone
        } catch (RuntimeException e) {
            throw new IOException("removing the trial image " + changed.reference() + " failed: " + engine.explain(e), e);
        }
    }
}
