package io.twinbench.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.twinbench.sim.image.ServiceUnit;
import io.twinbench.sim.image.TwinConfigFile;
import io.twinbench.sim.image.TwinInitScript;
import io.twinbench.sim.image.TwinRootArchive;

/** The tar a twin image is imported from, written from a small root without any engine. */
class TwinRootArchiveTest {

    @TempDir
    Path dir;

    private Path root() throws IOException {
        Path root = dir.resolve("root");
        Files.createDirectories(root.resolve("etc/default"));
        Files.createDirectories(root.resolve("lib/systemd/system"));
        Files.createDirectories(root.resolve("etc/systemd/system/multi-user.target.wants"));
        Files.createDirectories(root.resolve("var/log/web"));
        Files.createDirectories(root.resolve("usr/bin"));
        Files.writeString(root.resolve("etc/default/web"), "PORT=80\n");
        Files.writeString(root.resolve("etc/motd"), "hello\n");
        Files.writeString(root.resolve("usr/bin/web"), "#!/bin/sh\n");
        Files.createLink(root.resolve("usr/bin/web2"), root.resolve("usr/bin/web"));
        Files.writeString(root.resolve("lib/systemd/system/web.service"), """
                [Unit]
                After=db.service network.target
                [Service]
                EnvironmentFile=-/etc/default/web
                User=www-data
                ExecStartPre=/usr/bin/web --check
                ExecStart=/usr/bin/web --port $PORT --literal 100%%
                """);
        Files.writeString(root.resolve("lib/systemd/system/db.service"), "[Service]\nType=forking\nExecStart=-/usr/bin/db\n");
        Files.writeString(root.resolve("lib/systemd/system/idle.service"), "[Service]\nExecStart=/usr/bin/idle\n");
        Files.createSymbolicLink(root.resolve("etc/systemd/system/multi-user.target.wants/web.service"), Path.of("/lib/systemd/system/web.service"));
        Files.createSymbolicLink(root.resolve("etc/systemd/system/multi-user.target.wants/db.service"), Path.of("/lib/systemd/system/db.service"));
        return root;
    }

