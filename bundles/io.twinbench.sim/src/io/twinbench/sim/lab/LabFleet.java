package io.twinbench.sim.lab;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Volume;

import io.twinbench.sim.docker.DockerEngine;
import io.twinbench.sim.image.TwinImage;
import io.twinbench.sim.image.TwinImageBuilder;
import io.twinbench.sim.image.TwinImageRegistry;
import io.twinbench.sim.run.TwinContainers;

/**
 * A fleet of lab endpoints on the local engine, to try plans on real agents without touching this
 * machine: each a container of a Debian root with its own hostname and network namespace and no
 * network (no bridge, no private-range address), running real services and the real agent, which
 * enrols with a real token and reaches the collector only through a {@link NamespaceRelay}. The
 * endpoints can be changed (their root is writable: plans change them) but hold no privileges:
 * the engine's user namespace makes their root an unprivileged user here, and new privileges are off.
 */
public final class LabFleet implements AutoCloseable {

    public static final String LABEL = "io.twinbench.lab";
    /** The version of the lab's image: 2 starts lighttpd and cron from its init script. */
    static final long IMAGE_VERSION = 2;
    public static final String IMAGE_TWIN = "twinbench-lab";
    /** Where each endpoint's agent connects inside its namespace. */
    public static final int RELAY_PORT = 7443;
    private static final String JAVA_MOUNT = "/opt/twinbench/java";
    private static final String AGENT_MOUNT = "/opt/twinbench/agent.jar";
    private static final String INIT_MOUNT = "/opt/twinbench/lab-init";
    private static final String LAUNCHER_MOUNT = "/opt/twinbench-agent";

    private final DockerEngine engine;
    private final Clock clock;
    private final Map<String, NamespaceRelay> relays = new ConcurrentHashMap<>();
    private final TwinContainers containers;
    private DockerClient docker;

    public LabFleet(DockerEngine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
        this.containers = new TwinContainers(engine, clock);
    }

    private synchronized DockerClient docker() {
        if (docker == null) {
            docker = engine.connect();
        }
        return docker;
    }

    /**
     * What the lab's endpoints run, mounted read-only: the agent jar, a Java runtime of this
     * machine and, when given, the agent's launcher directory (agent/packaging: the script and JVM
     * options its systemd unit runs it with), so a lab agent runs as an installed one does.
     */
    public record Software(Path agentJar, Path javaHome, Path launcher, List<String> services, int intervalSeconds) {

        /** The agent as its build leaves it, on the runtime {@link #javaFor} finds. */
        public static Software forAgent(Path agentJar, Path launcher, List<String> services, int intervalSeconds) {
            return new Software(agentJar, javaFor(agentJar), launcher, services, intervalSeconds);
        }

        /** The agent's own runtime beside its jar (runtime/, made by the agent's build with jlink) as installed endpoints run it, else this JVM's. */
        public static Path javaFor(Path agentJar) {
            Path own = agentJar.toAbsolutePath().getParent().resolve("runtime");
            return Files.isExecutable(own.resolve("bin/java")) ? own : Path.of(System.getProperty("java.home"));
        }
    }

