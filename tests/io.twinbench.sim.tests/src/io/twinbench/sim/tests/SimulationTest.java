package io.twinbench.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.twinbench.sim.docker.DockerEngine;
import io.twinbench.sim.simulate.Recommendation;
import io.twinbench.sim.simulate.Recommender;
import io.twinbench.sim.image.TwinImage;
import io.twinbench.sim.image.TwinImageBuilder;
import io.twinbench.sim.image.TwinImageRegistry;
import io.twinbench.sim.run.TwinContainers;
import io.twinbench.sim.run.TwinLimits;
import io.twinbench.sim.scenario.Scenario;
import io.twinbench.sim.scenario.ScenarioReader;
import io.twinbench.sim.simulate.PhaseResult;
import io.twinbench.sim.simulate.SimulationReport;
import io.twinbench.sim.simulate.SimulationReportWriter;
import io.twinbench.sim.simulate.SimulationRunner;

/**
 * A scenario on a real twin of a Debian root, measured from the host's control groups: each
 * load saturates what it should, threats meet the confinement, and the report says which
 * resource gave out first.
 */
class SimulationTest {

    private static final Clock CLOCK = Clock.systemUTC();
    private DockerEngine engine;
    private TwinImage image;

    @BeforeEach
    void image() throws Exception {
        String docker = System.getenv("TWINBENCH_TEST_DOCKER");
        String rootfs = System.getenv("TWINBENCH_TEST_ROOTFS");
        Needed.needs(docker != null && rootfs != null, "no Docker engine and Debian root: ./twinbench test provides them");
        engine = new DockerEngine(docker, Duration.ofMinutes(5));
        image = new TwinImageBuilder(engine, CLOCK).build(new TwinImageBuilder.Request("sim-" + Long.toString(System.nanoTime(), 36), 1,
                Path.of(rootfs), List.of(), null), () -> false).image();
    }

    @AfterEach
    void removeImage() throws Exception {
        if (image != null) {
            new TwinImageRegistry(engine, CLOCK).remove(image.id());
        }
    }

    @Test
    void eachLoadSaturatesItsResourceAndThreatsMeetTheConfinement() throws Exception {
        Scenario scenario = new ScenarioReader().read("test.yaml", """
                name: saturation
                phases:
                  - name: quiet
                    duration: 3s
                  - name: cpu
                    duration: 4s
                    cpu: 2
                  - name: memory
                    duration: 6s
                    memory: 192MiB
                  - name: escalation
                    duration: 2s
                    threat: privilege-escalation
                  - name: fork bomb
                    duration: 4s
                    threat: fork-bomb
                  - name: fill
                    duration: 4s
                    threat: disk-fill
                  - name: scan
                    duration: 2s
                    threat: port-scan
                """);
        TwinLimits limits = new TwinLimits(1.0, 128L << 20, 256, List.of());
        SimulationReport report = new SimulationRunner(engine, CLOCK, Duration.ofMillis(500)).run(image, limits, scenario, SimulationRunner.Progress.NONE,
                () -> false);

        PhaseResult quiet = report.phases().get(0);
        assertTrue(quiet.cpuMeanPercent() < 50, "a quiet twin idles: " + quiet);
        assertTrue(quiet.saturated().isEmpty(), quiet.toString());

        PhaseResult cpu = report.phases().get(1);
        assertTrue(cpu.cpuMeanPercent() > 80, "two busy workers on one core: " + cpu);
        assertTrue(cpu.saturated("cpu"), cpu.toString());

        PhaseResult memory = report.phases().get(2);
        assertTrue(memory.oomKills() > 0 || memory.memoryPeakBytes() > (120L << 20), "192 MiB held in 128 MiB: " + memory);
        assertTrue(memory.saturated("memory"), memory.toString());

        PhaseResult escalation = report.phases().get(3);
        assertFalse(escalation.threatFindings().isEmpty(), escalation.toString());
        assertTrue(escalation.threatFindings().stream().noneMatch(f -> f.startsWith("ALLOWED")), "every attempt blocked: " + escalation.threatFindings());
        assertTrue(escalation.threatFindings().contains("blocked: mount a file system as root"), escalation.threatFindings().toString());

        PhaseResult bomb = report.phases().get(4);
        assertTrue(bomb.pidsLimitHits() > 0 || bomb.pidsPeak() >= 240, "the fork bomb meets the process limit: " + bomb);
        assertTrue(bomb.saturated("processes"), bomb.toString());

        PhaseResult fill = report.phases().get(5);
        assertEquals(100, fill.scratchFullPercent(), fill.toString());
        assertTrue(fill.threatFindings().stream().anyMatch(f -> f.contains("No space")), fill.toString());

        PhaseResult scan = report.phases().get(6);
        // what the scan found, not only the line the scan always prints: lighttpd's port, traced to its unit, and nothing else open
        assertEquals(List.of("open: tcp 80 (lighttpd.service)"), scan.threatFindings().stream().filter(f -> f.startsWith("open: ")).toList(),
                scan.threatFindings().toString());
        assertTrue(scan.threatFindings().contains("scanned: 1024 ports on 127.0.0.1"), scan.threatFindings().toString());

        assertNotNull(report.bottleneck());
        assertEquals("cpu", report.bottleneck().resource(), "cpu gave out first, in the cpu phase");
        assertEquals("cpu", report.bottleneck().phase());
        assertTrue(report.readings() > 40, "readings every half second: " + report.readings());

        StringWriter html = new StringWriter();
        SimulationReportWriter.html(report, html);
        assertTrue(html.toString().contains("Bottleneck: cpu saturated first"), html.toString());
        StringWriter json = new StringWriter();
        SimulationReportWriter.json(report, json);
        assertTrue(json.toString().contains("\"resource\" : \"cpu\""), json.toString());
        try (TwinContainers containers = new TwinContainers(engine, CLOCK)) {
            assertTrue(containers.list().stream().noneMatch(t -> t.image().equals(image.reference())), "the twin was removed after the run");
        }
    }

