package io.twinbench.cli.internal.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import io.twinbench.cli.internal.DockerOption;
import io.twinbench.sim.image.TwinImageBuilder;
import io.twinbench.sim.image.TwinImageRegistry;
import io.twinbench.sim.run.RunningTwin;
import io.twinbench.sim.run.TwinContainers;
import io.twinbench.sim.run.TwinLimits;
import io.twinbench.sim.scenario.Phase;
import io.twinbench.sim.scenario.Scenario;
import io.twinbench.sim.simulate.SimulationReport;
import io.twinbench.sim.simulate.SimulationRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `twinbench bench-sim`: how long a twin image takes to build from a root of a given size, and
 * how long a twin takes to start beside a plain `docker run` of the same image.
 */
@Command(name = "bench-sim", mixinStandardHelpOptions = true,
        description = "Benchmark executable twins: image build time for a root's size, twin start beside a plain docker run.")
public final class SimBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    DockerOption docker;
    @Option(names = "--root", required = true, paramLabel = "DIR|TAR", description = "A root filesystem, e.g. made by debootstrap.")
    Path root;
    @Option(names = "--builds", defaultValue = "3", description = "Image builds (default: ${DEFAULT-VALUE}).")
    int builds;
    @Option(names = "--starts", defaultValue = "7", description = "Starts of each kind (default: ${DEFAULT-VALUE}).")
    int starts;
    @Option(names = "--measure-seconds", defaultValue = "20", description = "Length of the simulation whose measuring cost is measured (default: ${DEFAULT-VALUE}).")
    int measureSeconds;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        var engine = docker.engine();
        String twinId = "bench-sim";
        TwinImageRegistry registry = new TwinImageRegistry(engine, Clock.systemUTC());
        out.printf("twinbench bench-sim: root %s, engine %s%n", root, engine.endpoint());
        List<Long> buildMillis = new ArrayList<>();
        TwinImageBuilder.Built built = null;
        for (int i = 1; i <= builds; i++) {
            built = new TwinImageBuilder(engine, Clock.systemUTC()).build(new TwinImageBuilder.Request(twinId, i, root, List.of(), null), () -> false);
            buildMillis.add(built.took().toMillis());
            out.printf("  build %d: %,d ms (%,d entries, %,.1f MB of files, image %,.1f MB)%n", i, built.took().toMillis(), built.archive().entries(),
                    built.archive().bytes() / 1e6, built.image().sizeBytes() / 1e6);
        }
        try (TwinContainers containers = new TwinContainers(engine, Clock.systemUTC())) {
            TwinLimits limits = TwinLimits.of(1, 1L << 30, Runtime.getRuntime().availableProcessors(), Long.MAX_VALUE);
            List<Long> plain = new ArrayList<>();
            List<Long> twinStarted = new ArrayList<>();
            List<Long> twinReady = new ArrayList<>();
            for (int i = 0; i < starts; i++) {
                plain.add(plainDockerRun(engine.endpoint(), built.image().id()));
                RunningTwin twin = containers.start(built.image(), limits, Duration.ofSeconds(60));
                try {
                    twinStarted.add(twin.startedIn().toMillis());
                    if (twin.readyIn() != null) {
                        twinReady.add(twin.readyIn().toMillis());
                    }
                } finally {
                    containers.stop(twin.containerId());
                }
            }
            long best = buildMillis.stream().mapToLong(Long::longValue).min().orElse(0);
            out.printf("  %-44s %,8d ms median, %,d ms best  (%,.0f MB root; target < 10 s for 200 MB)%n", "image build", median(buildMillis), best,
                    built.archive().bytes() / 1e6);
            out.printf("  %-44s %,8d ms median%n", "plain `docker run -d` of the same image", median(plain));
            out.printf("  %-44s %,8d ms median  (%.2f x plain; target <= 2)%n", "twin start (confined, created and started)", median(twinStarted),
                    median(twinStarted) / (double) median(plain));
            if (!twinReady.isEmpty()) {
                out.printf("  %-44s %,8d ms median  (%.2f x plain)%n", "twin start until its services were started", median(twinReady),
                        median(twinReady) / (double) median(plain));
            }
            // what measuring a running simulation costs: the sampler's own CPU time over the run
            Scenario busy = new Scenario("measurement cost", List.of(new Phase("busy", Duration.ofSeconds(measureSeconds), 1, 64L << 20, 0, null, null, null)));
            for (long millis : new long[] {1000, 250}) {
                SimulationReport report = new SimulationRunner(engine, Clock.systemUTC(), Duration.ofMillis(millis))
                        .run(built.image(), limits, busy, SimulationRunner.Progress.NONE, () -> false);
                out.printf("  %-44s %8.3f %% of one core  (%d readings over %d s; target < 2 %%)%n",
                        "measuring a simulation, a reading every " + millis + " ms", report.measurementCpuPercent(), report.readings(), measureSeconds);
            }
        } finally {
            for (int i = 1; i <= builds; i++) {
                registry.remove(io.twinbench.sim.image.TwinImage.reference(twinId, i));
            }
        }
        return 0;
    }

    /** The docker CLI's own run of the image, with no options but a command that keeps it up, removed afterwards. */
    private static long plainDockerRun(String endpoint, String image) throws IOException, InterruptedException {
        ProcessBuilder run = new ProcessBuilder("docker", "run", "-d", "--entrypoint", "/bin/sleep", image, "infinity").redirectErrorStream(true);
        run.environment().put("DOCKER_HOST", endpoint);
        long begin = System.nanoTime();
        Process process = run.start();
        String id = new String(process.getInputStream().readAllBytes()).strip();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("docker run failed: " + id);
        }
        long took = (System.nanoTime() - begin) / 1_000_000;
        ProcessBuilder remove = new ProcessBuilder("docker", "rm", "-f", id).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        remove.environment().put("DOCKER_HOST", endpoint);
        remove.start().waitFor(60, TimeUnit.SECONDS);
        return took;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }
}