    /**
     * Starts endpoints name-1 … name-N from the root (building its image once), each with its own
     * token, and relays each to the collector. Returns them once their services started.
     */
    public List<LabEndpoint> up(String prefix, int count, Path root, Software software, Function<String, String> tokenFor,
            InetSocketAddress collector) throws IOException {
        // the engine makes a missing bind source a directory, owned by its remapped root, where the jar should be built
        if (!Files.isRegularFile(software.agentJar()) || !Files.isDirectory(software.javaHome())) {
            throw new IOException(Files.isRegularFile(software.agentJar()) ? "no JDK at " + software.javaHome()
                    : "no agent jar at " + software.agentJar() + ": build it first (./mvnw -pl agent package)");
        }
        TwinImage image = image(root);
        Path init = Files.createTempFile("twinbench-lab-init", ".sh", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        boolean launcher = software.launcher() != null && Files.isRegularFile(software.launcher().resolve("twinbench-agent"));
        Files.writeString(init, LabInit.render(software.services(), JAVA_MOUNT + "/bin/java", launcher ? LAUNCHER_MOUNT + "/twinbench-agent" : null,
                AGENT_MOUNT, RELAY_PORT, software.intervalSeconds()), StandardCharsets.UTF_8);
        List<Bind> binds = new ArrayList<>(List.of(new Bind(software.javaHome().toString(), new Volume(JAVA_MOUNT), AccessMode.ro),
                new Bind(software.agentJar().toAbsolutePath().toString(), new Volume(launcher ? LAUNCHER_MOUNT + "/twinbench-agent.jar" : AGENT_MOUNT),
                        AccessMode.ro),
                new Bind(init.toString(), new Volume(INIT_MOUNT), AccessMode.ro)));
        if (launcher) {
            for (String file : List.of("twinbench-agent", "jvm.options")) {
                binds.add(new Bind(software.launcher().resolve(file).toAbsolutePath().toString(), new Volume(LAUNCHER_MOUNT + "/" + file), AccessMode.ro));
            }
        }
        List<LabEndpoint> started = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String name = prefix + "-" + i;
            remove(name);
            CreateContainerResponse created = docker().createContainerCmd(image.id()).withName("lab-" + name).withHostName(name)
                    .withLabels(Map.of(LABEL, name))
                    .withEntrypoint("/bin/sh", INIT_MOUNT)
                    .withEnv("TWINBENCH_AGENT_ID=" + name, "TWINBENCH_TOKEN=" + tokenFor.apply(name))
                    .withHostConfig(HostConfig.newHostConfig().withNetworkMode("none").withSecurityOpts(List.of("no-new-privileges"))
                            // raw sockets stay: a shadow session's tcpdump captures the endpoint's own traffic, and its network
                            // namespace has no interface but lo
                            .withCapDrop(Capability.MKNOD, Capability.AUDIT_WRITE, Capability.SYS_CHROOT)
                            // start-stop-daemon finds a daemon that dropped to its own user by reading /proc/PID/exe, which root may
                            // only do with it; in the engine's user namespace it reaches no process outside the endpoint
                            // plans change the endpoint's firewall: the container's own network namespace, which has no interface but lo
                            .withCapAdd(Capability.SYS_PTRACE, Capability.NET_ADMIN)
                            .withMemory(256L << 20).withPidsLimit(512L)
                            .withBinds(binds))
                    .exec();
            docker().startContainerCmd(created.getId()).exec();
            long pid = containers.pid(created.getId());
            NamespaceRelay relay = new NamespaceRelay(pid, RELAY_PORT, collector);
            relay.start();
            relays.put(name, relay);
            started.add(new LabEndpoint(name, created.getId(), pid, "running"));
        }
        return started;
    }

    /** The lab's image of a Debian root, built once per engine and root (what other resource tests run too). */
    public TwinImage image(Path root) throws IOException {
        TwinImageRegistry registry = new TwinImageRegistry(engine, clock);
        Optional<TwinImage> built = registry.list().stream().filter(i -> i.twinId().equals(IMAGE_TWIN) && i.twinVersion() == IMAGE_VERSION)
                .filter(i -> root.toAbsolutePath().normalize().toString().equals(i.source())).findFirst();
        if (built.isPresent()) {
            return built.get();
        }
        // lab endpoints and trials start their services themselves; a simulation of the image (a plan's scenario run again) has its init start them
        return new TwinImageBuilder(engine, clock).build(new TwinImageBuilder.Request(IMAGE_TWIN, IMAGE_VERSION, root, List.of(),
                Set.of("lighttpd.service", "cron.service")), () -> false).image();
    }

    /** The lab's endpoints on the engine, started by this process or another. */
    public List<LabEndpoint> list() {
        List<LabEndpoint> endpoints = new ArrayList<>();
        for (Container c : docker().listContainersCmd().withShowAll(true).withLabelFilter(List.of(LABEL)).exec()) {
            endpoints.add(new LabEndpoint(c.getLabels().get(LABEL), c.getId(), 0, c.getState()));
        }
        endpoints.sort(java.util.Comparator.comparing(LabEndpoint::name));
        return endpoints;
    }

    /** The relay of an endpoint this process started: pause it to cut the endpoint off. */
    public Optional<NamespaceRelay> relay(String name) {
        return Optional.ofNullable(relays.get(name));
    }

    /** Runs a command in an endpoint (what tests and benches look at); its output. */
    public String exec(String name, String... command) throws IOException {
        return containers.exec(containerOf(name), Duration.ofSeconds(60), command);
    }

    /** What the endpoint's services and agent wrote to its output. */
    public String logs(String name) throws IOException {
        return containers.output(containerOf(name));
    }

    private String containerOf(String name) throws IOException {
        return list().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(() -> new IOException("no lab endpoint " + name))
                .containerId();
    }

    /** Removes every lab endpoint (and its relay). */
    public void down() {
        for (LabEndpoint endpoint : list()) {
            remove(endpoint.name());
        }
    }

    private void remove(String name) {
        NamespaceRelay relay = relays.remove(name);
        if (relay != null) {
            relay.close();
        }
        for (Container c : docker().listContainersCmd().withShowAll(true).withLabelFilter(Map.of(LABEL, name)).exec()) {
            try {
                docker().removeContainerCmd(c.getId()).withForce(true).exec();
            } catch (NotFoundException e) {
                // already gone
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        relays.values().forEach(NamespaceRelay::close);
        relays.clear();
        containers.close();
        if (docker != null) {
            docker.close();
            docker = null;
        }
    }
}