    @Test
    void requestsPlayedAgainstTheTwinsWebServerAreAnsweredAndAMissingServiceSaturatesAtOnce() throws Exception {
        assertTrue(java.nio.file.Files.exists(Path.of(System.getenv("TWINBENCH_TEST_ROOTFS"), "usr/sbin/lighttpd")),
                "the test root has lighttpd, the service requests are played against (tests/docker-engine makes it so)");
        Scenario scenario = new ScenarioReader().read("web.yaml", """
                name: web
                phases:
                  - name: served
                    duration: 5s
                    requests:
                      port: 80
                      rate: 40
                      clients: 2
                      http: [/, HEAD /, /missing.html]
                  - name: nothing listens
                    duration: 3s
                    requests: {port: 8081, rate: 10, http: [/]}
                """);
        TwinLimits limits = new TwinLimits(1.0, 256L << 20, 256, List.of());
        SimulationReport report = new SimulationRunner(engine, CLOCK, Duration.ofMillis(500)).run(image, limits, scenario, SimulationRunner.Progress.NONE,
                () -> false);

        io.twinbench.sim.simulate.RequestFigures served = report.phases().get(0).requests();
        assertTrue(served.answered() >= served.asked() * 0.8, "lighttpd from the endpoint's own unit answers: " + served);
        assertEquals(0, served.failed(), served.toString());
        assertTrue(served.statuses().containsKey("200") && served.statuses().containsKey("404"), "a page and a missing page: " + served);
        assertTrue(served.p50Millis() > 0 && served.p99Millis() >= served.p50Millis(), served.toString());
        assertFalse(report.phases().get(0).saturated("service on port 80"), report.phases().get(0).toString());

        PhaseResult nothing = report.phases().get(1);
        assertTrue(nothing.requests().refused() > 0 && nothing.requests().answered() == 0, nothing.requests().toString());
        assertTrue(nothing.saturated("service on port 8081"), nothing.toString());
        assertEquals("service on port 8081", report.bottleneck().resource());
        assertTrue(report.bottleneck().load().contains("10 requests/s to port 8081"), report.bottleneck().toString());

        StringWriter html = new StringWriter();
        SimulationReportWriter.html(report, html);
        assertTrue(html.toString().contains("Requests played against the twin's services"), html.toString());
        StringWriter json = new StringWriter();
        SimulationReportWriter.json(report, json);
        assertTrue(json.toString().contains("\"p99Millis\""), json.toString());
    }

