package io.twinbench.remedy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.twinbench.remedy.apply.CheckRunner;
import io.twinbench.remedy.apply.LocalHost;
import io.twinbench.remedy.apply.PlanProgress;
import io.twinbench.remedy.apply.PlanRunner;
import io.twinbench.remedy.apply.Steps;
import io.twinbench.remedy.plan.Plan;
import io.twinbench.remedy.plan.PlanReader;

/** Plans applied to a root directory: files and sysctls change, and come back byte for byte when anything fails. */
class PlanRunnerTest {

    private static final String SSHD = "# keep me\nPort 22\nPermitRootLogin yes\nX11Forwarding yes\n";
    @TempDir
    Path root;
    private final List<PlanProgress> progress = new CopyOnWriteArrayList<>();
    private PlanRunner runner;

    @BeforeEach
    void endpoint() throws Exception {
        Files.createDirectories(root.resolve("etc/ssh"));
        Files.createDirectories(root.resolve("proc/sys/net/ipv4"));
        Files.writeString(root.resolve("etc/ssh/sshd_config"), SSHD);
        Files.setPosixFilePermissions(root.resolve("etc/ssh/sshd_config"), PosixFilePermissions.fromString("rw-r-----"));
        Files.writeString(root.resolve("proc/sys/net/ipv4/tcp_syncookies"), "0\n");
        Files.createDirectories(root.resolve("etc/security/limits.d"));
        Files.writeString(root.resolve("proc/loadavg"), "0.42 0.30 0.20 1/100 4242\n");
        Files.writeString(root.resolve("proc/meminfo"), "MemTotal: 1000 kB\nMemFree: 100 kB\nMemAvailable: 600 kB\n");
        LocalHost host = new LocalHost(root);
        runner = new PlanRunner(root.resolve("var/lib/agent/plans"), new Steps(host, name -> root.resolve("artifacts").resolve(name)),
                new CheckRunner(host), progress::add, Clock.systemUTC());
    }

    private Plan plan(String checks) throws Exception {
        return new PlanReader().read("p.yaml", """
                id: harden
                title: Harden
                targets: {endpoints: [web-01]}
                confirmTimeout: 30s
                actions:
                  - edit: /etc/ssh/sshd_config
                    style: sshd
                    set: {PermitRootLogin: "no"}
                  - write: /etc/issue.net
                    content: "Authorised use only\\n"
                    mode: "0600"
                  - sysctl: net.ipv4.tcp_syncookies
                    value: "1"
                checks:
                %s
                """.formatted(checks)).approvedAs(3, java.time.Instant.now().plusSeconds(600), List.of("web-01"));
    }

    private String read(String path) throws Exception {
        return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
    }

