package io.twinbench.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.ExecCreateCmdResponse;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;

import io.twinbench.sim.docker.DockerEngine;
import io.twinbench.sim.docker.DockerEngineProbe;
import io.twinbench.sim.image.TwinConfigFile;
import io.twinbench.sim.image.TwinImage;
import io.twinbench.sim.image.TwinImageBuilder;
import io.twinbench.sim.image.TwinImageRegistry;
import io.twinbench.sim.image.TwinRootArchive;
import io.twinbench.sim.run.RunningTwin;
import io.twinbench.sim.run.TwinContainers;
import io.twinbench.sim.run.TwinHardening;
import io.twinbench.sim.run.TwinLimits;

/**
 * Twin images and containers against a real Docker engine, from a real Debian root made by
 * debootstrap (with cron, a real service with a real unit file). ./twinbench test provides both;
 * without them these tests are skipped and say why.
 */
class DockerTwinTest {

    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path dir;

    private DockerEngine engine;
    private Path root;
    private String twinId;
    private final List<String> containers = new ArrayList<>();
    private TwinContainers twins;

    @BeforeEach
    void engineAndRoot() {
        String docker = System.getenv("TWINBENCH_TEST_DOCKER");
        String rootfs = System.getenv("TWINBENCH_TEST_ROOTFS");
        Needed.needs(docker != null && rootfs != null,
                "no TWINBENCH_TEST_DOCKER and TWINBENCH_TEST_ROOTFS: run ./twinbench test, which starts an engine and makes a Debian root");
        engine = new DockerEngine(docker, Duration.ofMinutes(5));
        root = Path.of(rootfs);
        twinId = "test-" + Long.toString(System.nanoTime(), 36);
        twins = new TwinContainers(engine, CLOCK);
    }

    @AfterEach
    void cleanUp() throws IOException {
        if (engine == null) {
            return;
        }
        for (String c : containers) {
            twins.stop(c);
        }
        twins.close();
        TwinImageRegistry registry = new TwinImageRegistry(engine, CLOCK);
        for (TwinImage image : registry.list()) {
            if (image.twinId().equals(twinId)) {
                registry.remove(image.id());
            }
        }
    }

    private TwinImageBuilder.Built build(long version, Path from, List<TwinConfigFile> config) throws IOException {
        return new TwinImageBuilder(engine, CLOCK).build(new TwinImageBuilder.Request(twinId, version, from, config, null), () -> false);
    }

    @Test
    void aTwinOfADebianRootRunsItsServicesFromTheirUnitsWithTheTwinsConfigurationConfined() throws Exception {
        TwinImageBuilder.Built built = build(1, root, List.of(new TwinConfigFile("/etc/default/cron", "0".repeat(64), "EXTRA_OPTS=\"-L 15\"")));
        TwinImage image = built.image();
        assertEquals(TwinImage.reference(twinId, 1), image.reference());
        assertEquals(twinId, image.twinId());
        assertTrue(image.sizeBytes() > 100L << 20, "a whole Debian root: " + image.sizeBytes());
        assertTrue(built.archive().started().stream().anyMatch(u -> u.name().equals("cron.service")), built.archive().started().toString());
        assertEquals(root.toAbsolutePath().toString(), image.source());
        assertEquals(List.of("/etc/default/cron"), built.archive().configApplied());

        TwinLimits limits = TwinLimits.of(1, 512L << 20, Runtime.getRuntime().availableProcessors(), 8L << 30);
        RunningTwin twin = twins.start(image, limits, Duration.ofSeconds(60));
        containers.add(twin.containerId());
        assertNotNull(twin.readyIn(), "the init script said its services were started");
        assertEquals("running", twin.state());

        try (DockerClient docker = engine.connect()) {
            InspectContainerResponse inspected = docker.inspectContainerCmd(twin.containerId()).exec();
            HostConfig host = inspected.getHostConfig();
            assertEquals("none", host.getNetworkMode());
            assertTrue(host.getReadonlyRootfs());
            assertEquals(List.of("no-new-privileges"), host.getSecurityOpts());
            assertTrue(Arrays.asList(host.getCapDrop()).contains(Capability.ALL));
            assertEquals(Set.copyOf(TwinHardening.KEPT), Set.copyOf(Arrays.asList(host.getCapAdd())));
            assertEquals(1_000_000_000L, host.getNanoCPUs());
            assertEquals(512L << 20, host.getMemory());
            assertEquals(TwinLimits.DEFAULT_PIDS, host.getPidsLimit());

            List<String[]> processes = Arrays.asList(docker.topContainerCmd(twin.containerId()).withPsArgs("-eo pid,user,args").exec().getProcesses());
            assertTrue(processes.stream().anyMatch(p -> String.join(" ", p).contains("/usr/sbin/cron -f -L 15")),
                    "cron runs from its unit, with the twin's EXTRA_OPTS: " + processes.stream().map(p -> String.join(" ", p)).toList());

            assertEquals("lo\n", exec(docker, twin.containerId(), "ls", "/sys/class/net").output, "no network but loopback");
            Exec writeRoot = exec(docker, twin.containerId(), "touch", "/etc/twin-was-here");
            assertNotEquals(0L, writeRoot.exit, "the root is read-only");
            assertTrue(writeRoot.output.contains("Read-only file system"), writeRoot.output);
            assertEquals(0L, exec(docker, twin.containerId(), "touch", "/tmp/scratch").exit, "/tmp is scratch space");
            Exec chroot = exec(docker, twin.containerId(), "chroot", "/", "true");
            assertNotEquals(0L, chroot.exit, "CAP_SYS_CHROOT is dropped: " + chroot.output);

            // root in the twin is an unprivileged user of this machine, and it may hold so many files open
            String map = exec(docker, twin.containerId(), "cat", "/proc/self/uid_map").output.trim();
            assertTrue(map.matches("0\\s+[1-9]\\d*\\s+\\d+"), "a user namespace maps the twin's root elsewhere: " + map);
            assertEquals(twins.userNamespace().orElseThrow().rootUid(), Long.parseLong(map.split("\\s+")[1]));
            assertEquals(TwinHardening.OPEN_FILES + "\n", exec(docker, twin.containerId(), "sh", "-c", "ulimit -n").output);
            assertEquals(host.getMemory(), host.getMemorySwap(), "no swap beyond its memory");
        }

        String output = twins.output(twin.containerId());
        assertTrue(output.contains("twinbench: starting cron.service"), output);
        assertTrue(twins.list().stream().anyMatch(t -> t.containerId().equals(twin.containerId())));
        assertTrue(twins.stop(twin.containerId()));
        assertFalse(twins.list().stream().anyMatch(t -> t.containerId().equals(twin.containerId())));
    }

