package io.twinbench.cli.internal;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import io.twinbench.ingest.enrol.Enrollment;
import io.twinbench.sim.lab.LabEndpoint;
import io.twinbench.sim.lab.LabFleet;
import io.twinbench.store.TwinStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `twinbench lab up|list|down`: a fleet of lab endpoints on the local engine to try plans on, never this machine. */
@Command(name = "lab", mixinStandardHelpOptions = true, description = {"Lab endpoints: containers of a Debian root running real services and the real agent.",
        "They have no network; each reaches the workspace's collector only through a relay on loopback that `lab up` holds while it runs."},
        subcommands = {LabCommand.Up.class, LabCommand.ListEndpoints.class, LabCommand.Down.class})
public final class LabCommand implements Runnable {

    static final Path DEFAULT_ROOT = Path.of(System.getProperty("user.home"), ".cache/twinbench/debian-bookworm-minbase-cron-lighttpd-nftables-strace-tcpdump");

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "up", mixinStandardHelpOptions = true, description = {"Start N lab endpoints (enrolled with tokens of this workspace) and relay them to its collector until stopped (Ctrl+C).",
            "The workbench or ./twinbench serve must be collecting for this workspace."})
    static final class Up implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        WorkspaceOption workspace;

        @Mixin
        DockerOption docker;

        @Option(names = "--endpoints", defaultValue = "3", description = "How many (default ${DEFAULT-VALUE}).")
        int count;

        @Option(names = "--prefix", defaultValue = "lab", description = "Endpoints are named PREFIX-1 … PREFIX-N (default ${DEFAULT-VALUE}).")
        String prefix;

        @Option(names = "--root", paramLabel = "DIR", description = "A Debian root (debootstrap) with the services to run (default: the tests' root in ~/.cache/twinbench).")
        Path root;

        @Option(names = "--services", split = ",", defaultValue = "lighttpd,cron", description = "Services started in each endpoint (default ${DEFAULT-VALUE}).")
        List<String> services;

        @Option(names = "--collector", defaultValue = "127.0.0.1:7443", paramLabel = "HOST:PORT", description = "The collector on this machine (default ${DEFAULT-VALUE}).")
        String collector;

        @Option(names = "--agent-jar", paramLabel = "FILE", defaultValue = "${env:TWINBENCH_AGENT_JAR}", description = "The agent jar (default: the checkout's agent/target/twinbench-agent.jar).")
        Path agentJar;

        @Option(names = "--agent-launcher", paramLabel = "DIR", defaultValue = "${env:TWINBENCH_AGENT_LAUNCHER}",
                description = "The agent's start script and JVM options, as its systemd unit runs it (default: the checkout's agent/packaging).")
        Path launcher;

        @Override
        public Integer call() throws Exception {
            Path rootDir = root != null ? root : DEFAULT_ROOT;
            if (!Files.isDirectory(rootDir.resolve("etc"))) {
                spec.commandLine().getErr().println("no Debian root at " + rootDir + ": give --root DIR (made by debootstrap --variant=minbase bookworm DIR"
                        + " with lighttpd and cron, as ./twinbench test makes it)");
                return 1;
            }
            if (agentJar == null || !Files.isRegularFile(agentJar)) {
                spec.commandLine().getErr().println("no agent jar" + (agentJar == null ? "" : " at " + agentJar) + ": give --agent-jar FILE");
                return 1;
            }
            if (count < 1 || count > 200) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--endpoints must be between 1 and 200");
            }
            int colon = collector.lastIndexOf(':');
            InetSocketAddress target = new InetSocketAddress(collector.substring(0, colon), Integer.parseInt(collector.substring(colon + 1)));
            CountDownLatch stopped = new CountDownLatch(1);
            try (TwinStore store = workspace.openStore(); LabFleet lab = new LabFleet(docker.engine(), Clock.systemUTC())) {
                Enrollment enrollment = new Enrollment(workspace.certificateAuthority(), store.enrollments(), Clock.systemUTC());
                List<LabEndpoint> up = lab.up(prefix, count, rootDir, LabFleet.Software.forAgent(agentJar, launcher, services, 5),
                        id -> {
                            try {
                                return enrollment.newToken(Duration.ofMinutes(30), id).value();
                            } catch (Exception e) {
                                throw new IllegalStateException("cannot make a token for " + id + ": " + e.getMessage(), e);
                            }
                        }, target);
                for (LabEndpoint endpoint : up) {
                    spec.commandLine().getOut().println(endpoint.name() + "  " + endpoint.containerId().substring(0, 12) + "  relayed to " + collector);
                }
                spec.commandLine().getOut().println("twinbench: " + up.size() + " lab endpoints up; Ctrl+C cuts them off, ./twinbench lab down removes them");
                spec.commandLine().getOut().flush();
                Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "twinbench-lab-stop"));
                stopped.await();
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The lab endpoints on the engine.")
    static final class ListEndpoints implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DockerOption docker;

        @Override
        public Integer call() throws Exception {
            try (LabFleet lab = new LabFleet(docker.engine(), Clock.systemUTC())) {
                for (LabEndpoint endpoint : lab.list()) {
                    spec.commandLine().getOut().println(endpoint.name() + "  " + endpoint.containerId().substring(0, 12) + "  " + endpoint.state());
                }
            }
            return 0;
        }
    }

    @Command(name = "down", mixinStandardHelpOptions = true, description = "Remove every lab endpoint.")
    static final class Down implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DockerOption docker;

        @Override
        public Integer call() throws Exception {
            try (LabFleet lab = new LabFleet(docker.engine(), Clock.systemUTC())) {
                int n = lab.list().size();
                lab.down();
                spec.commandLine().getOut().println("removed " + n + " lab endpoint(s)");
            }
            return 0;
        }
    }
}
