package io.twinbench.cli.internal.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.HostConfig;

import io.twinbench.cli.internal.DockerOption;
import io.twinbench.inventory.SecretRedactor;
import io.twinbench.resources.container.ContainerTwins;
import io.twinbench.sim.lab.LabFleet;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.TwinStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `twinbench bench-containers`: what keeping N containers' twins current costs: the first poll
 * (every twin stored whole), a poll with nothing changed, and a poll after a tenth of them
 * restarted, in time and in bytes stored, beside the engine's own listing and inspection.
 */
@Command(name = "bench-containers", mixinStandardHelpOptions = true,
        description = "Benchmark container twins: bytes and time of a differential poll of N containers, against the engine's own inspection.")
public final class ContainersBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    DockerOption docker;
    @Option(names = "--root", required = true, paramLabel = "DIR", description = "A Debian root filesystem the containers run (its lab image is built once).")
    Path root;
    @Option(names = "--containers", defaultValue = "100", description = "Containers (default: ${DEFAULT-VALUE}).")
    int count;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        var engine = docker.engine();
        String image = new LabFleet(engine, Clock.systemUTC()).image(root).id();
        Path workspace = Files.createTempDirectory("twinbench-bench-containers");
        List<String> ids = new ArrayList<>();
        try (DockerClient client = engine.connect(); TwinStore store = TwinStore.open(StoreLocation.embeddedIn(workspace));
                ContainerTwins twins = new ContainerTwins(engine, store, SecretRedactor.defaults(), Clock.systemUTC())) {
            out.printf("twinbench bench-containers: %d containers on %s%n", count, engine.endpoint());
            for (int i = 0; i < count; i++) {
                String id = client.createContainerCmd(image).withName("bench-ctr-" + i).withEntrypoint("/bin/sh", "-c", "sleep 3600")
                        .withEnv("INDEX=" + i, "API_TOKEN=secret-" + i).withLabels(Map.of("bench", "yes", "tier", i % 2 == 0 ? "web" : "db"))
                        .withHostConfig(HostConfig.newHostConfig().withNetworkMode("none").withMemory(32L << 20)).exec().getId();
                client.startContainerCmd(id).exec();
                ids.add(id);
            }
            long t0 = System.nanoTime();
            for (var c : client.listContainersCmd().withShowAll(true).exec()) {
                client.inspectContainerCmd(c.getId()).exec();
            }
            double bare = (System.nanoTime() - t0) / 1e6;
            ContainerTwins.Polled first = timed(out, "first poll (every twin stored whole)", twins);
            ContainerTwins.Polled quiet = timed(out, "poll with nothing changed", twins);
            for (int i = 0; i < count; i += 10) {
                client.restartContainerCmd(ids.get(i)).withTimeout(0).exec();
            }
            ContainerTwins.Polled restarted = timed(out, "poll after a tenth restarted", twins);
            out.printf("  the engine's own listing and inspection of every container: %.0f ms%n", bare);
            out.printf("  bytes per differential poll of %d containers: %,d with nothing changed, %,d after %d restarts (%,d per restarted container),"
                    + " against %,d for the whole twins%n", count, quiet.bytesStored(), restarted.bytesStored(), restarted.changed().size(),
                    restarted.bytesStored() / Math.max(1, restarted.changed().size()), first.bytesStored());
            long t1 = System.nanoTime();
            int sampled = twins.sample();
            out.printf("  statistics of %d running containers sampled in %.0f ms%n", sampled, (System.nanoTime() - t1) / 1e6);
        } finally {
            try (DockerClient client = engine.connect()) {
                for (String id : ids) {
                    client.removeContainerCmd(id).withForce(true).exec();
                }
            }
        }
        return 0;
    }

    private static ContainerTwins.Polled timed(PrintWriter out, String what, ContainerTwins twins) {
        long t0 = System.nanoTime();
        ContainerTwins.Polled polled = twins.poll();
        out.printf("  %s: %.0f ms, %d twins changed, %,d bytes stored%s%n", what, (System.nanoTime() - t0) / 1e6, polled.changed().size(),
                polled.bytesStored(), polled.problems().isEmpty() ? "" : "; problems: " + polled.problems());
        out.flush();
        return polled;
    }
}
