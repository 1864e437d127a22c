package io.twinbench.sim.run;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.CreateContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.exception.NotModifiedException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Frame;

import io.twinbench.sim.docker.DockerEngine;
import io.twinbench.sim.image.TwinImage;
import io.twinbench.sim.image.TwinInitScript;

/**
 * Starts twins from their images, confined by {@link TwinHardening}, and lists and stops them.
 * Holds one connection to the engine, opened at first use: a start then costs the engine's
 * work, not a new client's.
 */
public final class TwinContainers implements AutoCloseable {

    /** Most output kept of a twin's logs or of a command run in it. */
    public static final int MAX_OUTPUT_BYTES = 4 << 20;
    /** Largest file read out of a twin's image. */
    public static final int MAX_FILE_BYTES = 16 << 20;

    public static final String LABEL_TWIN = TwinImage.LABEL_TWIN;
    public static final String LABEL_CONTAINER = "io.twinbench.container";

    /**
     * The escape hatch for an engine without a user namespace (-Dtwinbench.allowTwinsWithoutUserNamespace=true):
     * its twins' root is this machine's root, held back only by the few capabilities they keep.
     */
    public static final String ALLOW_WITHOUT_USER_NAMESPACE = "twinbench.allowTwinsWithoutUserNamespace";

    private final DockerEngine engine;
    private final Clock clock;
    private final boolean allowWithoutUserNamespace;
    private DockerClient client;
    private java.util.Optional<io.twinbench.sim.docker.UserNamespace> userNamespace;

    public TwinContainers(DockerEngine engine, Clock clock) {
        this(engine, clock, Boolean.getBoolean(ALLOW_WITHOUT_USER_NAMESPACE));
    }

    /** allowWithoutUserNamespace: start twins on an engine that maps no user namespace (their root is this machine's). */
    public TwinContainers(DockerEngine engine, Clock clock, boolean allowWithoutUserNamespace) {
        this.engine = engine;
        this.clock = clock;
        this.allowWithoutUserNamespace = allowWithoutUserNamespace;
    }

    /** The engine's user namespace, asked once; empty when it maps none. */
    public synchronized java.util.Optional<io.twinbench.sim.docker.UserNamespace> userNamespace() {
        if (userNamespace == null) {
            userNamespace = io.twinbench.sim.docker.UserNamespace.of(docker().infoCmd().exec());
        }
        return userNamespace;
    }

    /**
     * Refuses to start a twin whose root would be this machine's root, unless allowed; makes the
     * files mounted into the twin readable by the twin's root, which is another user here.
     */
    private void confine(Map<String, java.nio.file.Path> files) throws IOException {
        java.util.Optional<io.twinbench.sim.docker.UserNamespace> ns = userNamespace();
        if (ns.isEmpty() && !allowWithoutUserNamespace) {
            throw new IOException("the Docker engine at " + engine.endpoint() + " runs containers without a user namespace, so a twin's root"
                    + " would be root on this machine: start dockerd with --userns-remap=default (see the README), or allow it with -D"
                    + ALLOW_WITHOUT_USER_NAMESPACE + "=true");
        }
        if (ns.isPresent() && ns.get().rootUid() >= 0) {
            for (java.nio.file.Path file : files.values()) {
                try {
                    java.nio.file.Files.setAttribute(file, "unix:uid", (int) ns.get().rootUid());
                    java.nio.file.Files.setAttribute(file, "unix:gid", (int) ns.get().rootGid());
                } catch (IOException | UnsupportedOperationException e) {
                    throw new IOException("cannot give " + file + " to the twin's root (uid " + ns.get().rootUid() + " here): " + e.getMessage(), e);
                }
            }
        }
    }

    private synchronized DockerClient docker() {
        if (client == null) {
            client = engine.connect();
        }
        return client;
    }

    @Override
    public synchronized void close() throws IOException {
        if (client != null) {
            client.close();
            client = null;
        }
    }

    /**
     * Creates and starts a twin of image and waits until its services were started (the init
     * script's ready line) or it exited; readyIn is null when it did not get there within wait.
     */
    public RunningTwin start(TwinImage image, TwinLimits limits, Duration wait) throws IOException {
        return start(image, limits, TwinChanges.NONE, wait);
    }