    @Test
    void aBruteForceThroughTheEndpointsOwnLoginFindsTheWeakPasswordAndNotTheStrongOne() throws Exception {
        // the twin's accounts: alice's password is the first of the common ones, bob's is in no list
        Path root = Path.of(System.getenv("TWINBENCH_TEST_ROOTFS"));
        String alice = "$6$twinbench$UQktxNwlypVM5sRYQPLLPt3.GHhYblUPpPFUXs03TlrPPpTFDknOpvunTa450seawLPAeZwLdz.in1nBgmWj00";
        String bob = "$6$twinbench2$nBU/2Wr4c8MzT6T8/82h9Ne4LigosrCwxxPRL38Rwce1VZrQ7X4NE311SLlqiiqRKFFpXH2UDjl2HEcc3dvQ7/";
        String unknown = "0".repeat(64);
        List<io.twinbench.sim.image.TwinConfigFile> accounts = List.of(
                new io.twinbench.sim.image.TwinConfigFile("/etc/passwd", unknown, java.nio.file.Files.readString(root.resolve("etc/passwd"))
                        + "alice:x:1000:1000::/nonexistent:/bin/bash\nbob:x:1001:1001::/nonexistent:/bin/bash\n"),
                new io.twinbench.sim.image.TwinConfigFile("/etc/group", unknown, java.nio.file.Files.readString(root.resolve("etc/group"))
                        + "alice:x:1000:\nbob:x:1001:\n"),
                new io.twinbench.sim.image.TwinConfigFile("/etc/shadow", unknown, java.nio.file.Files.readString(root.resolve("etc/shadow"))
                        + "alice:" + alice + ":20000:0:99999:7:::\nbob:" + bob + ":20000:0:99999:7:::\n"));
        TwinImage weak = new TwinImageBuilder(engine, CLOCK).build(new TwinImageBuilder.Request("weak-" + Long.toString(System.nanoTime(), 36), 1, root,
                accounts, null), () -> false).image();
        long shadowFilesBefore = tempShadowFiles();
        try {
            Scenario scenario = new ScenarioReader().read("guess.yaml", "phases:\n  - name: guessing\n    duration: 10s\n    threat: brute-force-login\n");
            SimulationReport report = new SimulationRunner(engine, CLOCK, Duration.ofMillis(500)).run(weak, new TwinLimits(1.0, 256L << 20, 256,
                    List.of()), scenario, SimulationRunner.Progress.NONE, () -> false);
            List<String> findings = report.phases().get(0).threatFindings();
            assertTrue(findings.stream().anyMatch(f -> f.startsWith("accounts that take a password: alice, bob")), findings.toString());
            assertTrue(findings.contains("ALLOWED: alice logged in with a common password (guess 1 of 40 in the list)"), findings.toString());
            String bobs = findings.stream().filter(f -> f.startsWith("blocked: bob: ")).findFirst().orElseThrow(() -> new AssertionError(findings));
            assertTrue(!bobs.startsWith("blocked: bob: 0 "), "bob's wrong guesses were refused by the endpoint's PAM: " + bobs);
            assertTrue(findings.stream().noneMatch(f -> f.contains("123456")), "the password found is not reported: " + findings);

            SimulationRunner runner = new SimulationRunner(engine, CLOCK, Duration.ofMillis(500));
            List<Recommendation> checked = checked(runner, weak, new TwinLimits(1.0, 256L << 20, 256, List.of()), scenario, report);
            assertEquals(1, checked.size(), "alice's login only: " + checked);
            Recommendation lock = checked.get(0);
            assertEquals("login of alice", lock.resource());
            assertEquals("lock alice's password (passwd -l alice) or give it a strong one", lock.change());
            assertTrue(lock.verified(), "guessing again on a twin with alice locked gets nowhere: " + lock);
            assertTrue(lock.after().startsWith("alice locked: no guess got in"), lock.toString());
        } finally {
            new TwinImageRegistry(engine, CLOCK).remove(weak.id());
        }
        assertEquals(shadowFilesBefore, tempShadowFiles(), "the locked shadow file written for the check is gone");
    }

    /** The recommendations for a run, each checked by running again on a twin with the change (on a 2-core, 8 GiB host). */
    private List<Recommendation> checked(SimulationRunner runner, TwinImage twin, TwinLimits limits, Scenario scenario, SimulationReport report)
            throws Exception {
        return new Recommender(runner, 2, 8L << 30).recommend(twin, limits, scenario, report, () -> false);
    }

    private static Recommendation about(List<Recommendation> checked, String resource) {
        return checked.stream().filter(r -> r.resource().equals(resource)).findFirst().orElseThrow(() -> new AssertionError(checked));
    }

