package io.twinbench.remedy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.twinbench.remedy.apply.CheckRunner;
import io.twinbench.remedy.apply.Host;
import io.twinbench.remedy.apply.LocalHost;
import io.twinbench.remedy.apply.PlanRunner;
import io.twinbench.remedy.apply.Steps;
import io.twinbench.remedy.plan.Plan;
import io.twinbench.remedy.plan.PlanDocument;
import io.twinbench.remedy.plan.PlanReader;

/**
 * Real dpkg on a copy of the tests' Debian root (debootstrap): a package built here in two
 * versions with dpkg-deb is upgraded from an artifact and rolled back to the exact previous
 * version, with the administrator's edit of its conffile kept, without any repository.
 */
class PackageRollbackTest {

    private static Path root;
    private static Host host;
    private static Path artifacts;
    private static long version = 1;

    @BeforeAll
    static void debianRoot() throws Exception {
        String rootfs = System.getenv("TWINBENCH_TEST_ROOTFS");
        Needed.needs(rootfs != null && Files.isDirectory(Path.of(rootfs)), "a Debian root from debootstrap (./twinbench test provides it)");
        Needed.needs("root".equals(System.getProperty("user.name")), "root, to chroot into the Debian root");
        root = Files.createTempDirectory("twinbench-endpoint");
        LocalHost here = new LocalHost(Path.of("/"));
        Host.CommandResult copied = here.run(List.of("cp", "-a", rootfs + "/.", root.toString()), Duration.ofMinutes(5));
        assertTrue(copied.ok(), copied.output());
        host = new ChrootHost(root);
        artifacts = root.resolve("var/lib/twinbench-agent/artifacts");
        Files.createDirectories(artifacts);
        for (String v : List.of("1.0", "2.0", "3.0")) {
            build(here, v);
        }
    }

    /**
     * Version 1.0 freshly installed and its conffile edited. Fresh each time: after a rollback dpkg
     * counts the restored edit as the package's own conffile (as after dpkg-repack), which would
     * change what a later upgrade in another test does with it.
     */
    @BeforeEach
    void version1EditedByTheAdministrator() throws Exception {
        host.run(List.of("dpkg", "--purge", "twb-hello"), Duration.ofMinutes(2));
        assertTrue(host.run(List.of("dpkg", "-i", "/var/lib/twinbench-agent/artifacts/twb-hello_1.0_all.deb"), Duration.ofMinutes(2)).ok());
        Files.writeString(root.resolve("etc/twb-hello.conf"), "greeting = edited by the administrator\n");
    }

    @AfterAll
    static void removeRoot() throws Exception {
        if (root != null) {
            new LocalHost(Path.of("/")).run(List.of("rm", "-rf", "--one-file-system", root.toString()), Duration.ofMinutes(2));
        }
    }

    private static void build(LocalHost here, String v) throws Exception {
        Path staging = Files.createTempDirectory("twb-hello-" + v);
        Files.createDirectories(staging.resolve("DEBIAN"));
        Files.createDirectories(staging.resolve("usr/share/twb-hello"));
        Files.createDirectories(staging.resolve("etc"));
        Files.writeString(staging.resolve("DEBIAN/control"), """
                Package: twb-hello
                Version: %s
                Architecture: all
                Maintainer: Twinbench tests <tests@twinbench.invalid>
                Description: a package the plan tests upgrade and roll back
                """.formatted(v));
        Files.writeString(staging.resolve("DEBIAN/conffiles"), "/etc/twb-hello.conf\n");
        Files.writeString(staging.resolve("etc/twb-hello.conf"), "greeting = hello " + v + "\n");
        Files.writeString(staging.resolve("usr/share/twb-hello/version"), v + "\n");
        Host.CommandResult built = here.run(List.of("dpkg-deb", "--root-owner-group", "--build", staging.toString(),
                artifacts.resolve("twb-hello_" + v + "_all.deb").toString()), Duration.ofMinutes(1));
        assertTrue(built.ok(), built.output());
        here.run(List.of("rm", "-rf", staging.toString()), Duration.ofMinutes(1));
    }

