package io.twinbench.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.twinbench.model.twin.ConfigurationItem;
import io.twinbench.model.twin.OperatingSystem;
import io.twinbench.model.twin.SoftwarePackage;
import io.twinbench.model.twin.Twin;
import io.twinbench.model.twin.TwinFactory;
import io.twinbench.sim.docker.DockerEngine;
import io.twinbench.sim.image.RootFromInventory;
import io.twinbench.sim.image.TwinImageBuilder;
import io.twinbench.sim.image.TwinImageRegistry;
import io.twinbench.sim.image.TwinImageRequests;
import io.twinbench.sim.run.RunningTwin;
import io.twinbench.sim.run.TwinContainers;
import io.twinbench.sim.run.TwinLimits;

/**
 * A twin known only by what its agent captured (release, packages, configuration) gets a root
 * made by a real debootstrap from a Debian mirror, an image from it with the captured
 * configuration, and runs its services.
 */
class RootFromInventoryTest {

    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path cache;

    private static Twin captured(String id, String family, String version, String... packages) {
        TwinFactory f = TwinFactory.eINSTANCE;
        Twin twin = f.createTwin();
        twin.setId(id);
        OperatingSystem os = f.createOperatingSystem();
        os.setId("os");
        os.setFamily(family);
        os.setVersion(version);
        twin.getElements().add(os);
        for (String p : packages) {
            SoftwarePackage pkg = f.createSoftwarePackage();
            pkg.setId("pkg/" + p);
            pkg.setName(p);
            pkg.setVersion("0.1-endpoint");
            pkg.setArchitecture("amd64");
            pkg.setManager("dpkg");
            twin.getElements().add(pkg);
        }
        return twin;
    }

    @Test
    void aReleaseThatIsNotDebianOrWithoutACodenameIsRefusedWithTheReason() {
        IOException fedora = assertThrows(IOException.class, () -> RootFromInventory.suite(captured("f", "Fedora Linux", "40 (Forty)")));
        assertTrue(fedora.getMessage().contains("only Debian and Ubuntu"), fedora.getMessage());
        IOException bare = assertThrows(IOException.class, () -> RootFromInventory.suite(captured("d", "Debian GNU/Linux", "12")));
        assertTrue(bare.getMessage().contains("names no release"), bare.getMessage());
    }

    @Test
    void theCapturedReleaseAndPackagesBecomeARootAndARunningTwinWithTheCapturedConfiguration() throws Exception {
        String docker = System.getenv("TWINBENCH_TEST_DOCKER");
        // the tests' Debian root comes from debootstrap: where it was made, debootstrap runs
        Needed.needs(docker != null && System.getenv("TWINBENCH_TEST_ROOTFS") != null,
                "no Docker engine and debootstrap: ./twinbench test provides them");
        Twin twin = captured("inv-" + Long.toString(System.nanoTime(), 36), "Debian GNU/Linux", "12 (bookworm)", "cron", "twinbench-no-such-package");
        ConfigurationItem cronDefaults = TwinFactory.eINSTANCE.createConfigurationItem();
        cronDefaults.setId("cfg/etc/default/cron");
        cronDefaults.setPath("/etc/default/cron");
        cronDefaults.setSha256("0".repeat(64));
        cronDefaults.setValue("EXTRA_OPTS=\"-L 15\"");
        twin.getElements().add(cronDefaults);

        List<String> progress = new ArrayList<>();
        RootFromInventory roots = new RootFromInventory(cache, RootFromInventory.debianMirror());
        RootFromInventory.Made made = roots.make(twin, progress::add, () -> false);
        assertEquals("bookworm", made.suite());
        assertEquals(List.of("twinbench-no-such-package"), made.notInMirror(), "left out, and said: " + progress);
        assertTrue(Files.isRegularFile(made.root().resolve("usr/sbin/cron")), "cron installed in " + made.root());
        assertTrue(made.otherVersion().stream().anyMatch(v -> v.startsWith("cron ") && v.endsWith("(the endpoint has 0.1-endpoint)")), made.otherVersion()
                .toString());
        assertFalse(made.reused());
        RootFromInventory.Made again = roots.make(twin, line -> { }, () -> false);
        assertTrue(again.reused(), "the same release and packages come from the cache");
        assertEquals(made.notInMirror(), again.notInMirror());

        DockerEngine engine = new DockerEngine(docker, Duration.ofMinutes(5));
        TwinImageBuilder.Built built = new TwinImageBuilder(engine, CLOCK).build(TwinImageRequests.of(twin, 1, made.root()), () -> false);
        try (TwinContainers containers = new TwinContainers(engine, CLOCK)) {
            assertEquals(List.of("/etc/default/cron"), built.archive().configApplied());
            RunningTwin running = containers.start(built.image(), TwinLimits.of(1, 256L << 20, 2, 8L << 30), Duration.ofSeconds(60));
            try {
                assertTrue(containers.output(running.containerId()).contains("twinbench: starting cron.service"), containers.output(running.containerId()));
                assertEquals("EXTRA_OPTS=\"-L 15\"\n", containers.exec(running.containerId(), Duration.ofSeconds(10), "cat", "/etc/default/cron"));
            } finally {
                containers.stop(running.containerId());
            }
        } finally {
            new TwinImageRegistry(engine, CLOCK).remove(built.image().id());
        }
    }