    private static long tempShadowFiles() throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("twinbench-shadow")).count();
        }
    }

    @Test
    void aForkBombOfAnUnprivilegedAccountIsContainedByTheRecommendedProcessLimit() throws Exception {
        Scenario scenario = new ScenarioReader().read("bomb.yaml", "name: bomb\nphases:\n  - name: bomb\n    duration: 4s\n    threat: fork-bomb\n");
        TwinLimits limits = new TwinLimits(1.0, 256L << 20, 256, List.of());
        SimulationRunner runner = new SimulationRunner(engine, CLOCK, Duration.ofMillis(500));
        SimulationReport report = runner.run(image, limits, scenario, SimulationRunner.Progress.NONE, () -> false);
        assertTrue(report.phases().get(0).saturated("processes"), "nobody's bomb takes the whole twin: " + report.phases().get(0));

        List<Recommendation> checked = checked(runner, image, limits, scenario, report);
        Recommendation processes = about(checked, "processes");
        assertEquals("limit unprivileged accounts to 64 processes (nproc 64 in /etc/security/limits.conf; TasksMax= for services)", processes.change());
        assertTrue(processes.verified(), "the bomb meets the account's limit, not the twin's: " + processes);
        assertTrue(processes.after().contains(" 0 refused at the twin's limit"), processes.toString());
    }

    @Test
    void lossOnTheTwinsLoopbackDropsPacketsWithOrWithoutNetem() throws Exception {
        Scenario scenario = new ScenarioReader().read("loss.yaml", "phases:\n  - name: lossy\n    duration: 2s\n    network: {loss: 50%}\n");
        PhaseResult lossy = new SimulationRunner(engine, CLOCK, Duration.ofMillis(500)).run(image, new TwinLimits(1.0, 128L << 20, 256, List.of()),
                scenario, SimulationRunner.Progress.NONE, () -> false).phases().get(0);
        List<String> findings = lossy.threatFindings();
        assertTrue(findings.stream().anyMatch(f -> f.startsWith("loopback round trip: ")), findings.toString());
        if (!kernelHasNetem()) {
            assertTrue(findings.contains("network: loss 50.0 % on the loopback through iptables (this kernel has no netem)"), findings.toString());
            String dropped = findings.stream().filter(f -> f.endsWith(" packets dropped on the loopback")).findFirst()
                    .orElseThrow(() -> new AssertionError("the rule's counter is read back: " + findings));
            assertTrue(Long.parseLong(dropped.replaceAll("\\D+", "")) > 0, "half the probe's packets were dropped: " + dropped);
        }
    }

    @Test
    void aPortTheScanFindsIsTracedToItsServiceAndClosedByDisablingIt() throws Exception {
        Scenario scenario = new ScenarioReader().read("scan.yaml", "name: scan\nphases:\n  - name: scan\n    duration: 2s\n    threat: port-scan\n");
        TwinLimits limits = new TwinLimits(1.0, 256L << 20, 256, List.of());
        SimulationRunner runner = new SimulationRunner(engine, CLOCK, Duration.ofMillis(500));
        SimulationReport report = runner.run(image, limits, scenario, SimulationRunner.Progress.NONE, () -> false);
        List<String> findings = report.phases().get(0).threatFindings();
        assertTrue(findings.contains("open: tcp 80 (lighttpd.service)"), "the listener traced to the unit that started it: " + findings);

        List<Recommendation> checked = checked(runner, image, limits, scenario, report);
        Recommendation close = about(checked, "port 80 (lighttpd.service)");
        assertEquals("if the endpoint does not need it, close port 80 by disabling lighttpd.service (systemctl disable --now lighttpd.service)",
                close.change());
        assertTrue(close.verified(), "scanned again with lighttpd left out: " + close);
        assertEquals("closed with lighttpd.service disabled", close.after());
    }

    /** Whether this kernel has netem: tc adds it on the loopback of a network namespace of its own. */
    private static boolean kernelHasNetem() throws Exception {
        Process p = new ProcessBuilder("unshare", "-n", "tc", "qdisc", "add", "dev", "lo", "root", "netem", "delay", "1ms").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }

    @Test
    void aNetworkPhaseDelaysTheTwinsLoopbackWithNetemOrAPacketQueue() throws Exception {
        Scenario scenario = new ScenarioReader().read("net.yaml",
                "phases:\n  - name: slow\n    duration: 3s\n    network:\n      latency: 100ms\n      jitter: 10ms\n  - name: fast\n    duration: 2s\n"
                        + "    network: {loss: 0%}\n");
        TwinLimits limits = new TwinLimits(1.0, 128L << 20, 256, List.of());
        SimulationRunner runner = new SimulationRunner(engine, CLOCK, Duration.ofMillis(500));
        SimulationReport report = runner.run(image, limits, scenario, SimulationRunner.Progress.NONE, () -> false);
        PhaseResult slow = report.phases().get(0);
        String roundTrip = slow.threatFindings().stream().filter(f -> f.startsWith("loopback round trip: ")).findFirst().orElseThrow();
        long millis = Long.parseLong(roundTrip.replaceAll("\\D+(\\d+) ms.*", "$1"));
        assertTrue(millis >= 170, "100 ms give or take 10 each way on the twin's loopback: " + roundTrip);
        if (!kernelHasNetem()) {
            assertTrue(slow.threatFindings().contains(
                    "network: latency 100 ms, jitter 10 ms on the loopback through iptables and a packet queue in the workbench (this kernel has no netem)"),
                    slow.threatFindings().toString());
            assertTrue(slow.threatFindings().stream().anyMatch(f -> f.matches("network: [1-9]\\d* packets held")), slow.threatFindings().toString());
        }
        String after = report.phases().get(1).threatFindings().stream().filter(f -> f.startsWith("loopback round trip: ")).findFirst().orElseThrow();
        assertTrue(Long.parseLong(after.replaceAll("\\D+(\\d+) ms.*", "$1")) < 100, "the next phase has its loopback back: " + after);
    }

    @Test
    void recommendationsAreCheckedByARunWithTheChangeAndBecomeFindingsOfTheTwin() throws Exception {
        Scenario scenario = new ScenarioReader().read("rec.yaml", """
                name: too small
                phases:
                  - name: busy
                    duration: 4s
                    cpu: 1
                  - name: hungry
                    duration: 6s
                    memory: 192MiB
                """);
        TwinLimits limits = new TwinLimits(1.0, 128L << 20, 256, List.of());
        SimulationRunner runner = new SimulationRunner(engine, CLOCK, Duration.ofMillis(500));
        SimulationReport report = runner.run(image, limits, scenario, SimulationRunner.Progress.NONE, () -> false);
        List<Recommendation> checked = checked(runner, image, limits, scenario, report);
        assertEquals(List.of("cpu", "memory"), checked.stream().map(Recommendation::resource).toList(), checked.toString());
        Recommendation cpu = checked.get(0);
        assertEquals("give the endpoint 2 cores (it has 1 core)", cpu.change());
        assertTrue(cpu.before().contains("saturated") && !cpu.after().contains("saturated"), cpu.toString());
        assertTrue(cpu.verified(), cpu.toString());
        Recommendation memory = checked.get(1);
        assertEquals("hungry", memory.phase());
        assertTrue(memory.change().startsWith("raise the endpoint's memory to "), memory.change());
        assertTrue(memory.after().startsWith("0 OOM kills"), memory.toString());
        assertTrue(memory.verified(), memory.toString());

        io.twinbench.model.twin.Twin twin = io.twinbench.model.twin.TwinFactory.eINSTANCE.createTwin();
        twin.setId("rec");
        io.twinbench.model.twin.Processor processor = io.twinbench.model.twin.TwinFactory.eINSTANCE.createProcessor();
        processor.setId("cpu0");
        io.twinbench.model.twin.Memory ram = io.twinbench.model.twin.TwinFactory.eINSTANCE.createMemory();
        ram.setId("mem");
        twin.getElements().add(processor);
        twin.getElements().add(ram);
        assertEquals(2, io.twinbench.sim.simulate.TwinRecommendations.addTo(twin, report.withRecommendations(checked), new java.util.Date()));
        io.twinbench.model.twin.Recommendation finding = (io.twinbench.model.twin.Recommendation) twin.getFindings().get(1);
        assertEquals(ram, finding.getElement(), "a memory change is about the memory");
        assertEquals("too small", finding.getScenario());
        assertTrue(finding.isVerified());
        assertEquals(processor, twin.getFindings().get(0).getElement());
        StringWriter html = new StringWriter();
        SimulationReportWriter.html(report.withRecommendations(checked), html);
        assertTrue(html.toString().contains("give the endpoint 2 cores") && html.toString().contains("relieves it"), html.toString());
    }
}
