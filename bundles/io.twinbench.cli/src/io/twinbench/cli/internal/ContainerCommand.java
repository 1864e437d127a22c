package io.twinbench.cli.internal;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import io.twinbench.sim.image.TwinImage;
import io.twinbench.sim.image.TwinImageRegistry;
import io.twinbench.sim.image.TwinImageRequests;
import io.twinbench.sim.run.RunningTwin;
import io.twinbench.sim.run.TwinContainers;
import io.twinbench.sim.run.TwinHardening;
import io.twinbench.sim.run.TwinLimits;
import io.twinbench.store.TwinStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `twinbench container start|list|logs|stop`: running twins. */
@Command(name = "container", mixinStandardHelpOptions = true, description = "Run twins from their images: start, list, show output, stop.",
        subcommands = {ContainerCommand.Start.class, ContainerCommand.ListContainers.class, ContainerCommand.Logs.class, ContainerCommand.Stop.class})
public final class ContainerCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = {"Start a twin from its newest image (or --image): no network, no new privileges, capabilities dropped,",
                    "a read-only root with tmpfs scratch space, and the endpoint's cores and memory (capped at this machine's)."})
    static final class Start implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOption workspace;
        @Mixin
        DockerOption docker;
        @Option(names = "--twin", required = true, paramLabel = "ID")
        String twinId;
        @Option(names = "--image", paramLabel = "IMAGE", description = "A twin image of this twin (default: its newest).")
        String reference;
        @Option(names = "--wait", defaultValue = "60", paramLabel = "SECONDS", description = "How long to wait for its services (default: ${DEFAULT-VALUE}).")
        int waitSeconds;

        @Override
        public Integer call() throws Exception {
            List<TwinImage> images = new TwinImageRegistry(docker.engine(), Clock.systemUTC()).list().stream()
                    .filter(i -> i.twinId().equals(twinId) && (reference == null || i.reference().equals(reference))).toList();
            if (images.isEmpty()) {
                throw new IllegalArgumentException("no image of twin '" + twinId + "'" + (reference == null ? "" : " named " + reference)
                        + ": build one with ./twinbench image build --twin " + twinId + " ROOT");
            }
            TwinLimits limits;
            try (TwinStore store = workspace.openStore()) {
                limits = io.twinbench.policy.service.PolicyTwinLimits.apply(store, TwinImageRequests.limitsOnThisMachine(store.snapshots().latest(twinId).orElse(null)));
            }
            RunningTwin twin;
            try (TwinContainers containers = new TwinContainers(docker.engine(), Clock.systemUTC())) {
                twin = containers.start(images.get(0), limits, Duration.ofSeconds(waitSeconds));
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf("started %s from %s in %d ms; %s%n", twin.name(), twin.image(), twin.startedIn().toMillis(),
                    twin.readyIn() != null ? "services up after " + twin.readyIn().toMillis() + " ms"
                            : "its services did not report within " + waitSeconds + " s (state: " + twin.state() + ")");
            out.printf("  limits: %s%n", limits.summary());
            limits.notes().forEach(n -> out.println("  note: " + n));
            out.printf("  confined: %s%n", TwinHardening.describe());
            return twin.readyIn() != null ? 0 : 4;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List twin containers.")
    static final class ListContainers implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DockerOption docker;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            List<RunningTwin> twins;
            try (TwinContainers containers = new TwinContainers(docker.engine(), Clock.systemUTC())) {
                twins = containers.list();
            }
            if (twins.isEmpty()) {
                out.println("no twin containers (start one with ./twinbench container start --twin ID)");
            }
            Instant now = Instant.now();
            for (RunningTwin t : twins) {
                out.printf("%-36s %-10s %-40s %s ago%n", t.name(), t.state(), t.image(), TwinImage.ageText(Duration.between(t.created(), now)));
            }
            return 0;
        }
    }

    @Command(name = "logs", mixinStandardHelpOptions = true, description = "What a twin's entry point and services printed.")
    static final class Logs implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DockerOption docker;
        @Parameters(paramLabel = "CONTAINER")
        String container;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (TwinContainers containers = new TwinContainers(docker.engine(), Clock.systemUTC())) {
                out.print(io.twinbench.protocol.Printable.lines(containers.output(container)));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop and remove a twin container.")
    static final class Stop implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DockerOption docker;
        @Parameters(paramLabel = "CONTAINER")
        String container;

        @Override
        public Integer call() throws Exception {
            boolean stopped;
            try (TwinContainers containers = new TwinContainers(docker.engine(), Clock.systemUTC())) {
                stopped = containers.stop(container);
            }
            if (!stopped) {
                spec.commandLine().getErr().println("twinbench: no container " + container);
                return 1;
            }
            spec.commandLine().getOut().println("stopped and removed " + container);
            return 0;
        }
    }
}
