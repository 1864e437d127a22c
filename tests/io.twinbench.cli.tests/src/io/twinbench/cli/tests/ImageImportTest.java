package io.twinbench.cli.tests;

import static io.twinbench.cli.tests.CommandRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.twinbench.model.twin.ConfigurationItem;
import io.twinbench.model.twin.DependencyType;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.Service;
import io.twinbench.model.twin.SoftwarePackage;
import io.twinbench.model.twin.Twin;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.TwinStore;

/** `twinbench image import` on a small Debian-shaped root, as a directory and as a tar archive. */
class ImageImportTest {

    @TempDir
    Path dir;


    private Path root() throws Exception {
        Path root = dir.resolve("root");
        write(root, "etc/os-release", "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nNAME=\"Debian GNU/Linux\"\nVERSION_ID=\"12\"\nVERSION_CODENAME=bookworm\n");
        write(root, "etc/passwd", "root:x:0:0:root:/root:/bin/bash\nsshd:x:100:65534::/run/sshd:/usr/sbin/nologin\n");
        write(root, "var/lib/dpkg/status", """
                Package: libc6
                Status: install ok installed
                Version: 2.36-9
                Architecture: amd64

                Package: openssh-server
                Status: install ok installed
                Version: 1:9.2p1-2
                Architecture: amd64
                Depends: libc6 (>= 2.34), missing-lib | libc6
                Description: secure shell server
                 a continuation line

                Package: removed-thing
                Status: deinstall ok config-files
                Version: 1.0
                """);
        write(root, "lib/systemd/system/ssh.service", """
                [Unit]
                Description=OpenBSD Secure Shell server
                After=network.target auditd.service
                Requires=ssh-keygen.service
                [Service]
                ExecStart=/usr/sbin/sshd -D --token=hunter2
                """);
        write(root, "lib/systemd/system/ssh-keygen.service", "[Unit]\nDescription=keys\n");
        write(root, "etc/systemd/system/multi-user.target.wants/.keep", "");
        Files.createSymbolicLink(root.resolve("etc/systemd/system/multi-user.target.wants/ssh.service"), Path.of("/lib/systemd/system/ssh.service"));
        write(root, "etc/ssh/sshd_config", "PermitRootLogin no\n");
        return root;
    }

    private static void write(Path root, String relative, String content) throws Exception {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private Twin stored(Path workspace, String id) {
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(workspace))) {
            assertTrue(store.inventories().changes(id, Instant.EPOCH, Instant.now().plusSeconds(1), 1000).size() > 5, "the import is in the history");
            return store.snapshots().latest(id).orElseThrow();
        }
    }

    @Test
    void aRootDirectoryBecomesATwinWithPackagesUnitsUsersAndConfiguration() throws Exception {
        Path workspace = dir.resolve("ws");
        CommandRun run = run("image", "import", root().toString(), "--id", "web-image", "--data", workspace.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("packages") && run.out().contains("2"), run.out());
        assertTrue(run.out().matches("(?s).*\\n\\s*packages\\s+2\\n.*"), "two installed packages counted: " + run.out());
        Twin twin = stored(workspace, "web-image");

        SoftwarePackage ssh = (SoftwarePackage) twin.findElement("pkg/openssh-server");
        assertEquals("1:9.2p1-2", ssh.getVersion());
        assertNotNull(twin.findElement("pkg/libc6"));
        assertEquals(null, twin.findElement("pkg/removed-thing"), "only installed packages");
        assertTrue(edge(twin, "pkg/openssh-server", DependencyType.REQUIRES, "pkg/libc6"));

        Service unit = (Service) twin.findElement("svc/ssh.service");
        assertTrue(unit.isEnabled(), "linked from multi-user.target.wants");
        assertTrue(edge(twin, "svc/ssh.service", DependencyType.REQUIRES, "svc/ssh-keygen.service"));
        assertEquals("network.target auditd.service", property(unit, "after"));
        assertEquals("/usr/sbin/sshd -D --token=***", property(unit, "execStart"), "secrets are redacted before the store");

        assertNotNull(twin.findElement("user/sshd"));
        ConfigurationItem sshd = (ConfigurationItem) twin.findElement("cfg/etc/ssh/sshd_config");
        assertEquals(64, sshd.getSha256().length());
        assertEquals("PermitRootLogin no", sshd.getValue(), "sshd_config may travel with its content");
        assertTrue(twin.findElement("os").getName().contains("bookworm"));
    }

    @Test
    void aTarArchiveGivesTheSameTwinAndANonImageIsRefusedByName() throws Exception {
        Path root = root();
        Path tar = dir.resolve("root.tar.gz");
        Process p = new ProcessBuilder("tar", "-czf", tar.toString(), "-C", root.toString(), ".").inheritIO().start();
        assertEquals(0, p.waitFor());
        Path workspace = dir.resolve("ws");
        assertEquals(0, run("image", "import", root.toString(), "--id", "from-dir", "--data", workspace.toString()).code());
        CommandRun fromTar = run("image", "import", tar.toString(), "--data", workspace.toString());
        assertEquals(0, fromTar.code(), fromTar.err());
        Twin a = stored(workspace, "from-dir");
        Twin b = stored(workspace, "image-root");
        assertEquals(a.getElements().stream().map(Element::getId).sorted().toList(), b.getElements().stream().map(Element::getId).sorted().toList());
        assertTrue(((Service) b.findElement("svc/ssh.service")).isEnabled(), "the .wants link survives");

        Path notAnImage = dir.resolve("notes.txt");
        Files.writeString(notAnImage, "hello");
        CommandRun refused = run("image", "import", notAnImage.toString(), "--data", workspace.toString());
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("notes.txt is neither a directory nor a tar archive"), refused.err());
    }

    private static boolean edge(Twin twin, String from, DependencyType type, String to) {
        return twin.getDependencies().stream().anyMatch(d -> d.getType() == type && d.getSource().getId().equals(from) && d.getTarget().getId().equals(to));
    }

    private static String property(Element element, String key) {
        return element.getProperties().stream().filter(p -> key.equals(p.getKey())).map(p -> p.getValue()).findFirst().orElse(null);
    }
}