    private Plan plan(String operation, String name, String artifact, String expectedVersionFile) throws Exception {
        String sha = artifact == null ? null : PlanDocument.sha256(Files.readAllBytes(artifacts.resolve(artifact)));
        return new PlanReader().read("upgrade.yaml", """
                title: %s %s
                targets: {endpoints: [web-01]}
                %s
                actions:
                  - package: %s
                    %s: %s
                checks:
                  - file: /usr/share/twb-hello/version
                    sha256: %s
                """.formatted(operation, name, artifact == null ? "" : "artifacts: [{name: " + artifact + ", sha256: " + sha + "}]", name,
                operation, artifact == null ? "true" : artifact,
                PlanDocument.sha256(expectedVersionFile.getBytes(StandardCharsets.UTF_8))))
                .approvedAs(version++, Instant.now().plusSeconds(600), List.of("web-01"));
    }

    private PlanRunner runner() {
        return new PlanRunner(root.resolve("var/lib/twinbench-agent/plans"), new Steps(host, artifacts::resolve), new CheckRunner(host),
                p -> { }, Clock.systemUTC());
    }

    private String installed() throws Exception {
        Host.CommandResult result = host.run(List.of("dpkg-query", "-W", "-f=${db:Status-Abbrev}${Version}", "twb-hello"), Duration.ofMinutes(1));
        return result.ok() && result.output().startsWith("ii") ? result.output().substring(3).trim() : null;
    }

    @Test
    void anUpgradeRollsBackToTheExactPreviousVersionWithTheAdministratorsConffile() throws Exception {
        PlanRunner runner = runner();
        Plan upgrade = plan("upgrade", "twb-hello", "twb-hello_2.0_all.deb", "2.0\n");
        PlanRunner.Outcome outcome = runner.apply(upgrade);
        assertTrue(outcome.applied(), outcome.reason());
        assertEquals("2.0", installed());
        assertEquals("greeting = edited by the administrator\n", Files.readString(root.resolve("etc/twb-hello.conf")));

        assertTrue(runner.rollback(upgrade.id(), upgrade.version(), "ordered by the workbench"));
        assertEquals("1.0", installed());
        assertEquals("1.0\n", Files.readString(root.resolve("usr/share/twb-hello/version")));
        assertEquals("greeting = edited by the administrator\n", Files.readString(root.resolve("etc/twb-hello.conf")));
    }

    @Test
    void aFailingCheckAfterAnUpgradeRollsItBack() throws Exception {
        PlanRunner.Outcome outcome = runner().apply(plan("upgrade", "twb-hello", "twb-hello_3.0_all.deb", "something else\n"));
        assertFalse(outcome.applied());
        assertTrue(outcome.reason().contains("check 1"), outcome.reason());
        assertEquals("1.0", installed());
        assertEquals("1.0\n", Files.readString(root.resolve("usr/share/twb-hello/version")));
    }

    @Test
    void aRemovedPackageComesBackAndAnArtifactOfAnotherPackageIsRefused() throws Exception {
        PlanRunner runner = runner();
        Plan remove = plan("remove", "twb-hello", null, "gone");
        assertFalse(runner.apply(remove).applied(), "the check fails: the file went with the package");
        assertEquals("1.0", installed());
        assertEquals("greeting = edited by the administrator\n", Files.readString(root.resolve("etc/twb-hello.conf")));

        Plan wrong = plan("install", "cron", "twb-hello_2.0_all.deb", "2.0\n");
        PlanRunner.Outcome outcome = runner.apply(wrong);
        assertFalse(outcome.applied());
        assertEquals("action 1 (install package cron from twb-hello_2.0_all.deb) failed: artifact twb-hello_2.0_all.deb is not a package of cron"
                + " (it holds twb-hello)", outcome.reason());
        assertNull(host.run(List.of("dpkg-query", "-W", "-f=${Version}", "cron"), Duration.ofMinutes(1)).ok() ? null : "cron vanished");
    }
}
