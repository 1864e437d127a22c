package io.twinbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.twinbench.ingest.collector.Collector;
import io.twinbench.ingest.collector.CollectorListener;
import io.twinbench.ingest.collector.CollectorTls;
import io.twinbench.ingest.enrol.CertificateAuthority;
import io.twinbench.ingest.enrol.Enrollment;
import io.twinbench.remedy.trust.ShadowOrder;
import io.twinbench.remedy.trust.SigningKey;
import io.twinbench.remedy.trust.TrustRoot;
import io.twinbench.shadow.Divergence;
import io.twinbench.shadow.ReplayGate;
import io.twinbench.shadow.ShadowComparison;
import io.twinbench.shadow.ShadowSessions;
import io.twinbench.shadow.ShadowStatus;
import io.twinbench.shadow.TwinReplay;
import io.twinbench.sim.docker.DockerEngine;
import io.twinbench.sim.image.TwinImage;
import io.twinbench.sim.image.TwinImageRegistry;
import io.twinbench.sim.lab.LabFleet;
import io.twinbench.sim.run.TwinContainers;
import io.twinbench.sim.run.TwinLimits;
import io.twinbench.store.ShadowRecordings;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.TwinStore;

/**
 * Shadow sessions on real agents in lab endpoints (lighttpd, the agent's strace and tcpdump in
 * the endpoint, a real collector over a relay on loopback): HTTP mirrored with its credentials
 * masked, replayed into a fresh twin with every response matched; a page changed and a backdoor
 * CGI planted on the live endpoint only, found as divergences with their evidence (the live
 * endpoint ran /bin/sh, the twin did not); a budget too small drops and counts, and the session
 * still ends at its deadline; an endpoint without strace and tcpdump says what it cannot capture.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LabShadowTest {

    private static final String ENDPOINT = "shop-1";
    private static final String BARE = "shop-2";
    private static Path workspace;
    private static TwinStore store;
    private static Collector collector;
    private static LabFleet lab;
    private static DockerEngine engine;
    private static ShadowSessions sessions;
    private static final SigningKey ALICE = SigningKey.generate("alice");

    @BeforeAll
    static void labEndpoints() throws Exception {
        String docker = System.getenv("TWINBENCH_TEST_DOCKER");
        String rootfs = System.getenv("TWINBENCH_TEST_ROOTFS");
        Needed.needs(docker != null && rootfs != null, "a Docker engine and the tests' Debian root (./twinbench test provides both)");
        workspace = Files.createTempDirectory("twinbench-lab-shadow");
        store = TwinStore.open(StoreLocation.fromEnvironment(java.util.Map.of(), workspace));
        CertificateAuthority ca = CertificateAuthority.openOrCreate(workspace.resolve(".twinbench/ca"), Clock.systemUTC());
        Enrollment enrollment = new Enrollment(ca, store.enrollments(), Clock.systemUTC());
        TrustRoot root = new TrustRoot(1, 1, List.of(ALICE.publicKey()), null);
        var rootEnvelope = root.envelope();
        byte[] signedRoot = rootEnvelope.withSignature(ALICE.sign(rootEnvelope)).toJson();
        collector = new Collector(CollectorTls.issue(ca, List.of("127.0.0.1")), enrollment, store, new CollectorListener() { }, Clock.systemUTC());
        collector.trustRoot(() -> Optional.of(signedRoot));
        collector.start(new InetSocketAddress("127.0.0.1", 0));
        sessions = new ShadowSessions(store, () -> Optional.of(root), Clock.systemUTC());
        engine = new DockerEngine(docker, Duration.ofSeconds(60));
        lab = new LabFleet(engine, Clock.systemUTC());
        lab.up("shop", 2, Path.of(rootfs), LabFleet.Software.forAgent(LabPlansTest.agentJar(), LabPlansTest.agentJar().getParent().getParent()
                .resolve("packaging"), List.of("lighttpd"), 2), id -> {
                    try {
                        return enrollment.newToken(Duration.ofMinutes(10), id).value();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, new InetSocketAddress("127.0.0.1", collector.port()));
        for (String endpoint : List.of(ENDPOINT, BARE)) {
            LabPlansTest.await(endpoint + " to enrol and keep the root", Duration.ofSeconds(120), () -> lab.logs(endpoint).contains("keeps root of trust"));
        }
    }

    @AfterAll
    static void removeLab() throws Exception {
        if (lab != null) {
            for (String endpoint : List.of(ENDPOINT, BARE)) {
                // what the agents said about their sessions, for a failure's reader
                lab.logs(endpoint).lines().filter(l -> l.contains("hadow") || l.contains("SEVERE")).forEach(l -> System.err.println(endpoint + ": " + l));
            }
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

    private static ShadowRecordings.Session start(String endpoint, Duration duration, long budget) throws Exception {
        ShadowRecordings.Session session = sessions.start(new ShadowSessions.Request(endpoint, new ShadowOrder.Scope(List.of(), List.of("lighttpd"),
                List.of(), List.of(80)), ShadowOrder.SOURCES, duration, budget, 64 * 1024, null), List.of(ALICE), "test");
        LabPlansTest.await("the agent to take the order", Duration.ofSeconds(60), () -> !sessions.requireSession(session.id()).state().equals("ordered"));
        return session;
    }

    /** Requests made inside the endpoint, on its own loopback, with bash's /dev/tcp (a minbase root has no curl). */
    private static void requests(String endpoint, List<String> requests) throws Exception {
        StringBuilder script = new StringBuilder();
        for (String request : requests) {
            script.append("exec 3<>/dev/tcp/127.0.0.1/80; printf '%s' '").append(request.replace("'", "'\\''"))
                    .append("' >&3; timeout 5 cat <&3 >/dev/null; exec 3<&-\n");
        }
        lab.exec(endpoint, "bash", "-c", script.toString());
    }

    private static String get(String path, String... headers) {
        return "GET " + path + " HTTP/1.1\r\nHost: shop\r\n" + String.join("", java.util.Arrays.stream(headers).map(h -> h + "\r\n").toList())
                + "Connection: close\r\n\r\n";
    }

    private static final String LOGIN = "POST /login HTTP/1.1\r\nHost: shop\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 30\r\n"
            + "Connection: close\r\n\r\nuser=alice&password=hunter2xyz";

    private static ShadowStatus stopAndAwait(ShadowRecordings.Session session, int exchanges) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (sessions.status(session.id()).live().exchanges() < exchanges) {
            if (System.nanoTime() > deadline) {
                ShadowStatus status = sessions.status(session.id());
                // the session's detail says which connections' HTTP was not read, and why
                org.junit.jupiter.api.Assertions.fail("waited 60 s for " + exchanges + " exchanges: " + status.live() + " " + status.counts()
                        + store.shadows().exchanges(session.id(), ShadowRecordings.LIVE, 0, 100).stream().map(x -> x.method() + " " + x.target()).toList()
                        + "; session: " + status.session().state() + ", " + status.session().detail());
            }
            Thread.sleep(250);
        }
        sessions.stop(session.id(), "enough");
        LabPlansTest.await("the session to end", Duration.ofSeconds(60), () -> sessions.requireSession(session.id()).over());
        return sessions.status(session.id());
    }

    private static TwinReplay.Outcome replay(String sessionId) throws Exception {
        return replay(sessionId, io.twinbench.sim.run.TwinChanges.NONE, null, new StringBuilder());
    }

    /** Replays into a twin of the lab's image with the changes; diagnose, when given, runs in the twin after the last request. */
    private static TwinReplay.Outcome replay(String sessionId, io.twinbench.sim.run.TwinChanges changes, String diagnose, StringBuilder diagnosed)
            throws Exception {
        TwinImage image = new TwinImageRegistry(engine, Clock.systemUTC()).list().stream().filter(i -> i.twinId().equals(LabFleet.IMAGE_TWIN))
                .findFirst().orElseThrow();
        try (TwinContainers containers = new TwinContainers(engine, Clock.systemUTC())) {
            TwinReplay.Progress progress = new TwinReplay.Progress() {
                @Override
                public void replayed(int done, int total, long lastSeq) {
                }

                @Override
                public void replayDone(String container) {
                    if (diagnose != null) {
                        try {
                            diagnosed.append(io.twinbench.shadow.TwinDiagnostics.run(containers, container, diagnose).output());
                        } catch (java.io.IOException e) {
                            diagnosed.append("failed: ").append(e.getMessage());
                        }
                    }
                }
            };
            return new TwinReplay(containers, store, Clock.systemUTC(), TwinReplay.hostStrace()).run(sessionId, image, new TwinLimits(1, 256L << 20,
                    TwinLimits.DEFAULT_PIDS, List.of()), TwinReplay.Options.AS_RECORDED.withChanges(changes), new ReplayGate(false), progress, () -> false);
        }
    }

    @Test
    @Order(1)
    void mirroredRequestsAreMaskedAndReplayedIntoTheTwinWithEveryResponseMatched() throws Exception {
        ShadowRecordings.Session session = start(ENDPOINT, Duration.ofMinutes(5), 2L << 20);
        ShadowStatus capturing = sessions.status(session.id());
        assertTrue(capturing.capabilities().stream().allMatch(ShadowStatus.Capability::available), capturing.capabilities().toString());
        requests(ENDPOINT, List.of(get("/index.lighttpd.html", "Authorization: Bearer s3cr3t-token-value"), LOGIN, get("/missing.html"),
                get("/", "Cookie: session=abcdef123456")));
        ShadowStatus done = stopAndAwait(session, 4);
        assertEquals("ended", done.session().state(), done.session().detail());
        assertTrue(done.session().detail().contains("tracing: strace used"), "what tracing cost the endpoint is said: " + done.session().detail());
        assertEquals(0, done.dropped(), done.counts().toString());
        assertTrue(done.live().syscalls() > 0, "lighttpd's system calls were traced");
        assertTrue(done.live().packets() > 0);

        List<ShadowRecordings.Exchange> live = store.shadows().exchanges(session.id(), ShadowRecordings.LIVE, 0, 100);
        assertEquals(List.of("GET /index.lighttpd.html 200", "POST /login 404", "GET /missing.html 404", "GET / 200"),
                live.stream().map(x -> x.method() + " " + x.target() + " " + x.status()).toList());
        String stored = live.toString() + live.stream().map(x -> new String(x.requestBody(), StandardCharsets.UTF_8)).toList();
        assertFalse(stored.contains("s3cr3t") || stored.contains("hunter2") || stored.contains("abcdef123456"), "secrets never reach the store: " + stored);
        assertTrue(live.get(0).requestHeaders().contains("Authorization: ***"), live.get(0).requestHeaders().toString());

        Path pcapng = workspace.resolve("session.pcapng");
        try (var out = Files.newOutputStream(pcapng)) {
            assertTrue(sessions.exportPcapng(session.id(), out) > 0);
        }
        Process tshark = new ProcessBuilder("tshark", "-r", pcapng.toString(), "-Y", "http.request", "-T", "fields", "-e", "http.request.method",
                "-e", "http.request.uri").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String listed = new String(tshark.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(tshark.waitFor(60, TimeUnit.SECONDS));
        assertEquals(List.of("GET\t/index.lighttpd.html", "POST\t/login", "GET\t/missing.html", "GET\t/"), listed.lines().toList());
        assertFalse(new String(Files.readAllBytes(pcapng), StandardCharsets.ISO_8859_1).contains("s3cr3t"), "nor the packets");

        TwinReplay.Outcome outcome = replay(session.id());
        assertEquals(4, outcome.requests(), outcome.summary());
        assertEquals(4, outcome.answered(), outcome.summary());
        assertTrue(outcome.traced() > 0, "the twin's lighttpd was traced from this machine: " + outcome.summary());
        ShadowComparison.Result result = sessions.compare(session.id());
        List<Divergence> notLow = result.divergences().stream().filter(d -> d.severity() != Divergence.Severity.LOW).toList();
        assertEquals(List.of(), notLow, "an untouched endpoint and its twin answer alike");
        assertEquals(4, result.requests());
    }

    @Test
    @Order(2)
    void aPageChangedAndABackdoorPlantedOnlyLiveAreFoundWithTheirEvidence() throws Exception {
        lab.exec(ENDPOINT, "sh", "-c", String.join("\n",
                "echo '<h1>defaced</h1>' > /var/www/html/index.lighttpd.html",
                "mkdir -p /usr/lib/cgi-bin",
                "printf '#!/bin/sh\\necho Content-Type: text/plain\\necho\\nsh -c \"$QUERY_STRING\"\\n' > /usr/lib/cgi-bin/status",
                "chmod 755 /usr/lib/cgi-bin/status",
                "ln -sf ../conf-available/10-cgi.conf /etc/lighttpd/conf-enabled/10-cgi.conf",
                "/etc/init.d/lighttpd restart >/dev/null 2>&1 || service lighttpd restart"));
        ShadowRecordings.Session session = start(ENDPOINT, Duration.ofMinutes(5), 2L << 20);
        requests(ENDPOINT, List.of(get("/missing.html"), get("/index.lighttpd.html"), get("/cgi-bin/status?id"), get("/missing.html")));
        stopAndAwait(session, 4);

        TwinReplay.Outcome outcome = replay(session.id());
        assertEquals(4, outcome.answered(), outcome.summary());
        ShadowComparison.Result result = sessions.compare(session.id());
        Divergence first = result.divergences().get(0);
        assertEquals(Divergence.Severity.CRITICAL, first.severity(), result.divergences().toString());
        assertEquals("exec", first.kind());
        assertEquals(List.of(2L), first.requests(), "the backdoor's request, the third");
        assertTrue(first.live().get(0).contains("execve"), "the live system call is the evidence: " + first.live());
        for (String program : List.of("/usr/lib/cgi-bin/status", "/usr/bin/sh", "/usr/bin/id")) {
            assertTrue(result.divergences().stream().anyMatch(d -> d.severity() == Divergence.Severity.CRITICAL && d.kind().equals("exec")
                    && d.what().equals("the live endpoint executed " + program + "; the twin did not") && d.requests().equals(List.of(2L))),
                    program + " in " + result.divergences());
        }
        assertTrue(result.divergences().stream().anyMatch(d -> d.kind().equals("body") && d.requests().equals(List.of(1L))), result.divergences().toString());
        assertTrue(result.divergences().stream().noneMatch(d -> d.what().contains("/dev/null")), "opening /dev/null is no write: " + result.divergences());
        assertTrue(result.divergences().stream().anyMatch(d -> d.kind().equals("status") && d.requests().equals(List.of(2L))
                && d.what().contains("200 live, 404 on the twin")), result.divergences().toString());
        assertEquals(2, result.matched(), "the requests for a missing page answered alike");

        // debugging on the twin: give it the live page, replay the same requests, look inside; the page's divergence goes, the backdoor's stays
        Path defaced = workspace.resolve("defaced.html");
        Files.writeString(defaced, "<h1>defaced</h1>\n");
        StringBuilder inside = new StringBuilder();
        TwinReplay.Outcome again = replay(session.id(), new io.twinbench.sim.run.TwinChanges(0, java.util.Map.of("/var/www/html/index.lighttpd.html", defaced),
                java.util.Set.of()), "cat /var/www/html/index.lighttpd.html", inside);
        assertEquals(4, again.answered(), again.summary());
        assertEquals("<h1>defaced</h1>", inside.toString().strip(), "the diagnostic command ran in the twin");
        ShadowComparison.Result changed = sessions.compare(session.id());
        assertTrue(changed.divergences().stream().noneMatch(d -> d.kind().equals("body") && d.requests().contains(1L)), changed.divergences().toString());
        assertEquals(Divergence.Severity.CRITICAL, changed.divergences().get(0).severity());
        assertTrue(store.shadows().exchanges(session.id(), ShadowRecordings.LIVE, 0, 10).size() == 4, "the live side, the evidence, is untouched");

        // the same with a draft plan, applied to the twin by the agent's own code before the replay
        io.twinbench.remedy.plan.Plan plan = new io.twinbench.remedy.plan.PlanReader().read("restore.yaml", """
                id: page-as-live
                title: The page as the live endpoint serves it
                targets: {endpoints: [shop-1]}
                actions:
                  - write: /var/www/html/index.lighttpd.html
                    content: "<h1>defaced</h1>\\n"
                    mode: "0644"
                """);
        io.twinbench.shadow.PlannedTwin planned = new io.twinbench.shadow.PlannedTwin(engine, Clock.systemUTC(), LabPlansTest.agentJar(),
                Path.of(System.getProperty("java.home")));
        TwinImage withPlan = planned.apply(LabFleet.IMAGE_TWIN, plan, java.util.Map.of());
        try (TwinContainers containers = new TwinContainers(engine, Clock.systemUTC())) {
            TwinReplay.Outcome onPlan = new TwinReplay(containers, store, Clock.systemUTC(), TwinReplay.hostStrace()).run(session.id(), withPlan,
                    new TwinLimits(1, 256L << 20, TwinLimits.DEFAULT_PIDS, List.of()), TwinReplay.Options.AS_RECORDED, new ReplayGate(false),
                    TwinReplay.Progress.NONE, () -> false);
            assertEquals(4, onPlan.answered(), onPlan.summary());
        } finally {
            planned.discard(withPlan);
        }
        ShadowComparison.Result afterPlan = sessions.compare(session.id());
        assertTrue(afterPlan.divergences().stream().noneMatch(d -> d.kind().equals("body") && d.requests().contains(1L)), afterPlan.divergences().toString());
    }

    @Test
    @Order(3)
    void aBudgetTooSmallDropsAndCountsAndTheSessionStillEndsAtItsDeadline() throws Exception {
        ShadowRecordings.Session session = start(ENDPOINT, Duration.ofSeconds(12), 1024);
        List<String> many = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(get("/index.lighttpd.html?n=" + i));
        }
        requests(ENDPOINT, many);
        LabPlansTest.await("the session to end at its deadline", Duration.ofSeconds(60), () -> sessions.requireSession(session.id()).over());
        ShadowStatus status = sessions.status(session.id());
        assertEquals("ended", status.session().state());
        assertTrue(status.session().detail().contains("deadline"), status.session().detail());
        assertTrue(status.dropped() > 0, "dropped and counted: " + status.counts());
        long captured = status.counts().stream().mapToLong(ShadowStatus.SourceCount::captured).sum();
        long sent = status.counts().stream().mapToLong(ShadowStatus.SourceCount::sent).sum();
        assertEquals(captured, sent + status.dropped(), "nothing lost silently: " + status.counts());
    }

    @Test
    @Order(4)
    void anEndpointWithoutStraceOrTcpdumpSaysExactlyWhatItCannotCapture() throws Exception {
        lab.exec(BARE, "rm", "-f", "/usr/bin/strace", "/usr/bin/tcpdump", "/usr/sbin/tcpdump");
        ShadowRecordings.Session session = start(BARE, Duration.ofMinutes(2), 2L << 20);
        ShadowStatus status = LabPlansTest.await("the capabilities reported", Duration.ofSeconds(30), () -> {
            ShadowStatus s = sessions.status(session.id());
            return s.capabilities().size() == 3 ? s : null;
        });
        for (ShadowStatus.Capability c : status.capabilities()) {
            assertFalse(c.available(), c.toString());
            assertTrue(c.detail().contains(c.source().equals("syscalls") ? "strace is not installed" : "tcpdump is not installed"), c.toString());
        }
        sessions.stop(session.id(), "nothing to capture");
        LabPlansTest.await("the session to end", Duration.ofSeconds(60), () -> sessions.requireSession(session.id()).over());
    }
}