    /** The mount points under dir, from this process's mount table. */
    private static List<String> mountsUnder(Path dir) throws IOException {
        String base = dir.toAbsolutePath().toString();
        return Files.readAllLines(Path.of("/proc/self/mountinfo")).stream().map(l -> l.split(" ")[4]).filter(m -> m.startsWith(base)).toList();
    }

    @Test
    void aDebootstrapCancelledWhileItHasTheHostsFileSystemsMountedLeavesNothingMountedNorBehind() throws Exception {
        Needed.needs(System.getenv("TWINBENCH_TEST_ROOTFS") != null, "debootstrap (./twinbench test provides it)");
        Twin twin = captured("cancel-" + Long.toString(System.nanoTime(), 36), "Debian GNU/Linux", "12 (bookworm)");
        RootFromInventory roots = new RootFromInventory(cache, RootFromInventory.debianMirror());
        boolean[] sawMounts = {false};
        // cancelled the moment debootstrap's second stage has mounted /proc or /sys inside the root
        assertThrows(java.util.concurrent.CancellationException.class, () -> roots.make(twin, line -> { }, () -> {
            try {
                sawMounts[0] |= !mountsUnder(cache).isEmpty();
            } catch (IOException e) {
                return true;
            }
            return sawMounts[0];
        }));
        assertTrue(sawMounts[0], "debootstrap had mounted file systems in the root when it was cancelled");
        assertEquals(List.of(), mountsUnder(cache), "nothing is left mounted");
        try (var left = Files.list(cache)) {
            assertEquals(0, left.count(), "and the half-made root is gone");
        }
        assertTrue(Files.isDirectory(Path.of("/proc/self")), "the host's /proc is untouched");
    }

    @Test
    void aMirrorsSignaturesAreCheckedAgainstTheReleasesKeyring() throws Exception {
        assertEquals("/usr/share/keyrings/debian-archive-keyring.gpg", RootFromInventory.keyring("bookworm"));
        Path ubuntuKeys = Path.of("/usr/share/keyrings/ubuntu-archive-keyring.gpg");
        if (Files.exists(ubuntuKeys)) {
            assertEquals(ubuntuKeys.toString(), RootFromInventory.keyring("noble"));
        } else {
            IOException missing = assertThrows(IOException.class, () -> RootFromInventory.keyring("noble"));
            assertTrue(missing.getMessage().contains("ubuntu-archive-keyring.gpg is missing (apt install ubuntu-keyring)"), missing.getMessage());
        }
    }
}
