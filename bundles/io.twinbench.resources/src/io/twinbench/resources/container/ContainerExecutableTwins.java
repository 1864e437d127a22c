package io.twinbench.resources.container;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.HostConfig;

import io.twinbench.model.twin.ConfigurationItem;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.FileSystem;
import io.twinbench.model.twin.Twin;
import io.twinbench.sim.docker.UserNamespace;
import io.twinbench.sim.run.TwinContainers;
import io.twinbench.sim.run.TwinHardening;
import io.twinbench.sim.run.TwinLimits;

/**
 * A container's executable twin: the same image, command, environment, user and working
 * directory as its twin records, confined as every twin is (no network, no new privileges, the
 * few capabilities a service needs, a read-only root with scratch space, and empty scratch where
 * the original mounts volumes: nothing of the host goes in), with the original's limits held to
 * what policies and this machine allow. A change (another image, variables, limits) is tried by
 * starting the twin with it. Secrets stay masked: the twin runs with what its twin holds.
 */
public final class ContainerExecutableTwins implements java.io.Closeable {

    /** Marks the engine's containers that are twins of containers, with the twin's id. */
    public static final String LABEL = "io.twinbench.container-twin";

    private final DockerClient docker;
    private final UnaryOperator<TwinLimits> allowed;
    private final boolean allowWithoutUserNamespace;

    /** A change to try: another image (null: the same), variables set or removed, other limits (null: the original's). */
    public record Change(String image, Map<String, String> set, List<String> unset, Long memoryBytes, Double cpus) {
        public static final Change NONE = new Change(null, Map.of(), List.of(), null, null);

        public Change {
            set = Map.copyOf(set);
            unset = List.copyOf(unset);
        }
    }

    /** A twin started: its container, where it stands after the first seconds, and the limits it got and why. */
    public record Started(String containerId, String name, String image, String state, Integer exitCode, Duration startedIn, TwinLimits limits) {
    }

    /** allowed: what a twin may have (a twin management policy's limits); allowWithoutUserNamespace as for endpoint twins. */
    public ContainerExecutableTwins(io.twinbench.sim.docker.DockerEngine engine, UnaryOperator<TwinLimits> allowed, boolean allowWithoutUserNamespace) {
        this.docker = engine.connect();
        this.allowed = allowed;
        this.allowWithoutUserNamespace = allowWithoutUserNamespace;
    }