    private static Map<String, TarArchiveEntry> entries(byte[] tar, Map<String, String> contents) throws IOException {
        Map<String, TarArchiveEntry> entries = new LinkedHashMap<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(tar))) {
            for (TarArchiveEntry e; (e = in.getNextEntry()) != null;) {
                entries.put(e.getName(), e);
                if (e.isFile() && !e.isLink()) {
                    contents.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return entries;
    }

    @Test
    void theTwinsChangedConfigurationReplacesTheImagesAndItsEnabledServicesStartInOrder() throws Exception {
        Path root = root();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TwinRootArchive.Written written = new TwinRootArchive(root, List.of(
                new TwinConfigFile("/etc/default/web", "0".repeat(64), "PORT=8080"),
                new TwinConfigFile("/etc/motd", sha256("hello\n"), "this content is not used: the hash matches the image"),
                new TwinConfigFile("/etc/added.conf", "1".repeat(64), "added=yes")), null).writeTo(out);

        Map<String, String> contents = new LinkedHashMap<>();
        Map<String, TarArchiveEntry> entries = entries(out.toByteArray(), contents);
        assertEquals("PORT=8080\n", contents.get("etc/default/web"), "the twin's configuration, not the image's");
        assertEquals("hello\n", contents.get("etc/motd"), "a file the twin did not change stays as the image has it");
        assertEquals("added=yes\n", contents.get("etc/added.conf"));
        assertEquals(List.of("/etc/added.conf", "/etc/default/web"), written.configApplied());

        assertTrue(entries.get("etc/systemd/system/multi-user.target.wants/web.service").isSymbolicLink());
        assertEquals("usr/bin/web", entries.get("usr/bin/web2").getLinkName(), "a hard link stays one");
        assertTrue(entries.get("var/log/web/").isDirectory());
        assertEquals(0755, entries.get(TwinInitScript.PATH).getMode());

        assertEquals(List.of("db.service", "web.service"), written.started().stream().map(ServiceUnit::name).toList(),
                "enabled services only, db before web because web is After=db");
        String init = contents.get(TwinInitScript.PATH);
        assertTrue(init.indexOf("starting db.service") < init.indexOf("starting web.service"), init);
        assertTrue(init.contains("'exec /usr/bin/web --port $PORT --literal 100%'"), init);
        assertTrue(init.contains("'exec /usr/bin/db'"), "systemd's '-' prefix does not reach the shell: " + init);
        assertTrue(init.contains("[ -r '/etc/default/web' ] && . '/etc/default/web'"), init);
        assertTrue(init.contains("as_user 'www-data'"), init);
        assertTrue(init.contains(" /var/log/web\n"), "the log directories come back on the scratch /var/log: " + init);
        assertFalse(init.contains("idle.service"), "a unit nobody enabled is not started");
        assertEquals("db.service\nweb.service\n", contents.get(".twinbench/services"));
    }

    @Test
    void theTwinsServicesChooseWhatStartsAndUnitsMissingFromTheImageAreNamed() throws Exception {
        TwinRootArchive.Written written = new TwinRootArchive(root(), List.of(), Set.of("idle.service", "gone.service"))
                .writeTo(OutputStream.nullOutputStream());
        assertEquals(List.of("idle.service"), written.started().stream().map(ServiceUnit::name).toList());
        assertEquals(List.of("gone.service"), written.notInImage());
    }

    @Test
    void stepsOfSystemdsOwnBootAreNamedAndNotStartedAndARootGivenAsALinkIsFollowed() throws Exception {
        Path root = root();
        Path wants = root.resolve("etc/systemd/system/sysinit.target.wants");
        Files.createDirectories(wants);
        Files.writeString(root.resolve("lib/systemd/system/systemd-journald.service"), "[Service]\nExecStart=/lib/systemd/systemd-journald\n");
        Files.writeString(root.resolve("lib/systemd/system/early.service"), "[Unit]\nDefaultDependencies=no\n[Service]\nExecStart=/usr/bin/early\n");
        Files.writeString(root.resolve("lib/systemd/system/scrub.service"), "[Unit]\nConditionCapability=CAP_SYS_ADMIN\n[Service]\nExecStart=/sbin/scrub\n");
        Files.writeString(root.resolve("lib/systemd/system/getty-static.service"), "[Service]\nType=oneshot\nExecStart=systemctl --no-block start getty@tty2.service\n");
        for (String unit : List.of("systemd-journald.service", "early.service", "scrub.service", "getty-static.service")) {
            Files.createSymbolicLink(wants.resolve(unit), Path.of("/lib/systemd/system/" + unit));
        }
        Path link = dir.resolve("root-link");
        Files.createSymbolicLink(link, root);

        TwinRootArchive.Written written = new TwinRootArchive(link, List.of(), null).writeTo(OutputStream.nullOutputStream());
        assertEquals(List.of("db.service", "web.service"), written.started().stream().map(ServiceUnit::name).toList(),
                "the root behind the link, and the endpoint's own services only");
        assertEquals(List.of("early.service: early boot (DefaultDependencies=no)", "getty-static.service: systemd's own (systemctl)", "scrub.service: needs CAP_SYS_ADMIN, which a twin never has",
                "systemd-journald.service: systemd's own (/lib/systemd/systemd-journald)"), written.bootSteps());
    }

    @Test
    void aChangedFileTheTwinHoldsMaskedOrOnlyByHashCannotBeAppliedAndSaysWhich() throws Exception {
        Path root = root();
        IOException masked = assertThrows(IOException.class, () -> new TwinRootArchive(root,
                List.of(new TwinConfigFile("/etc/default/web", "0".repeat(64), "PASSWORD=***")), null).writeTo(OutputStream.nullOutputStream()));
        assertTrue(masked.getMessage().contains("/etc/default/web") && masked.getMessage().contains("masked"), masked.getMessage());
        IOException hashOnly = assertThrows(IOException.class, () -> new TwinRootArchive(root,
                List.of(new TwinConfigFile("/etc/motd", "0".repeat(64), null)), null).writeTo(OutputStream.nullOutputStream()));
        assertTrue(hashOnly.getMessage().contains("/etc/motd"), hashOnly.getMessage());
    }

    @Test
    void aTarRootIsCopiedAndAnEntryThatLeavesTheRootIsRefusedByName() throws Exception {
        Path good = dir.resolve("good.tar");
        try (OutputStream out = Files.newOutputStream(good)) {
            new TwinRootArchive(root(), List.of(), null).writeTo(out);
        }
        Map<String, String> contents = new LinkedHashMap<>();
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        TwinRootArchive.Written fromTar = new TwinRootArchive(good, List.of(new TwinConfigFile("/etc/motd", "0".repeat(64), "changed")), null)
                .writeTo(again);
        entries(again.toByteArray(), contents);
        assertEquals("changed\n", contents.get("etc/motd"));
        assertEquals(List.of("db.service", "web.service"), fromTar.started().stream().map(ServiceUnit::name).toList(),
                "enabled links and units are read from a tar as from a directory");

        Path evil = dir.resolve("evil.tar");
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(Files.newOutputStream(evil))) {
            TarArchiveEntry entry = new TarArchiveEntry("etc/../../escape");
            entry.setSize(1);
            tar.putArchiveEntry(entry);
            tar.write('x');
            tar.closeArchiveEntry();
        }
        IOException e = assertThrows(IOException.class, () -> new TwinRootArchive(evil, List.of(), null).writeTo(OutputStream.nullOutputStream()));
        assertTrue(e.getMessage().contains("evil.tar") && e.getMessage().contains("etc/../../escape"), e.getMessage());

        IOException missing = assertThrows(IOException.class,
                () -> new TwinRootArchive(dir.resolve("nowhere"), List.of(), null).writeTo(OutputStream.nullOutputStream()));
        assertTrue(missing.getMessage().contains("nowhere"), missing.getMessage());
    }

    @Test
    void aRootWithMoreEntriesOrBytesThanTheLimitsIsRefusedWhereItWentOver() throws Exception {
        Path root = root();
        Path good = dir.resolve("good.tar");
        try (OutputStream out = Files.newOutputStream(good)) {
            new TwinRootArchive(root, List.of(), null).writeTo(out);
        }
        IOException entries = assertThrows(IOException.class, () -> new TwinRootArchive(good, List.of(), null,
                new io.twinbench.inventory.ArchiveLimits(3, 1L << 30)).writeTo(OutputStream.nullOutputStream()));
        assertTrue(entries.getMessage().startsWith("good.tar: more than 3 entries (at '"), entries.getMessage());
        IOException bytes = assertThrows(IOException.class, () -> new TwinRootArchive(root, List.of(), null,
                new io.twinbench.inventory.ArchiveLimits(1000, 10)).writeTo(OutputStream.nullOutputStream()));
        assertTrue(bytes.getMessage().contains("its entries hold more than 10 bytes (at '"), bytes.getMessage());
    }

    static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