    @Test
    void theRegistryListsTwinImagesNewestFirstRemovesThemAndPrunesByRetention() throws Exception {
        Path tar = dir.resolve("root.tar");
        try (OutputStream out = Files.newOutputStream(tar)) {
            new TwinRootArchive(root, List.of(), null).writeTo(out);
        }
        TwinImage v1 = build(1, root, List.of()).image();
        TwinImage v2 = build(2, tar, List.of()).image();
        TwinImage v3 = build(3, tar, List.of(new TwinConfigFile("/etc/motd", "0".repeat(64), "version 3"))).image();
        TwinImageRegistry registry = new TwinImageRegistry(engine, CLOCK);

        List<String> mine = registry.list().stream().filter(i -> i.twinId().equals(twinId)).map(TwinImage::reference).toList();
        assertEquals(List.of(v3.reference(), v2.reference(), v1.reference()), mine, "newest first");

        List<TwinImage> pruned = registry.prune(new TwinImageRegistry.Retention(2, null));
        assertTrue(pruned.stream().anyMatch(i -> i.id().equals(v1.id())), pruned.toString());
        assertFalse(pruned.stream().anyMatch(i -> i.twinId().equals(twinId) && !i.id().equals(v1.id())), "the two newest stay");

        assertTrue(registry.remove(v3.reference()));
        assertFalse(registry.remove(v3.reference()), "already gone");
        assertEquals(List.of(v2.reference()), registry.list().stream().filter(i -> i.twinId().equals(twinId)).map(TwinImage::reference).toList());
    }

    @Test
    void aBuildThatCannotApplyTheTwinsConfigurationLeavesNoImageBehind() throws Exception {
        int before = new TwinImageRegistry(engine, CLOCK).list().size();
        IOException e = assertThrows(IOException.class,
                () -> build(1, root, List.of(new TwinConfigFile("/etc/default/cron", "0".repeat(64), "EXTRA_OPTS=***"))));
        assertTrue(e.getMessage().contains("/etc/default/cron"), e.getMessage());
        Thread.sleep(3000); // the engine may still be finishing the request it was sent
        assertEquals(before, new TwinImageRegistry(engine, CLOCK).list().size());
        try (DockerClient docker = engine.connect()) {
            assertTrue(docker.listImagesCmd().exec().stream().noneMatch(i -> i.getRepoTags() != null
                    && Arrays.asList(i.getRepoTags()).contains(TwinImage.reference(twinId, 1))), "no partial root was imported under the twin's name");
        }
    }

    @Test
    void anEngineThatIsNotThereIsSaidPlainly() {
        DockerEngine nowhere = new DockerEngine("unix://" + dir.resolve("no-docker.sock"), Duration.ofSeconds(3));
        IOException e = assertThrows(IOException.class, () -> new TwinImageRegistry(nowhere, CLOCK).list());
        assertTrue(e.getMessage().contains("no Docker engine is listening"), e.getMessage());
        assertFalse(new DockerEngineProbe(nowhere.endpoint(), Duration.ofSeconds(3)).probe().reachable());
    }

    private record Exec(long exit, String output) {
    }

    private static Exec exec(DockerClient docker, String container, String... command) throws Exception {
        ExecCreateCmdResponse created = docker.execCreateCmd(container).withCmd(command).withAttachStdout(true).withAttachStderr(true).exec();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        docker.execStartCmd(created.getId()).exec(new com.github.dockerjava.api.async.ResultCallback.Adapter<Frame>() {
            @Override
            public void onNext(Frame frame) {
                out.writeBytes(frame.getPayload());
            }
        }).awaitCompletion(30, TimeUnit.SECONDS);
        Long exit = docker.inspectExecCmd(created.getId()).exec().getExitCodeLong();
        return new Exec(exit == null ? -1 : exit, out.toString(StandardCharsets.UTF_8));
    }
}