    /** Starts the executable twin of a container's twin with the change, and says where it stands after settle. */
    public Started start(Twin twin, Change change, Duration settle) throws IOException {
        if (UserNamespace.of(docker.infoCmd().exec()).isEmpty() && !allowWithoutUserNamespace) {
            throw new IOException("the Docker engine runs containers without a user namespace, so a twin's root would be root on this machine:"
                    + " start dockerd with --userns-remap=default (see the README), or allow it with -D" + TwinContainers.ALLOW_WITHOUT_USER_NAMESPACE + "=true");
        }
        Element container = twin.findElement(ContainerSections.ENDPOINT);
        Element image = twin.findElement("image");
        if (container == null || image == null) {
            throw new IllegalArgumentException("twin " + twin.getId() + " is not a container's twin (it has no container and no image)");
        }
        String imageId = change.image() != null ? change.image() : ((io.twinbench.model.twin.SoftwarePackage) image).getVersion();
        TwinLimits limits = allowed.apply(limits(container, change)).withinShareOf(TwinLimits.hostCores(), TwinLimits.hostMemory());
        HostConfig host = TwinHardening.hostConfig(limits);
        Map<String, String> scratch = new LinkedHashMap<>(host.getTmpFs());
        for (Element e : twin.getElements()) {
            if (e instanceof FileSystem fs && fs.getMount() != null && fs.getMount().startsWith("/") && !scratch.containsKey(fs.getMount())) {
                // where the original keeps data, the twin gets empty scratch: never the host's files
                scratch.put(fs.getMount(), "rw,nosuid,nodev,size=" + Math.max(4, Math.min(64, limits.memoryBytes() / 8 >> 20)) + "m");
            }
        }
        String name = "twin-" + twin.getId() + "-" + Long.toString(System.nanoTime(), 36);
        Map<String, String> labels = new TreeMap<>(labels(twin));
        labels.put(LABEL, twin.getId());
        try {
            long begin = System.nanoTime();
            CreateContainerCmd create = docker.createContainerCmd(imageId).withName(name).withLabels(labels).withEnv(env(twin, change))
                    .withHostConfig(host.withTmpFs(scratch));
            Element command = twin.findElement("command");
            if (command != null) {
                List<String> entrypoint = ContainerSections.arguments(property(command, "entrypoint"));
                List<String> cmd = ContainerSections.arguments(property(command, "cmd"));
                if (!entrypoint.isEmpty()) {
                    create.withEntrypoint(entrypoint);
                }
                if (!cmd.isEmpty()) {
                    create.withCmd(cmd);
                }
            }
            if (property(container, "user") != null) {
                create.withUser(property(container, "user"));
            }
            if (property(container, "workingDir") != null) {
                create.withWorkingDir(property(container, "workingDir"));
            }
            String id = create.exec().getId();
            docker.startContainerCmd(id).exec();
            Duration startedIn = Duration.ofNanos(System.nanoTime() - begin);
            Thread.sleep(settle.toMillis());
            var state = docker.inspectContainerCmd(id).exec().getState();
            return new Started(id, name, imageId, state.getStatus(), Boolean.TRUE.equals(state.getRunning()) ? null : state.getExitCode(), startedIn, limits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting the twin of " + twin.getId(), e);
        } catch (RuntimeException e) {
            throw new IOException("starting the twin of " + twin.getId() + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        docker.close();
    }

    /** Stops and removes a container twin. */
    public void remove(String containerId) {
        docker.removeContainerCmd(containerId).withForce(true).exec();
    }

    /** The original's limits (this machine's share where it set none), changed as asked. */
    private static TwinLimits limits(Element container, Change change) {
        String memory = property(container, "memoryLimit");
        String nanoCpus = property(container, "nanoCpus");
        String pids = property(container, "pidsLimit");
        List<String> notes = new ArrayList<>();
        long bytes = change.memoryBytes() != null ? change.memoryBytes() : memory != null ? Long.parseLong(memory) : TwinLimits.mostMemory(TwinLimits.hostMemory());
        double cpus = change.cpus() != null ? change.cpus() : nanoCpus != null ? Long.parseLong(nanoCpus) / 1e9 : TwinLimits.mostCpus(TwinLimits.hostCores());
        if (memory == null && change.memoryBytes() == null) {
            notes.add("the container sets no memory limit: the twin gets three quarters of this machine's");
        }
        return new TwinLimits(cpus, bytes, pids != null ? Long.parseLong(pids) : TwinLimits.DEFAULT_PIDS, notes);
    }

    private static List<String> env(Twin twin, Change change) {
        Map<String, String> env = new TreeMap<>();
        for (Element e : twin.getElements()) {
            if (e instanceof ConfigurationItem c && c.getPath() != null && c.getPath().startsWith("env:")) {
                env.put(c.getPath().substring(4), c.getValue() == null ? "" : c.getValue());
            }
        }
        change.unset().forEach(env::remove);
        env.putAll(change.set());
        return env.entrySet().stream().map(v -> v.getKey() + "=" + v.getValue()).toList();
    }

    private static Map<String, String> labels(Twin twin) {
        Map<String, String> labels = new TreeMap<>();
        for (Element e : twin.getElements()) {
            if (e instanceof ConfigurationItem c && c.getPath() != null && c.getPath().startsWith("label:")) {
                labels.put(c.getPath().substring(6), c.getValue() == null ? "" : c.getValue());
            }
        }
        return labels;
    }

    private static String property(Element e, String key) {
        return e.getProperties().stream().filter(p -> key.equals(p.getKey())).map(p -> p.getValue()).findFirst().orElse(null);
    }
}
