package io.twinbench.cli.internal;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.twinbench.inventory.SecretRedactor;
import io.twinbench.model.twin.Twin;
import io.twinbench.resources.container.ContainerExecutableTwins;
import io.twinbench.resources.container.ContainerTwins;
import io.twinbench.sim.run.TwinContainers;
import io.twinbench.store.TwinStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `twinbench containers`: a Docker engine's containers as resource twins, and changes tried on their executable twins. */
@Command(name = "containers", mixinStandardHelpOptions = true, subcommands = {ContainersCommand.Poll.class, ContainersCommand.Try.class},
        description = "Containers of a Docker engine as resource twins (container-NAME), and changes tried on their executable twins.")
public final class ContainersCommand {

    @Command(name = "poll", mixinStandardHelpOptions = true,
            description = {"Make every container of the engine a resource twin and keep it current: configuration, image and digest,",
                    "environment (secrets masked), ports, mounts, networks, health and limits, stored only as they change,",
                    "with CPU, memory, disk and network from the engine's statistics."})
    static final class Poll implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        WorkspaceOption workspace;

        @Mixin
        DockerOption docker;

        @Option(names = "--follow", description = "Keep polling every --interval seconds until interrupted.")
        boolean follow;

        @Option(names = "--interval", defaultValue = "10", paramLabel = "SECONDS", description = "Seconds between polls (default: ${DEFAULT-VALUE}).")
        int interval;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            var engine = docker.engine();
            try (TwinStore store = workspace.openStore();
                    ContainerTwins twins = new ContainerTwins(engine, store, SecretRedactor.defaults(), Clock.systemUTC())) {
                do {
                    long start = System.nanoTime();
                    ContainerTwins.Polled polled = twins.poll();
                    int sampled = twins.sample();
                    out.printf("%d containers, %d twins changed (%,d bytes stored), %d sampled, in %d ms%s%n", polled.containers(),
                            polled.changed().size(), polled.bytesStored(), sampled, (System.nanoTime() - start) / 1_000_000,
                            polled.changed().isEmpty() ? "" : ": " + String.join(", ", polled.changed()));
                    polled.problems().forEach(p -> spec.commandLine().getErr().println("  " + p));
                    out.flush();
                    if (follow) {
                        Thread.sleep(Math.max(1, interval) * 1000L);
                    }
                } while (follow);
            } catch (RuntimeException e) {
                spec.commandLine().getErr().println(engine.explain(e));
                return 1;
            }
            return 0;
        }
    }

    @Command(name = "try", mixinStandardHelpOptions = true,
            description = {"Start a container's executable twin with a change (another image, variables, limits), confined as every twin is,",
                    "and say whether it runs; the original is not touched."})
    static final class Try implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        WorkspaceOption workspace;

        @Mixin
        DockerOption docker;

        @Parameters(paramLabel = "CONTAINER", description = "The container's name (its twin is container-NAME; ./twinbench containers poll makes it).")
        String container;

        @Option(names = "--image", paramLabel = "REF", description = "Another image.")
        String image;

        @Option(names = "--env", paramLabel = "KEY=VALUE", description = "A variable to set (repeatable).")
        List<String> env = new ArrayList<>();

        @Option(names = "--unset", paramLabel = "KEY", description = "A variable to remove (repeatable).")
        List<String> unset = new ArrayList<>();

        @Option(names = "--memory-mib", paramLabel = "MIB", description = "Memory limit.")
        Long memoryMiB;

        @Option(names = "--cpus", paramLabel = "N", description = "CPU limit in cores.")
        Double cpus;

        @Option(names = "--keep", description = "Leave the twin running (remove it with docker rm -f NAME).")
        boolean keep;

        @Override
        public Integer call() throws Exception {
            Map<String, String> set = new LinkedHashMap<>();
            for (String e : env) {
                int eq = e.indexOf('=');
                if (eq <= 0) {
                    spec.commandLine().getErr().println("'" + e + "' is not KEY=VALUE");
                    return 1;
                }
                set.put(e.substring(0, eq), e.substring(eq + 1));
            }
            PrintWriter out = spec.commandLine().getOut();
            var engine = docker.engine();
            Twin twin;
            java.util.function.UnaryOperator<io.twinbench.sim.run.TwinLimits> allowed;
            try (TwinStore store = workspace.openStore()) {
                String twinId = ContainerTwins.twinId(container);
                twin = store.snapshots().latest(twinId).orElse(null);
                if (twin == null) {
                    spec.commandLine().getErr().println("no twin " + twinId + ": make it with ./twinbench containers poll");
                    return 1;
                }
                allowed = io.twinbench.policy.service.PolicyTwinLimits.of(store);
            }
            try (ContainerExecutableTwins twins = new ContainerExecutableTwins(engine, allowed, Boolean.getBoolean(TwinContainers.ALLOW_WITHOUT_USER_NAMESPACE))) {
                ContainerExecutableTwins.Started started = twins.start(twin, new ContainerExecutableTwins.Change(image, set, unset,
                        memoryMiB == null ? null : memoryMiB << 20, cpus), Duration.ofSeconds(5));
                out.printf("twin %s of %s from %s: %s%s after 5 s (started in %d ms)%n", started.name(), container, started.image(), started.state(),
                        started.exitCode() == null ? "" : ", exit code " + started.exitCode(), started.startedIn().toMillis());
                out.printf("  limits: %s%n", started.limits().summary());
                started.limits().notes().forEach(n -> out.println("  note: " + n));
                if (!keep) {
                    twins.remove(started.containerId());
                }
                return "running".equals(started.state()) ? 0 : 4;
            } catch (java.io.IOException | RuntimeException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 1;
            }
        }
    }
}
