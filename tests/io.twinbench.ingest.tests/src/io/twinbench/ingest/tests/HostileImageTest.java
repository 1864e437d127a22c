package io.twinbench.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.twinbench.ingest.image.ImageImporter;
import io.twinbench.inventory.ArchiveLimits;
import io.twinbench.inventory.ImagePolicy;
import io.twinbench.inventory.SecretRedactor;
import io.twinbench.model.twin.Twin;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.TwinStore;

/** An imported root is hostile: its links never lead out of it, and an archive bomb is refused. */
class HostileImageTest {

    @TempDir
    Path dir;

    private TwinStore store;

    @BeforeEach
    void open() {
        store = TwinStore.open(StoreLocation.embeddedIn(dir.resolve("ws")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ImageImporter importer(ArchiveLimits limits) {
        return new ImageImporter(ImagePolicy.defaults(), SecretRedactor.defaults(), Clock.systemUTC(), limits);
    }

    /**
     * Appends to a tar, with the real tar tool, entries made in a directory of their own: name,
     * then link target (for "->" entries) or content. Appending lets a later entry's path pass
     * through what an earlier entry made a link.
     */
    private Path tar(String name, String... entries) throws IOException, InterruptedException {
        Path file = dir.resolve(name);
        Path staging = Files.createTempDirectory(dir, "entries");
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < entries.length; i += 2) {
            Path path = staging.resolve(entries[i]);
            Files.createDirectories(path.getParent());
            if (entries[i + 1].startsWith("->")) {
                Files.createSymbolicLink(path, Path.of(entries[i + 1].substring(2)));
            } else {
                Files.writeString(path, entries[i + 1]);
            }
            names.add(entries[i]);
        }
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("tar", Files.exists(file) ? "-rf" : "-cf",
                file.toString(), "-C", staging.toString()));
        command.addAll(names);
        Process p = new ProcessBuilder(command).inheritIO().start();
        assertEquals(0, p.waitFor());
        return file;
    }

    @Test
    void anArchiveCannotWriteThroughItsLinksOutOfTheScratchDirectory() throws Exception {
        Path outside = Files.createDirectory(dir.resolve("victim-ssh"));
        tar("evil.tar", "etc/passwd", "root:x:0:0:root:/root:/bin/bash\n",
                "etc/systemd/system/multi-user.target.wants/pwn", "->" + outside);
        Path archive = tar("evil.tar", "etc/systemd/system/multi-user.target.wants/pwn/authorized_keys", "ssh-ed25519 AAAA attacker\n");
        IOException refused = assertThrows(IOException.class, () -> importer(ArchiveLimits.DEFAULT).importInto(store, archive, "evil", "evil"));
        assertTrue(refused.getMessage().contains("evil.tar: entry 'etc/systemd/system/multi-user.target.wants/pwn/authorized_keys'"),
                refused.getMessage());
        try (var left = Files.list(outside)) {
            assertEquals(0, left.count(), "nothing was written outside the scratch directory");
        }
        assertTrue(store.snapshots().latest("evil").isEmpty(), "and no half-imported twin is left");
    }

    @Test
    void anEnablementLinkStillEnablesItsUnitButIsNoLinkOnThisMachine() throws Exception {
        Path archive = tar("ok.tar",
                "lib/systemd/system/ssh.service", "[Service]\nExecStart=/usr/sbin/sshd -D\n",
                "etc/systemd/system/multi-user.target.wants/ssh.service", "->/lib/systemd/system/ssh.service");
        Twin twin = importer(ArchiveLimits.DEFAULT).importInto(store, archive, "ok", "ok").twin();
        assertTrue(((io.twinbench.model.twin.Service) twin.findElement("svc/ssh.service")).isEnabled());
    }

    @Test
    void tooManyEntriesOrTooManyBytesAreRefusedAsABomb() throws Exception {
        String[] many = new String[2 * 50];
        for (int i = 0; i < 50; i++) {
            many[2 * i] = "usr/share/doc/f" + i;
            many[2 * i + 1] = "x";
        }
        Path crowded = tar("crowded.tar", many);
        IOException entries = assertThrows(IOException.class, () -> importer(new ArchiveLimits(20, 1 << 20)).importInto(store, crowded, "c", "c"));
        assertTrue(entries.getMessage().contains("crowded.tar: more than 20 entries (at 'usr/share/doc/f20')"), entries.getMessage());

        Path heavy = tar("heavy.tar", "usr/share/a", "a".repeat(600), "usr/share/b", "b".repeat(600));
        IOException bytes = assertThrows(IOException.class, () -> importer(new ArchiveLimits(100, 1000)).importInto(store, heavy, "h", "h"));
        assertTrue(bytes.getMessage().contains("heavy.tar: its entries hold more than") && bytes.getMessage().contains("'usr/share/b'"),
                bytes.getMessage());
    }

    @Test
    void aRootDirectorysLinksResolveInsideItNeverOnThisMachine() throws Exception {
        Path hostEtc = Files.createDirectories(dir.resolve("host/etc"));
        Files.writeString(hostEtc.resolve("passwd"), "analyst:x:1000:1000::/home/analyst:/bin/bash\n");
        Files.createDirectories(hostEtc.resolve("ssh"));
        Files.writeString(hostEtc.resolve("ssh/sshd_config"), "PermitRootLogin yes\n");
        Path root = Files.createDirectories(dir.resolve("root"));
        Files.createDirectories(root.resolve("var/lib/dpkg"));
        Files.writeString(root.resolve("var/lib/dpkg/status"), "Package: libc6\nStatus: install ok installed\nVersion: 2.36\n");
        // absolute and climbing links both point at the analyst's own /etc as seen from the host
        Files.createSymbolicLink(root.resolve("etc"), hostEtc);
        Files.createDirectories(root.resolve("usr/lib"));
        Files.createSymbolicLink(root.resolve("usr/lib/os-release"), Path.of("../../../host/etc/passwd"));
        Twin twin = importer(ArchiveLimits.DEFAULT).importInto(store, root, "linked", "linked").twin();
        assertNull(twin.findElement("user/analyst"), "the host's passwd is not read through the root's link");
        assertNull(twin.findElement("cfg/etc/ssh/sshd_config"), "nor its configuration");
        assertFalse(twin.findElement("os").getName().contains("analyst"), twin.findElement("os").getName());
        assertTrue(twin.findElement("pkg/libc6") != null, "what is inside the root is read");
    }

    @Test
    void aLinkInsideTheRootIsFollowedThereAndAFifoIsNeverOpened() throws Exception {
        Path root = Files.createDirectories(dir.resolve("root2"));
        Files.createDirectories(root.resolve("usr/lib"));
        Files.writeString(root.resolve("usr/lib/os-release"), "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n");
        Files.createDirectories(root.resolve("etc"));
        // as on Debian: an absolute link that means the root's own file
        Files.createSymbolicLink(root.resolve("etc/os-release"), Path.of("/usr/lib/os-release"));
        Process mkfifo = new ProcessBuilder("mkfifo", root.resolve("etc/passwd").toString()).start();
        assertEquals(0, mkfifo.waitFor());
        Twin twin = importer(ArchiveLimits.DEFAULT).importInto(store, root, "fifo", "fifo").twin();
        assertTrue(twin.findElement("os").getName().contains("bookworm"), twin.findElement("os").getName());
    }
}