    @Test
    void aPassingPlanIsAppliedAndStaysOnceConfirmed() throws Exception {
        String sha = sha("# keep me\nPort 22\nPermitRootLogin no\nX11Forwarding yes\n");
        PlanRunner.Outcome outcome = runner.apply(plan("  - file: /etc/ssh/sshd_config\n    sha256: " + sha));
        assertTrue(outcome.applied(), outcome.reason());
        assertEquals("# keep me\nPort 22\nPermitRootLogin no\nX11Forwarding yes\n", read("etc/ssh/sshd_config"));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("etc/ssh/sshd_config"))));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("etc/issue.net"))));
        assertEquals("1", read("proc/sys/net/ipv4/tcp_syncookies").strip());
        assertTrue(runner.confirm("harden", 3));
        assertTrue(runner.recover().isEmpty(), "a confirmed plan is finished");
        assertEquals(List.of("applied", "applied", "applied", "passed", "awaiting-confirmation", "confirmed"),
                progress.stream().map(PlanProgress::state).toList());
    }

    @Test
    void aFailingCheckUndoesEveryActionInReverse() throws Exception {
        PlanRunner.Outcome outcome = runner.apply(plan("  - file: /etc/ssh/sshd_config\n    sha256: " + "0".repeat(64)));
        assertFalse(outcome.applied());
        assertTrue(outcome.reason().startsWith("check 1 (/etc/ssh/sshd_config has SHA-256 000000000000…) failed: SHA-256 "), outcome.reason());
        assertRestored();
        assertEquals(List.of(2, 1, 0), progress.stream().filter(p -> p.state().equals(PlanProgress.UNDONE)).map(PlanProgress::index).toList());
        assertFalse(runner.confirm("harden", 3), "a plan rolled back cannot be confirmed");
    }

    @Test
    void aFailingActionUndoesTheOnesBeforeIt() throws Exception {
        Files.delete(root.resolve("proc/sys/net/ipv4/tcp_syncookies"));
        PlanRunner.Outcome outcome = runner.apply(plan("  - process: nothing-like-this"));
        assertFalse(outcome.applied());
        assertEquals("action 3 (sysctl net.ipv4.tcp_syncookies = 1) failed: this kernel has no parameter net.ipv4.tcp_syncookies", outcome.reason());
        assertEquals(SSHD, read("etc/ssh/sshd_config"));
        assertFalse(Files.exists(root.resolve("etc/issue.net")));
    }

    @Test
    void aPlanCutShortIsRolledBackByTheNextStartFromItsJournal() throws Exception {
        // the metric check holds the plan between its actions and its end, as a crash would find it
        Thread applying = new Thread(() -> {
            try {
                runner.apply(plan("  - metric: load1\n    max: 1000000\n    for: 20s"));
            } catch (Exception e) {
                // interrupted below
            }
        });
        applying.start();
        while (progress.size() < 3) {
            Thread.sleep(20);
        }
        LocalHost host = new LocalHost(root);
        PlanRunner afterRestart = new PlanRunner(root.resolve("var/lib/agent/plans"), new Steps(host, name -> null), new CheckRunner(host),
                progress::add, Clock.systemUTC());
        assertTrue(afterRestart.recover().isEmpty());
        assertRestored();
        applying.interrupt();
        applying.join();
    }

    @Test
    void aWaitingPlanSurvivesARestartAndRollsBackWhenOrdered() throws Exception {
        assertTrue(runner.apply(plan("  - metric: memory\n    max: 0.5\n    for: 1s")).applied());
        List<PlanRunner.Waiting> waiting = runner.recover();
        assertEquals(1, waiting.size());
        assertEquals("harden", waiting.get(0).planId());
        assertTrue(runner.rollback("harden", 3, "the workbench did not confirm within 30 s"));
        assertRestored();
        assertEquals("the workbench did not confirm within 30 s", progress.get(progress.size() - 1).detail());
    }

    @Test
    void aProcessLimitGetsAFileOfItsOwnThatARollbackRemoves() throws Exception {
        Plan plan = new PlanReader().read("limit.yaml", """
                id: limit
                title: Bound open files
                targets: {endpoints: [web-01]}
                actions:
                  - limit: nofile
                    for: www-data
                    value: 65536
                checks:
                  - file: /etc/hostname
                    sha256: %s
                """.formatted("0".repeat(64))).approvedAs(4, java.time.Instant.now().plusSeconds(600), List.of("web-01"));
        Path file = root.resolve("etc/security/limits.d/90-twinbench-www-data-nofile.conf");
        // what the file held when the action reported itself applied, before the check failed
        List<String> seen = new CopyOnWriteArrayList<>();
        LocalHost host = new LocalHost(root);
        PlanRunner observed = new PlanRunner(root.resolve("var/lib/agent/plans"), new Steps(host, name -> null), new CheckRunner(host), p -> {
            progress.add(p);
            if (p.state().equals(PlanProgress.APPLIED)) {
                try {
                    seen.add(Files.readString(file));
                } catch (java.io.IOException e) {
                    seen.add("missing");
                }
            }
        }, Clock.systemUTC());
        assertFalse(observed.apply(plan).applied());
        assertEquals(List.of("www-data - nofile 65536\n"), seen);
        assertFalse(Files.exists(file), "the failed check removed it again");
        assertEquals(PlanProgress.ROLLED_BACK, progress.get(progress.size() - 1).state());
    }

    private void assertRestored() throws Exception {
        assertEquals(SSHD, read("etc/ssh/sshd_config"));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("etc/ssh/sshd_config"))));
        assertFalse(Files.exists(root.resolve("etc/issue.net")), "a file the plan created is gone");
        assertEquals("0", read("proc/sys/net/ipv4/tcp_syncookies").strip());
    }

    private static String sha(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
