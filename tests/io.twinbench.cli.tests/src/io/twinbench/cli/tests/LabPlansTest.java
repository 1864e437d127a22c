package io.twinbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.twinbench.ingest.collector.Collector;
import io.twinbench.ingest.collector.CollectorListener;
import io.twinbench.ingest.collector.CollectorTls;
import io.twinbench.ingest.collector.TrustRootFile;
import io.twinbench.ingest.enrol.CertificateAuthority;
import io.twinbench.ingest.enrol.Enrollment;
import io.twinbench.remedy.plan.Plan;
import io.twinbench.remedy.plan.PlanReader;
import io.twinbench.remedy.trust.Envelope;
import io.twinbench.remedy.trust.PlanStatement;
import io.twinbench.remedy.trust.SigningKey;
import io.twinbench.remedy.trust.TrustRoot;
import io.twinbench.sim.docker.DockerEngine;
import io.twinbench.sim.lab.LabEndpoint;
import io.twinbench.sim.lab.LabFleet;
import io.twinbench.store.PlanDeliveries;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.TwinStore;

/**
 * Plans on a real agent in a lab endpoint (a container of the tests' Debian root with lighttpd
 * and cron, no network, reaching a real collector over a relay on loopback), pushed through the
 * store as ./twinbench plan push does: applied and confirmed; rolled back by a failing check, by
 * a kill -9 of the agent in the middle, by a connection cut before confirmation; and each
 * attack on the signature refused with its reason and nothing changed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LabPlansTest {

    private static final String ENDPOINT = "web-1";
    private static Path workspace;
    private static TwinStore store;
    private static Collector collector;
    private static LabFleet lab;
    private static SigningKey alice = SigningKey.generate("alice");
    // a four-eyes root with one approver on each scheme: the agent verifies ECDSA P-256 and Ed25519
    private static SigningKey bob = SigningKey.generate(io.twinbench.remedy.trust.KeyAlgorithm.ECDSA_P256, "bob");
    private static TrustRoot root;
    private static long version = 100;

    @BeforeAll
    static void labEndpoint() throws Exception {
        String docker = System.getenv("TWINBENCH_TEST_DOCKER");
        String rootfs = System.getenv("TWINBENCH_TEST_ROOTFS");
        Needed.needs(docker != null && rootfs != null, "a Docker engine and the tests' Debian root (./twinbench test provides both)");
        workspace = Files.createTempDirectory("twinbench-lab-plans");
        store = TwinStore.open(StoreLocation.fromEnvironment(java.util.Map.of(), workspace));
        CertificateAuthority ca = CertificateAuthority.openOrCreate(workspace.resolve(".twinbench/ca"), Clock.systemUTC());
        Enrollment enrollment = new Enrollment(ca, store.enrollments(), Clock.systemUTC());
        root = new TrustRoot(1, 1, List.of(alice.publicKey(), bob.publicKey()), null);
        writeRoot(signedRoot(root, alice));
        collector = new Collector(CollectorTls.issue(ca, List.of("127.0.0.1")), enrollment, store, new CollectorListener() { }, Clock.systemUTC());
        collector.trustRoot(TrustRootFile.reader(TrustRootFile.in(workspace.resolve(".twinbench"))));
        collector.start(new InetSocketAddress("127.0.0.1", 0));
        lab = new LabFleet(new DockerEngine(docker, Duration.ofSeconds(60)), Clock.systemUTC());
        List<LabEndpoint> up = lab.up("web", 1, Path.of(rootfs), LabFleet.Software.forAgent(agentJar(), agentJar().getParent().getParent().resolve("packaging"),
                List.of("lighttpd", "cron"), 2), id -> {
                    try {
                        return enrollment.newToken(Duration.ofMinutes(10), id).value();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, new InetSocketAddress("127.0.0.1", collector.port()));
        assertEquals(ENDPOINT, up.get(0).name());
        await("the lab agent to enrol and stream", Duration.ofSeconds(120), LabPlansTest::streaming);
        // the workspace had its root before the agent enrolled: it came with the certificate
        assertTrue(lab.logs(ENDPOINT).contains("keeps root of trust version 1 received at enrolment"), lab.logs(ENDPOINT));
    }

    @AfterAll
    static void removeLab() throws Exception {
        if (lab != null) {
            lab.down();
            lab.close();
        }
        if (collector != null) {
            collector.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private static boolean streaming() {
        try {
            return store.agentStreams().lastSeq(ENDPOINT) > 0;
        } catch (io.twinbench.store.StoreException e) {
            return false; // not enrolled yet
        }
    }

    static Path agentJar() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("agent/pom.xml"))) {
                return dir.resolve("agent/target/twinbench-agent.jar");
            }
        }
        return fail("no agent/ above " + System.getProperty("user.dir"));
    }

    private static Envelope signedRoot(TrustRoot trustRoot, SigningKey... keys) {
        Envelope envelope = trustRoot.envelope();
        for (SigningKey key : keys) {
            envelope = envelope.withSignature(key.sign(envelope));
        }
        return envelope;
    }

    private static void writeRoot(Envelope envelope) throws Exception {
        Path file = TrustRootFile.in(workspace.resolve(".twinbench"));
        Files.createDirectories(file.getParent());
        Files.write(file, envelope.toJson());
    }

    private static Plan plan(String yaml, Instant expires, String endpoint) throws Exception {
        return new PlanReader().read("lab.yaml", yaml).approvedAs(++version, expires, List.of(endpoint));
    }

    private static Envelope sign(Plan plan, SigningKey... keys) {
        Envelope envelope = PlanStatement.unsigned(plan);
        for (SigningKey key : keys) {
            envelope = envelope.withSignature(key.sign(envelope));
        }
        return envelope;
    }

    /** As ./twinbench plan push stores it; the collector sends it within a second. */
    private static PlanDeliveries.Delivery push(Plan plan, Envelope envelope, Predicate<PlanDeliveries.Delivery> done) throws Exception {
        assertTrue(store.plans().push(ENDPOINT, plan.id(), plan.version(), plan.title(), envelope.toJson(), Instant.now().plusSeconds(3600), "test",
                Instant.now()));
        return await("plan " + plan.id(), Duration.ofSeconds(120), () -> store.plans().get(ENDPOINT, plan.id(), plan.version()).filter(done).orElse(null));
    }

    /** Pushes the plan and returns once the agent reported its (one) action applied, while its check still runs. */
    private static void pushAndAwaitTheAction(Plan plan) throws Exception {
        store.plans().push(ENDPOINT, plan.id(), plan.version(), plan.title(), sign(plan, alice).toJson(), Instant.now().plusSeconds(3600), "test",
                Instant.now());
        await("the action to be applied", Duration.ofSeconds(60), () -> store.plans().reports(ENDPOINT, plan.id(), plan.version()).stream()
                .anyMatch(r -> r.kind().equals("ACTION") && r.state().equals("applied")));
    }

    private static boolean finished(PlanDeliveries.Delivery d) {
        return List.of("confirmed", "rolled-back", "refused").contains(d.state());
    }

    private static String exec(String... command) throws Exception {
        return lab.exec(ENDPOINT, command);
    }

    @Test
    @Order(1)
    void aConfigChangeAndAServiceRestartAreAppliedAndConfirmed() throws Exception {
        Plan plan = plan("""
                id: lighttpd-tag
                title: Hide the server's version
                targets: {endpoints: [web-1]}
                confirmTimeout: 60s
                actions:
                  - edit: /etc/lighttpd/lighttpd.conf
                    style: ini
                    set: {server.tag: '"twinbench-lab"'}
                  - service: lighttpd
                    do: restart
                checks:
                  - tcp: 127.0.0.1:80
                  - process: lighttpd
                """, Instant.now().plusSeconds(600), ENDPOINT);
        PlanDeliveries.Delivery done = push(plan, sign(plan, alice), LabPlansTest::finished);
        assertEquals("confirmed", done.state(), done.detail() + "\n" + store.plans().reports(ENDPOINT, plan.id(), plan.version()));
        assertTrue(exec("grep", "-c", "server.tag = \"twinbench-lab\"", "/etc/lighttpd/lighttpd.conf").strip().equals("1"));
        List<String> states = store.plans().reports(ENDPOINT, plan.id(), plan.version()).stream().map(r -> r.kind() + ":" + r.state()).toList();
        assertEquals(List.of("PLAN:accepted", "ACTION:applied", "ACTION:applied", "CHECK:passed", "CHECK:passed", "PLAN:awaiting-confirmation",
                "PLAN:confirmed"), states);
    }

    @Test
    @Order(2)
    void aFailingCheckRollsEverythingBack() throws Exception {
        String before = exec("cat", "/etc/lighttpd/lighttpd.conf");
        Plan plan = plan("""
                id: break-lighttpd
                title: A port nobody listens on
                targets: {endpoints: [web-1]}
                actions:
                  - edit: /etc/lighttpd/lighttpd.conf
                    style: ini
                    set: {server.port: "8081"}
                  - write: /etc/motd
                    content: "changed by a plan\\n"
                  - service: lighttpd
                    do: restart
                checks:
                  - tcp: 127.0.0.1:80
                """, Instant.now().plusSeconds(600), ENDPOINT);
        PlanDeliveries.Delivery done = push(plan, sign(plan, alice), LabPlansTest::finished);
        assertEquals("rolled-back", done.state());
        assertTrue(done.detail().startsWith("check 1 (port 127.0.0.1:80 answers) failed"), done.detail());
        assertEquals(before, exec("cat", "/etc/lighttpd/lighttpd.conf"));
        assertFalse(exec("cat", "/etc/motd").contains("changed by a plan"));
        assertFalse(exec("pidof", "lighttpd").isBlank(), "lighttpd runs again, restarted on its restored configuration");
    }

    @Test
    @Order(2)
    void aFirewallRuleIsAddedAndOneThatCutsTheWebServerIsTakenOutAgainByItsFailingCheck() throws Exception {
        Plan telnet = plan("""
                id: no-telnet
                title: No telnet from the documentation network
                targets: {endpoints: [web-1]}
                actions:
                  - firewall: add
                    chain: input
                    protocol: tcp
                    port: 23
                    from: 203.0.113.0/24
                    verdict: drop
                checks:
                  - tcp: 127.0.0.1:80
                """, Instant.now().plusSeconds(600), ENDPOINT);
        PlanDeliveries.Delivery kept = push(telnet, sign(telnet, alice), LabPlansTest::finished);
        assertEquals("confirmed", kept.state(), kept.detail() + "\n" + store.plans().reports(ENDPOINT, telnet.id(), telnet.version()));
        String chain = exec("nft", "list", "chain", "inet", "twinbench", "input");
        assertTrue(chain.contains("ip saddr 203.0.113.0/24 tcp dport 23") && chain.contains("drop"), chain);

        Plan cut = plan("""
                id: cut-web
                title: Drops the web server's own port
                targets: {endpoints: [web-1]}
                actions:
                  - firewall: add
                    chain: input
                    protocol: tcp
                    port: 80
                    verdict: drop
                  - firewall: remove
                    chain: input
                    protocol: tcp
                    port: 23
                    from: 203.0.113.0/24
                    verdict: drop
                checks:
                  - tcp: 127.0.0.1:80
                """, Instant.now().plusSeconds(600), ENDPOINT);
        PlanDeliveries.Delivery done = push(cut, sign(cut, alice), LabPlansTest::finished);
        assertEquals("rolled-back", done.state());
        assertTrue(done.detail().startsWith("check 1 (port 127.0.0.1:80 answers) failed"), done.detail());
        // the chain holds again exactly what it held: the telnet rule back in place, no rule for port 80
        assertEquals(chain.replaceAll("packets \\d+ bytes \\d+", ""),
                exec("nft", "list", "chain", "inet", "twinbench", "input").replaceAll("packets \\d+ bytes \\d+", ""));
    }

    @Test
    @Order(3)
    void anAgentKilledInTheMiddleRollsThePlanBackWhenItStartsAgain() throws Exception {
        Plan plan = plan("""
                id: killed
                title: Interrupted by kill -9
                targets: {endpoints: [web-1]}
                actions:
                  - write: /etc/twinbench-killed
                    content: "half done\\n"
                checks:
                  - metric: load1
                    max: 1000
                    for: 60s
                """, Instant.now().plusSeconds(600), ENDPOINT);
        pushAndAwaitTheAction(plan);
        assertTrue(exec("cat", "/etc/twinbench-killed").contains("half done"));
        exec("sh", "-c", "kill -KILL $(pidof java)");
        PlanDeliveries.Delivery done = await("the restarted agent's rollback", Duration.ofSeconds(120),
                () -> store.plans().get(ENDPOINT, plan.id(), plan.version()).filter(LabPlansTest::finished).orElse(null));
        assertEquals("rolled-back", done.state());
        assertEquals("the agent stopped while applying the plan", done.detail());
        assertTrue(exec("sh", "-c", "test -e /etc/twinbench-killed && echo present || echo absent").contains("absent"));
    }

    @Test
    @Order(4)
    void aConnectionCutAfterApplyRollsBackAtTheConfirmTimeout() throws Exception {
        Plan plan = plan("""
                id: cut-off
                title: Cuts the endpoint off
                targets: {endpoints: [web-1]}
                confirmTimeout: 5s
                actions:
                  - write: /etc/twinbench-cut
                    content: "applied\\n"
                checks:
                  - metric: load1
                    max: 1000
                    for: 4s
                """, Instant.now().plusSeconds(600), ENDPOINT);
        pushAndAwaitTheAction(plan);
        lab.relay(ENDPOINT).orElseThrow().pause();
        Thread.sleep(15_000);
        assertTrue(exec("sh", "-c", "test -e /etc/twinbench-cut && echo present || echo absent").contains("absent"),
                "rolled back by the endpoint itself while cut off");
        lab.relay(ENDPOINT).orElseThrow().resume();
        PlanDeliveries.Delivery done = await("the reports after reconnecting", Duration.ofSeconds(120),
                () -> store.plans().get(ENDPOINT, plan.id(), plan.version()).filter(LabPlansTest::finished).orElse(null));
        assertEquals("rolled-back", done.state());
        assertTrue(done.detail().startsWith("the workbench did not confirm it by"), done.detail());
    }

    @Test
    @Order(5)
    void everyAttackOnTheSignatureIsRefusedWithItsReasonAndNothingChanges() throws Exception {
        String marker = "/etc/twinbench-attack";
        String yaml = "id: %s\ntitle: attack\ntargets: {endpoints: [%s]}\nactions:\n  - write: " + marker + "\n    content: owned\n";
        Instant later = Instant.now().plusSeconds(600);

        Plan tamperedPlan = plan(yaml.formatted("tampered", ENDPOINT), later, ENDPOINT);
        Envelope good = sign(tamperedPlan, alice);
        byte[] payload = good.payload();
        int at = new String(payload, java.nio.charset.StandardCharsets.UTF_8).indexOf("owned");
        payload[at] ^= 0x20; // "Owned": still a readable plan, no longer the one alice signed
        refused(tamperedPlan, new Envelope(good.payloadType(), payload, good.signatures()), "tampered");

        Plan old = new PlanReader().read("old.yaml", yaml.formatted("replayed", ENDPOINT)).approvedAs(2, later, List.of(ENDPOINT));
        refused(old, sign(old, alice), "replayed");
        Plan expired = plan(yaml.formatted("expired", ENDPOINT), Instant.now().minusSeconds(1), ENDPOINT);
        refused(expired, sign(expired, alice), "expired");
        Plan other = plan(yaml.formatted("other", "db-1"), later, "db-1");
        refused(other, sign(other, alice), "for another endpoint");
        Plan unknown = plan(yaml.formatted("unknown-key", ENDPOINT), later, ENDPOINT);
        refused(unknown, sign(unknown, SigningKey.generate("mallory")), "signed by an unknown key");

        // four eyes from now on: a root rotated with the old threshold (alice) and the new one (alice and bob)
        TrustRoot fourEyes = new TrustRoot(2, 2, List.of(alice.publicKey(), bob.publicKey()), null);
        writeRoot(signedRoot(fourEyes, alice, bob));
        Thread.sleep(3_000);
        Plan oneShort = plan(yaml.formatted("one-signature-short", ENDPOINT), later, ENDPOINT);
        refused(oneShort, sign(oneShort, alice), "too few signatures");

        // a root signed only by a key the agent never trusted does not take over
        SigningKey mallory = SigningKey.generate("mallory");
        writeRoot(signedRoot(new TrustRoot(3, 1, List.of(mallory.publicKey()), null), mallory));
        await("the rotation to be refused", Duration.ofSeconds(60), () -> store.plans().reports(ENDPOINT, "root", 0).stream()
                .anyMatch(r -> r.state().equals("refused") && r.detail().contains("root rotation refused")));
        Plan byMallory = plan(yaml.formatted("by-mallory", ENDPOINT), later, ENDPOINT);
        refused(byMallory, sign(byMallory, mallory), "signed by an unknown key");
        writeRoot(signedRoot(fourEyes, alice, bob));
        assertTrue(exec("sh", "-c", "test -e " + marker + " && echo present || echo absent").contains("absent"), "nothing was written");
    }

    @Test
    @Order(6)
    void aPackageUpgradedFromAnArtifactIsRolledBackToTheExactPreviousVersionWhenOrdered() throws Exception {
        // the rotation test left a root this agent refused; a fresh two-key root version 2 is what it keeps
        Path debs = Files.createTempDirectory("twb-hello");
        String v1 = deb(debs, "1.0");
        String v2 = deb(debs, "2.0");
        Plan install = plan("""
                id: install-hello
                title: Install twb-hello 1.0
                targets: {endpoints: [web-1]}
                artifacts: [{name: twb-hello_1.0_all.deb, sha256: %s}]
                actions: [{package: twb-hello, install: twb-hello_1.0_all.deb}]
                checks: [{file: /usr/share/twb-hello/version, sha256: %s}]
                """.formatted(v1, sha("1.0\n")), Instant.now().plusSeconds(600), ENDPOINT);
        pushWithArtifacts(install, debs);
        Plan upgrade = plan("""
                id: upgrade-hello
                title: Upgrade twb-hello to 2.0
                targets: {endpoints: [web-1]}
                artifacts: [{name: twb-hello_2.0_all.deb, sha256: %s}]
                actions: [{package: twb-hello, upgrade: twb-hello_2.0_all.deb}]
                checks: [{file: /usr/share/twb-hello/version, sha256: %s}]
                """.formatted(v2, sha("2.0\n")), Instant.now().plusSeconds(600), ENDPOINT);
        pushWithArtifacts(upgrade, debs);
        assertEquals("2.0", exec("dpkg-query", "-W", "-f=${Version}", "twb-hello").strip());

        assertTrue(store.plans().orderRollback(ENDPOINT, upgrade.id(), upgrade.version(), "the new version breaks logins"));
        PlanDeliveries.Delivery rolled = await("the ordered rollback", Duration.ofSeconds(120), () -> store.plans()
                .get(ENDPOINT, upgrade.id(), upgrade.version()).filter(d -> d.state().equals("rolled-back")).orElse(null));
        assertEquals("rollback ordered by the workbench: the new version breaks logins", rolled.detail());
        assertEquals("1.0", exec("dpkg-query", "-W", "-f=${Version}", "twb-hello").strip());
        assertEquals("1.0\n", exec("cat", "/usr/share/twb-hello/version"));
    }

    @Test
    @Order(7)
    void aPlanIsTriedOnATwinFirstAndAFailedRunNeedsAWrittenOverride() throws Exception {
        Path plans = Files.createTempDirectory("twin-run");
        Files.writeString(plans.resolve("tag.yaml"), """
                id: tag-on-twin
                title: Hide the server's version
                targets: {endpoints: [web-1]}
                actions:
                  - edit: /etc/lighttpd/lighttpd.conf
                    style: ini
                    set: {server.tag: '"twin"'}
                  - service: lighttpd
                    do: restart
                checks:
                  - tcp: 127.0.0.1:80
                """);
        String docker = System.getenv("TWINBENCH_TEST_DOCKER");
        String[] common = {"--twin", LabFleet.IMAGE_TWIN, "--docker", docker, "--agent-jar", agentJar().toString(), "--data", workspace.toString()};
        CommandRun passed = CommandRun.run(concat(new String[] {"plan", "twin-run", plans.resolve("tag.yaml").toString()}, common));
        assertEquals(0, passed.code(), passed.out() + passed.err());
        assertTrue(passed.out().contains("  before: listening [80]"), passed.out());
        assertTrue(passed.out().contains("  applied: restart service lighttpd"), passed.out());
        assertTrue(passed.out().contains("  passed: check 1 (port 127.0.0.1:80 answers: connected)"), passed.out());
        assertTrue(passed.out().contains("passed on every twin"), passed.out());

        Files.writeString(plans.resolve("port.yaml"), Files.readString(plans.resolve("tag.yaml")).replace("tag-on-twin", "port-on-twin")
                .replace("server.tag: '\"twin\"'", "server.port: \"8081\""));
        CommandRun failed = CommandRun.run(concat(new String[] {"plan", "twin-run", plans.resolve("port.yaml").toString()}, common));
        assertEquals(2, failed.code(), failed.out() + failed.err());
        assertTrue(failed.out().contains("  rolled-back: action 2 (restart service lighttpd)") || failed.out().contains("rolled-back: check 1"),
                failed.out());
        Path key = plans.resolve("alice.key");
        io.twinbench.remedy.trust.KeyFile.write(key, alice, "pass".toCharArray());
        Files.writeString(plans.resolve("pass"), "pass");
        String[] sign = {"plan", "sign", plans.resolve("port.yaml").toString(), "--key", key.toString(), "--passphrase-file",
                plans.resolve("pass").toString(), "--out", plans.resolve("port.json").toString(), "--data", workspace.toString()};
        CommandRun refused = CommandRun.run(sign);
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("plan port-on-twin failed on the twin of twinbench-lab"), refused.err());
        CommandRun overridden = CommandRun.run(concat(sign, new String[] {"--override", "port 8081 is opened by the firewall change first"}));
        assertEquals(0, overridden.code(), overridden.err());
        assertEquals("port 8081 is opened by the firewall change first", store.trials().overridesOfPlan("port-on-twin").get(0).reason());
    }

    @Test
    @Order(7)
    void aTwinRunRunsTheScenarioAgainOnTheTwinAsItWasAndAsThePlanLeftItAndFailsAPlanThatMakesItWorse() throws Exception {
        Path plans = Files.createTempDirectory("scenario-again");
        Files.writeString(plans.resolve("scan.yaml"), "name: scan\nphases:\n  - name: scan\n    duration: 3s\n    threat: port-scan\n");
        Files.writeString(plans.resolve("close.yaml"), """
                id: close-web
                title: Close the web server's port
                targets: {endpoints: [web-1]}
                actions:
                  - service: lighttpd
                    do: stop
                  - service: lighttpd
                    do: disable
                """);
        String docker = System.getenv("TWINBENCH_TEST_DOCKER");
        String[] common = {"--twin", LabFleet.IMAGE_TWIN, "--docker", docker, "--agent-jar", agentJar().toString(), "--data", workspace.toString(),
                "--scenario", plans.resolve("scan.yaml").toString()};
        CommandRun closed = CommandRun.run(concat(new String[] {"plan", "twin-run", plans.resolve("close.yaml").toString()}, common));
        assertEquals(0, closed.code(), closed.out() + closed.err());
        assertTrue(closed.out().contains("scenario 'scan' again, phase scan:") && closed.out().contains("open ports [80] → []"), closed.out());
        assertTrue(closed.out().contains("scenario 'scan' again: no phase worse"), closed.out());

        Files.writeString(plans.resolve("extra.yaml"), """
                id: extra-port
                title: A second listener
                targets: {endpoints: [web-1]}
                actions:
                  - write: /etc/lighttpd/conf-enabled/99-extra.conf
                    content: "$SERVER[\\"socket\\"] == \\":81\\" { }\\n"
                  - service: lighttpd
                    do: restart
                checks:
                  - tcp: 127.0.0.1:81
                """);
        CommandRun worse = CommandRun.run(concat(new String[] {"plan", "twin-run", plans.resolve("extra.yaml").toString()}, common));
        assertEquals(2, worse.code(), worse.out() + worse.err());
        assertTrue(worse.out().contains("found it worse: scan: ports open [80, 81] (were [80])"), worse.out());
        // the twin as the plan left it was an image only while the scenario ran
        Process images = new ProcessBuilder("curl", "-sf", "--unix-socket", docker.replaceFirst("^unix://", ""), "http://localhost/images/json")
                .redirectErrorStream(true).start();
        String listed = new String(images.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, images.waitFor(), listed);
        assertTrue(listed.contains("twinbench/") && !listed.contains("twinbench-trial/"), listed);
    }

    @Test
    @Order(8)
    void anAccountLockedByAPlanIsUnlockedByItsRollback() throws Exception {
        exec("useradd", "-m", "-p", "$6$salt$0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstu",
                "oldbackup");
        assertTrue(exec("passwd", "-S", "oldbackup").startsWith("oldbackup P"), exec("passwd", "-S", "oldbackup"));
        Plan plan = plan("""
                id: lock-oldbackup
                title: Lock the old backup account
                targets: {endpoints: [web-1]}
                actions:
                  - account: oldbackup
                    do: lock
                  - limit: nofile
                    for: www-data
                    type: hard
                    value: "4096"
                """, Instant.now().plusSeconds(600), ENDPOINT);
        PlanDeliveries.Delivery done = push(plan, sign(plan, alice, bob), LabPlansTest::finished);
        assertEquals("confirmed", done.state(), done.detail());
        assertTrue(exec("passwd", "-S", "oldbackup").startsWith("oldbackup L"), exec("passwd", "-S", "oldbackup"));
        assertEquals("www-data hard nofile 4096\n", exec("cat", "/etc/security/limits.d/90-twinbench-www-data-nofile.conf"));

        store.plans().orderRollback(ENDPOINT, plan.id(), plan.version(), "the restore job still logs in as oldbackup");
        await("the rollback", Duration.ofSeconds(60), () -> store.plans().get(ENDPOINT, plan.id(), plan.version())
                .filter(d -> d.state().equals("rolled-back")).orElse(null));
        assertTrue(exec("passwd", "-S", "oldbackup").startsWith("oldbackup P"), exec("passwd", "-S", "oldbackup"));
        assertTrue(exec("sh", "-c", "test -e /etc/security/limits.d/90-twinbench-www-data-nofile.conf && echo present || echo absent")
                .contains("absent"));
    }

    @Test
    @Order(9)
    void aPlanSignedOnlyByTheLoopIsAppliedWhenPreApprovedAndRefusedWhenNot() throws Exception {
        // the approvers (four eyes) record in root version 3 that the loop's key may write files on this endpoint, and nothing else
        SigningKey loop = SigningKey.generate("orchestration-loop");
        TrustRoot preApproving = new TrustRoot(3, 2, List.of(alice.publicKey(), bob.publicKey()), null, List.of(
                new io.twinbench.remedy.trust.Delegation("orchestration-loop", loop.publicKey(), List.of(ENDPOINT), List.of("write"))));
        writeRoot(signedRoot(preApproving, alice, bob));
        Thread.sleep(3_000);
        Plan banner = plan("""
                id: loop-banner
                title: A banner the loop may write by itself
                targets: {endpoints: [web-1]}
                actions:
                  - write: /etc/twinbench-loop-banner
                    content: "Monitored system\\n"
                """, Instant.now().plusSeconds(600), ENDPOINT);
        PlanDeliveries.Delivery done = push(banner, sign(banner, loop), LabPlansTest::finished);
        assertEquals("confirmed", done.state(), done.detail());
        assertEquals("Monitored system\n", exec("cat", "/etc/twinbench-loop-banner"));

        Plan forwarding = plan("""
                id: loop-forwarding
                title: A kernel setting the loop may not change by itself
                targets: {endpoints: [web-1]}
                actions:
                  - sysctl: net.ipv4.ip_forward
                    value: "0"
                """, Instant.now().plusSeconds(600), ENDPOINT);
        refused(forwarding, sign(forwarding, loop), "too few signatures");
        PlanDeliveries.Delivery refusal = store.plans().get(ENDPOINT, forwarding.id(), forwarding.version()).orElseThrow();
        assertTrue(refusal.detail().contains("has action(s) of kind sysctl, not pre-approved for orchestration-loop"), refusal.detail());
    }

    @Test
    @Order(10) // last: its version, given by the workspace, is above the ones the other tests count up
    void aPolicysFixIsTriedOnATwinThenAppliedToTheEndpointAfterWhichItsRuleHolds() throws Exception {
        String data = workspace.toString();
        await("the endpoint's crontab in its twin", Duration.ofSeconds(120), () -> store.snapshots().latest(ENDPOINT)
                .filter(t -> t.getElements().stream().anyMatch(e -> e instanceof io.twinbench.model.twin.ConfigurationItem c
                        && "/etc/crontab".equals(c.getPath()) && c.getValue() != null)).orElse(null));
        Path dir = Files.createTempDirectory("policy-lab");
        Path policy = dir.resolve("cron.yaml");
        Files.writeString(policy, """
                apiVersion: twinbench.io/v1
                kind: SecurityBaseline
                metadata: {name: lab-cron}
                spec:
                  rules:
                    - name: cron-mails-root
                      forEach: twin.config.filter(c, c.path == '/etc/crontab')
                      expression: "item.keys[?'MAILTO'].orValue('') == 'root'"
                      message: cron's mail goes nowhere (no MAILTO)
                      remedy: plan
                      fix:
                        - edit: /etc/crontab
                          style: ini
                          set: {MAILTO: root}
                """);
        Path before = dir.resolve("cron-v1.yaml");
        Files.writeString(before, """
                apiVersion: twinbench.io/v1
                kind: SecurityBaseline
                metadata: {name: lab-cron}
                spec:
                  rules:
                    - {name: named, expression: "twin.name != ''"}
                """);
        CommandRun first = CommandRun.run("policy", "apply", before.toString(), "--reason", "the policy before cron's rule", "--data", data);
        assertEquals(0, first.code(), first.err());
        CommandRun applied = CommandRun.run("policy", "apply", policy.toString(), "--reason", "mail for cron", "--data", data);
        assertEquals(0, applied.code(), applied.err());
        assertTrue(applied.out().contains("policy lab-cron is now version 2"), applied.out());
        String planId = "policy-lab-cron-cron-mails-root";
        assertTrue(applied.out().contains("drafted plan " + planId + " for " + ENDPOINT), applied.out());
        assertTrue(ruleOn(data, "fails"), "fails before the fix");

        String docker = System.getenv("TWINBENCH_TEST_DOCKER");
        CommandRun onTwin = CommandRun.run("plan", "twin-run", planId, "--twin", LabFleet.IMAGE_TWIN, "--docker", docker, "--agent-jar",
                agentJar().toString(), "--data", data);
        assertEquals(0, onTwin.code(), onTwin.out() + onTwin.err());
        assertTrue(onTwin.out().contains("passed on every twin"), onTwin.out());

        for (Path key : approverKeys(dir)) { // the root asks for two by now
            CommandRun approved = CommandRun.run("plan", "approve", planId, "--key", key.toString(), "--passphrase-file",
                    dir.resolve("pass").toString(), "--data", data);
            assertEquals(0, approved.code(), approved.err());
        }
        CommandRun pushed = CommandRun.run("plan", "push", planId, "--data", data);
        assertEquals(0, pushed.code(), pushed.err());
        assertTrue(pushed.out().contains(ENDPOINT + ": queued"), pushed.out());

        long version = store.library().approvals(planId).get(0).version();
        PlanDeliveries.Delivery done = await("plan " + planId, Duration.ofSeconds(120), () -> store.plans().get(ENDPOINT, planId, version)
                .filter(LabPlansTest::finished).orElse(null));
        assertEquals("confirmed", done.state(), done.detail() + "\n" + store.plans().reports(ENDPOINT, planId, version));
        assertEquals("MAILTO = root", exec("grep", "^MAILTO", "/etc/crontab").strip());
        await("the rule to hold on the endpoint's twin (its crontab now: " + crontabInTwin() + ")", Duration.ofSeconds(180),
                () -> ruleOn(data, "holds") ? Boolean.TRUE : null);
    }

    @Test
    @Order(11) // after the policy fix: forbidding contents leaves its rule nothing to read
    void aCollectionPolicyThatForbidsConfigurationContentsStopsThemAtTheAgent() throws Exception {
        String data = workspace.toString();
        Path dir = Files.createTempDirectory("collection-lab");
        List<String> keys = approverKeys(dir).stream().map(Path::toString).toList();
        Path policy = dir.resolve("collection.yaml");
        Files.writeString(policy, """
                apiVersion: twinbench.io/v1
                kind: TwinManagement
                metadata: {name: lab-collection}
                spec:
                  collection:
                    config: {contents: false}
                """);
        CommandRun unsigned = CommandRun.run("policy", "apply", policy.toString(), "--reason", "no contents", "--data", data);
        assertEquals(1, unsigned.code(), "agents take it only signed: " + unsigned.out());
        assertTrue(unsigned.err().contains("--key"), unsigned.err());

        CommandRun applied = CommandRun.run("policy", "apply", policy.toString(), "--reason", "no contents off the endpoints", "--key",
                String.join(",", keys), "--passphrase-file", dir.resolve("pass").toString(), "--data", data);
        assertEquals(0, applied.code(), applied.err());
        long serial = store.collection().latest().orElseThrow().serial();
        await("the agent to enforce collection policy " + serial, Duration.ofSeconds(60), () -> store.collection().states().stream()
                .filter(s -> s.endpointId().equals(ENDPOINT) && s.serial() == serial && s.state().equals("enforced")).findFirst().orElse(null));

        await("the crontab's contents to leave the store", Duration.ofSeconds(120), () -> crontabItem().filter(a -> !a.contains("\"value\"")).orElse(null));
        String marker = "collection-marker-" + System.nanoTime();
        String before = crontabItem().orElseThrow();
        exec("sh", "-c", "echo '# " + marker + "' >> /etc/crontab");
        String after = await("the crontab's new hash in the store", Duration.ofSeconds(120), () -> crontabItem().filter(a -> !a.equals(before)).orElse(null));
        assertFalse(after.contains("\"value\""), "the store holds the crontab's hash, not its contents: " + after);
        assertFalse(store.inventories().items(ENDPOINT).toString().contains(marker));
        CommandRun status = CommandRun.run("policy", "status", "--data", data);
        assertTrue(status.out().contains("collection policy " + serial + " (lab-collection v1)") && status.out().contains("enforced by 1 of 1"),
                status.out());

        // withdrawn: the agent sends contents again, so it was the agent, not the workbench, that held them back
        CommandRun withdrawn = CommandRun.run("policy", "withdraw", "lab-collection", "--reason", "contents again", "--key", String.join(",", keys),
                "--passphrase-file", dir.resolve("pass").toString(), "--data", data);
        assertEquals(0, withdrawn.code(), withdrawn.err());
        exec("sh", "-c", "echo '# again' >> /etc/crontab");
        await("the crontab's contents back in the store", Duration.ofSeconds(120), () -> crontabItem().filter(a -> a.contains(marker)).orElse(null));
    }

    @Test
    @Order(12)
    void rollingAPolicyBackToAVersionWithoutItsFixRollsThePlanBackOnTheEndpoint() throws Exception {
        String data = workspace.toString();
        String planId = "policy-lab-cron-cron-mails-root";
        CommandRun back = CommandRun.run("policy", "rollback", "lab-cron", "--to", "1", "--data", data);
        assertEquals(0, back.code(), back.err());
        assertTrue(back.out().contains(ENDPOINT + ": rollback of plan " + planId), back.out());
        long version = store.library().approvals(planId).get(0).version();
        PlanDeliveries.Delivery undone = await("the plan rolled back", Duration.ofSeconds(120), () -> store.plans().get(ENDPOINT, planId, version)
                .filter(d -> d.state().equals("rolled-back")).orElse(null));
        assertTrue(undone.rollbackReason().contains("policy lab-cron rolled back to version 1"), undone.rollbackReason());
        assertEquals("0", exec("sh", "-c", "grep -c '^MAILTO' /etc/crontab || true").strip(), "cron's MAILTO is gone again");
        CommandRun again = CommandRun.run("policy", "rollback", "lab-cron", "--to", "1", "--data", data);
        assertTrue(!again.out().contains("rollback of plan"), "nothing left to undo: " + again.out());
    }

    /** Alice's and Bob's keys as key files in dir, encrypted with the passphrase in dir/pass, as the CLI takes them. */
    private static List<Path> approverKeys(Path dir) throws Exception {
        Files.writeString(dir.resolve("pass"), "pass");
        List<Path> keys = new java.util.ArrayList<>();
        for (SigningKey approver : List.of(alice, bob)) {
            Path key = dir.resolve(approver.keyId() + ".key");
            io.twinbench.remedy.trust.KeyFile.write(key, approver, "pass".toCharArray());
            keys.add(key);
        }
        return keys;
    }

    /** The stored attributes of the endpoint's /etc/crontab (JSON). */
    private static java.util.Optional<String> crontabItem() {
        return java.util.Optional.ofNullable(store.inventories().items(ENDPOINT).getOrDefault("config", java.util.Map.of())
                .get(io.twinbench.protocol.ElementIds.of("cfg", "/etc/crontab")));
    }

    private static String crontabInTwin() {
        return store.snapshots().latest(ENDPOINT).flatMap(t -> t.getElements().stream().filter(e -> e instanceof io.twinbench.model.twin.ConfigurationItem c
                && "/etc/crontab".equals(c.getPath())).findFirst()).map(e -> ((io.twinbench.model.twin.ConfigurationItem) e).getValue()).orElse("none");
    }

    /** Whether policy status says the rule has this status on the lab endpoint. */
    private static boolean ruleOn(String data, String status) throws Exception {
        CommandRun run = CommandRun.run("policy", "status", "--json", "--all", "--data", data);
        for (com.fasterxml.jackson.databind.JsonNode v : new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out()).get("verdicts")) {
            if (v.get("twin").asText().equals(ENDPOINT) && v.get("rule").asText().equals("cron-mails-root")) {
                return v.get("status").asText().equals(status);
            }
        }
        return false;
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static void pushWithArtifacts(Plan plan, Path debs) throws Exception {
        for (var artifact : plan.artifacts()) {
            store.plans().putArtifact(artifact.sha256(), artifact.name(), Files.readAllBytes(debs.resolve(artifact.name())));
        }
        PlanDeliveries.Delivery done = push(plan, sign(plan, alice, bob), LabPlansTest::finished);
        assertEquals("confirmed", done.state(), done.detail() + "\n" + store.plans().reports(ENDPOINT, plan.id(), plan.version()));
    }

    /** A small package built here with dpkg-deb; its SHA-256. */
    private static String deb(Path dir, String v) throws Exception {
        Path staging = Files.createTempDirectory("twb-hello-" + v);
        Files.createDirectories(staging.resolve("DEBIAN"));
        Files.createDirectories(staging.resolve("usr/share/twb-hello"));
        Files.writeString(staging.resolve("DEBIAN/control"), "Package: twb-hello\nVersion: " + v
                + "\nArchitecture: all\nMaintainer: Twinbench tests <tests@twinbench.invalid>\nDescription: upgraded and rolled back by plans\n");
        Files.writeString(staging.resolve("usr/share/twb-hello/version"), v + "\n");
        Path deb = dir.resolve("twb-hello_" + v + "_all.deb");
        Process build = new ProcessBuilder("dpkg-deb", "--root-owner-group", "--build", staging.toString(), deb.toString())
                .redirectErrorStream(true).start();
        String out = new String(build.getInputStream().readAllBytes());
        assertEquals(0, build.waitFor(), out);
        return io.twinbench.remedy.plan.PlanDocument.sha256(Files.readAllBytes(deb));
    }

    private static String sha(String text) {
        return io.twinbench.remedy.plan.PlanDocument.sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void refused(Plan plan, Envelope envelope, String reason) throws Exception {
        PlanDeliveries.Delivery done = push(plan, envelope, LabPlansTest::finished);
        assertEquals("refused", done.state(), plan.id());
        assertTrue(done.detail().startsWith(reason + ":"), plan.id() + ": " + done.detail());
    }

    static <T> T await(String what, Duration most, java.util.concurrent.Callable<T> condition) throws Exception {
        long deadline = System.nanoTime() + most.toNanos();
        while (System.nanoTime() < deadline) {
            T value = condition.call();
            if (value != null && !Boolean.FALSE.equals(value)) {
                return value;
            }
            Thread.sleep(250);
        }
        return fail("waited " + most.toSeconds() + " s for " + what);
    }
}