    /** As {@link #start(TwinImage, TwinLimits, Duration)}, with the changes' files mounted over the image's and its disabled services left out. */
    public RunningTwin start(TwinImage image, TwinLimits asked, TwinChanges changes, Duration wait) throws IOException {
        Map<String, java.nio.file.Path> files = changes.files();
        // whatever the endpoint's inventory claims, a twin gets at most its share of this machine (the engine is local)
        TwinLimits limits = asked.withinShareOf(TwinLimits.hostCores(), TwinLimits.hostMemory());
        try {
            confine(files);
        } catch (RuntimeException e) {
            throw new IOException("starting a twin of " + image.reference() + " failed: " + engine.explain(e), e);
        }
        String name = TwinImage.repository(image.twinId()).substring("twinbench/".length()) + "-" + Long.toString(System.nanoTime(), 36);
        try {
            DockerClient docker = docker();
            long begin = System.nanoTime();
            CreateContainerResponse created = docker.createContainerCmd(image.id()).withName("twin-" + name)
                    .withLabels(Map.of(LABEL_TWIN, image.twinId(), LABEL_CONTAINER, image.reference()))
                    .withEnv("TWINBENCH_DISABLED=" + String.join(" ", new java.util.TreeSet<>(changes.disabledServices())))
                    .withHostConfig(TwinHardening.hostConfig(limits).withBinds(files.entrySet().stream()
                            .map(f -> new com.github.dockerjava.api.model.Bind(f.getValue().toAbsolutePath().toString(),
                                    new com.github.dockerjava.api.model.Volume(f.getKey()), com.github.dockerjava.api.model.AccessMode.ro))
                            .toList()))
                    .exec();
            ReadyWatch ready = new ReadyWatch();
            docker.startContainerCmd(created.getId()).exec();
            Duration startedIn = Duration.ofNanos(System.nanoTime() - begin);
            docker.logContainerCmd(created.getId()).withStdOut(true).withStdErr(true).withFollowStream(true).exec(ready);
            try {
                boolean came = ready.await(wait);
                Duration readyIn = came && ready.ready ? Duration.ofNanos(ready.at - begin) : null;
                String state = docker.inspectContainerCmd(created.getId()).exec().getState().getStatus();
                return new RunningTwin(created.getId(), "twin-" + name, image.twinId(), image.reference(), state, clock.instant(), startedIn,
                        readyIn);
            } finally {
                ready.close();
            }
        } catch (RuntimeException e) {
            throw new IOException("starting a twin of " + image.reference() + " failed: " + engine.explain(e), e);
        }
    }

    /** A file of the image as it holds it, read from a container created for that and never started. */
    public byte[] readFile(TwinImage image, String path) throws IOException {
        String created = null;
        try {
            DockerClient docker = docker();
            created = docker.createContainerCmd(image.id()).withHostConfig(com.github.dockerjava.api.model.HostConfig.newHostConfig().withNetworkMode("none"))
                    .exec().getId();
            try (java.io.InputStream tar = docker.copyArchiveFromContainerCmd(created, path).exec();
                    org.apache.commons.compress.archivers.tar.TarArchiveInputStream in = new org.apache.commons.compress.archivers.tar.TarArchiveInputStream(tar)) {
                org.apache.commons.compress.archivers.tar.TarArchiveEntry entry = in.getNextEntry();
                if (entry == null || !entry.isFile()) {
                    throw new IOException(image.reference() + " has no file " + path);
                }
                if (entry.getSize() > MAX_FILE_BYTES) {
                    throw new IOException(path + " of " + image.reference() + " has " + entry.getSize() + " bytes, more than the "
                            + MAX_FILE_BYTES + " read from an image");
                }
                return in.readNBytes(MAX_FILE_BYTES);
            }
        } catch (RuntimeException e) {
            throw new IOException("reading " + path + " of " + image.reference() + " failed: " + engine.explain(e), e);
        } finally {
            if (created != null) {
                try {
                    docker().removeContainerCmd(created).withForce(true).exec();
                } catch (RuntimeException ignored) {
                    // it never ran; the engine lists it until removed by hand
                }
            }
        }
    }

    public List<RunningTwin> list() throws IOException {
        try {
            DockerClient docker = docker();
            List<RunningTwin> twins = new ArrayList<>();
            for (Container c : docker.listContainersCmd().withShowAll(true).withLabelFilter(List.of(LABEL_CONTAINER)).exec()) {
                String name = c.getNames() == null || c.getNames().length == 0 ? c.getId() : c.getNames()[0].replaceFirst("^/", "");
                twins.add(new RunningTwin(c.getId(), name, c.getLabels().get(LABEL_TWIN), c.getLabels().get(LABEL_CONTAINER), c.getState(),
                        Instant.ofEpochSecond(c.getCreated()), null, null));
            }
            return twins;
        } catch (RuntimeException e) {
            throw new IOException("listing twin containers failed: " + engine.explain(e), e);
        }
    }

    /** What the twin's init and services printed. */
    public String output(String container) throws IOException {
        try {
            FrameText text = docker().logContainerCmd(container).withStdOut(true).withStdErr(true).exec(new FrameText());
            text.awaitCompletion(30, TimeUnit.SECONDS);
            return text.text();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (RuntimeException e) {
            throw new IOException("reading the output of " + container + " failed: " + engine.explain(e), e);
        }
    }

    /** The twin's init process as this host sees it (for entering its namespaces). */
    public long pid(String container) throws IOException {
        try {
            Long pid = docker().inspectContainerCmd(container).exec().getState().getPidLong();
            if (pid == null || pid <= 0) {
                throw new IOException(container + " is not running");
            }
            return pid;
        } catch (RuntimeException e) {
            throw new IOException("inspecting " + container + " failed: " + engine.explain(e), e);
        }
    }

    /** Runs a command in the twin to its end (or the timeout) and returns what it printed, stdout and stderr together. */
    public String exec(String container, Duration timeout, String... command) throws IOException {
        return run(container, timeout, command).output();
    }

    /** What a command run in a container printed and how it ended (-1 when it had not ended by the timeout). */
    public record Executed(int exitCode, String output) {
    }

    /** As {@link #exec}, with the command's exit code. */
    public Executed run(String container, Duration timeout, String... command) throws IOException {
        try {
            DockerClient docker = docker();
            String exec = docker.execCreateCmd(container).withCmd(command).withAttachStdout(true).withAttachStderr(true).exec().getId();
            FrameText out = docker.execStartCmd(exec).exec(new FrameText());
            out.awaitCompletion(timeout.toMillis(), TimeUnit.MILLISECONDS);
            Long code = docker.inspectExecCmd(exec).exec().getExitCodeLong();
            return new Executed(code == null ? -1 : code.intValue(), out.text());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (RuntimeException e) {
            throw new IOException("running " + command[0] + " in " + container + " failed: " + engine.explain(e), e);
        }
    }

    /** Starts a command in the twin and returns at once; it runs until it ends or the twin stops. */
    public void execDetached(String container, String... command) throws IOException {
        try {
            DockerClient docker = docker();
            String exec = docker.execCreateCmd(container).withCmd(command).exec().getId();
            docker.execStartCmd(exec).withDetach(true).exec(new ResultCallback.Adapter<Frame>()).awaitCompletion(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (RuntimeException e) {
            throw new IOException("starting " + command[0] + " in " + container + " failed: " + engine.explain(e), e);
        }
    }

    /** Stops (services get a few seconds to end) and removes a twin container; false when there was none. */
    public boolean stop(String container) throws IOException {
        try {
            DockerClient docker = docker();
            try {
                docker.stopContainerCmd(container).withTimeout(5).exec();
            } catch (NotModifiedException alreadyStopped) {
                // removed below all the same
            }
            docker.removeContainerCmd(container).withForce(true).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        } catch (RuntimeException e) {
            throw new IOException("stopping " + container + " failed: " + engine.explain(e), e);
        }
    }

    /** Follows the container's output until the init script says its services were started. */
    /**
     * Collects what a log or exec stream printed, stdout and stderr together, up to
     * MAX_OUTPUT_BYTES: a twin printing without end costs the workbench that much and no more,
     * and the text says where it was cut.
     */
    private static final class FrameText extends ResultCallback.Adapter<Frame> {
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        private long dropped;

        @Override
        public void onNext(Frame frame) {
            byte[] payload = frame.getPayload();
            synchronized (bytes) {
                int room = (int) Math.max(0, MAX_OUTPUT_BYTES - bytes.size());
                bytes.write(payload, 0, Math.min(room, payload.length));
                dropped += Math.max(0, payload.length - room);
            }
        }

        String text() {
            synchronized (bytes) {
                String text = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
                return dropped == 0 ? text : text + "\n[twinbench: output cut after " + MAX_OUTPUT_BYTES + " bytes; " + dropped + " more bytes dropped]\n";
            }
        }
    }

    private static final class ReadyWatch extends ResultCallback.Adapter<Frame> {
        private static final int READY_WINDOW = 64 << 10;
        private final CountDownLatch latch = new CountDownLatch(1);
        private final StringBuilder seen = new StringBuilder();
        private volatile boolean ready;
        private volatile long at;

        @Override
        public void onNext(Frame frame) {
            seen.append(new String(frame.getPayload(), java.nio.charset.StandardCharsets.UTF_8));
            if (seen.length() > 2 * READY_WINDOW) {
                // only the last lines can still hold the ready line: the twin's chatter before it is not kept
                seen.delete(0, seen.length() - READY_WINDOW);
            }
            if (!ready && seen.indexOf(TwinInitScript.READY) >= 0) {
                at = System.nanoTime();
                ready = true;
                latch.countDown();
            }
        }

        @Override
        public void onComplete() {
            latch.countDown();
        }

        @Override
        public void onError(Throwable throwable) {
            latch.countDown();
        }

        boolean await(Duration wait) {
            try {
                return latch.await(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
