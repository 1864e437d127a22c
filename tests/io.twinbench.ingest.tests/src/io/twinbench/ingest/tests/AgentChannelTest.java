package io.twinbench.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.twinbench.ingest.collector.Collector;
import io.twinbench.ingest.collector.CollectorListener;
import io.twinbench.ingest.collector.CollectorTls;
import io.twinbench.ingest.enrol.CertificateAuthority;
import io.twinbench.ingest.enrol.Enrollment;
import io.twinbench.model.twin.DependencyType;
import io.twinbench.model.twin.ElementKind;
import io.twinbench.model.twin.ListeningPort;
import io.twinbench.model.twin.Twin;
import io.twinbench.store.Sample;
import io.twinbench.store.TwinChange;
import io.twinbench.store.SeriesKey;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.TwinStore;

/** The real agent jar, reading this machine, against the real collector over mutual TLS on loopback. */
class AgentChannelTest {

    @TempDir
    Path workspace;

    private TwinStore store;
    private CertificateAuthority ca;
    private Enrollment enrollment;
    private Collector collector;
    private int port;
    private final List<String> refusals = new CopyOnWriteArrayList<>();
    private final List<String> connections = new CopyOnWriteArrayList<>();
    /** Memory samples handed to the listener after commit: what online anomaly detection sees. */
    private final List<Double> memorySeen = new CopyOnWriteArrayList<>();

    /** Where the collector stores: the embedded H2 here; a PostgreSQL database in the subclass that runs the same tests there. */
    StoreLocation location() {
        return StoreLocation.embeddedIn(workspace);
    }

    @BeforeEach
    void start() throws Exception {
        store = TwinStore.open(location());
        ca = CertificateAuthority.openOrCreate(workspace.resolve("ca"), Clock.systemUTC());
        enrollment = new Enrollment(ca, store.enrollments(), Clock.systemUTC());
        collector = startCollector(0);
        port = collector.port();
    }

    private Collector startCollector(int onPort) throws Exception {
        Collector started = new Collector(CollectorTls.issue(ca, List.of("127.0.0.1")), enrollment, store, new CollectorListener() {
            @Override
            public void refused(String peer, String reason) {
                refusals.add(reason);
            }

            @Override
            public void connected(String agentId, String agentVersion) {
                connections.add(agentId + " " + agentVersion);
            }

            @Override
            public void samplesStored(String twinId, List<io.twinbench.store.SeriesAppend> appends) {
                appends.stream().filter(a -> a.key().metric().equals("memory.used"))
                        .forEach(a -> a.samples().forEach(sample -> memorySeen.add(sample.value())));
            }
        }, Clock.systemUTC());
        started.start(new InetSocketAddress("127.0.0.1", onPort));
        return started;
    }

    @AfterEach
    void stop() throws Exception {
        // a subclass without its server (PostgreSQL) skips in its set-up, before there is a collector or a store
        if (collector != null) {
            collector.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private AgentProcess agent(Path state, String... more) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("--server", "127.0.0.1:" + port, "--state", state.toString(),
                "--interval", "1", "--agent-id", "e2e-agent"));
        args.addAll(List.of(more));
        return AgentProcess.start(workspace.resolve("logs"), args.toArray(String[]::new));
    }

    private String token() throws io.twinbench.ingest.enrol.EnrollmentException {
        return enrollment.newToken(Duration.ofMinutes(5)).value();
    }

    private List<Sample> series(String element, String metric) {
        return store.telemetry().range(new SeriesKey("e2e-agent", element, metric), 0, Long.MAX_VALUE);
    }

    @Test
    void anAgentEnrolsWithATokenThenStreamsThisMachinesTelemetryExactlyOnce() throws Exception {
        Path state = workspace.resolve("agent-state");
        AgentProcess first = agent(state, "--token", token(), "--count", "3", "--inventory-interval", "0");
        assertEquals(0, first.exitCode(90), first.output());
        assertTrue(Files.exists(state.resolve("identity.p12")), "the agent keeps its identity");
        assertEquals(3, store.agentStreams().lastSeq("e2e-agent"), "three frames committed");
        assertEquals(3, series("memory", "memory.used").size(), "one memory sample per frame: " + first.output());
        long total = new oshi.SystemInfo().getHardware().getMemory().getTotal();
        double used = series("memory", "memory.used").get(0).value();
        assertTrue(used > 0 && used <= total, "memory.used is this machine's (" + used + " of " + total + ")");

        AgentProcess second = agent(state, "--count", "2", "--inventory-interval", "0");
        assertEquals(0, second.exitCode(90), second.output());
        assertEquals(5, store.agentStreams().lastSeq("e2e-agent"));
        assertEquals(5, series("memory", "memory.used").size(), "the second run adds two frames and re-applies none");
        assertEquals(series("memory", "memory.used").stream().map(io.twinbench.store.Sample::value).toList(), memorySeen,
                "every committed sample, once, reaches the listener (online anomaly detection)");
        assertTrue(connections.stream().allMatch(c -> c.startsWith("e2e-agent ")), connections.toString());
        assertEquals(2, connections.size(), "one connection per run: " + connections);
        assertTrue(store.agentStreams().activity().get(0).lastSeen().isAfter(Instant.now().minusSeconds(60)));
    }

    @Test
    void theAgentsTwinHasThisMachinesProcessesListenersAndPackagesAndFollowsTheirChanges() throws Exception {
        try (java.net.ServerSocket early = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            AgentProcess agent = agent(workspace.resolve("agent-state"), "--token", token(), "--count", "8", "--inventory-interval", "1");
            awaitFirstInventory(agent);
            java.net.ServerSocket late = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
            try (late) {
                assertEquals(0, agent.exitCode(120), agent.output());
                Twin twin = store.snapshots().latest("e2e-agent").orElseThrow(() -> new AssertionError("no twin stored: " + agent.output()));
                assertNotNull(twin.findElement("proc/" + ProcessHandle.current().pid()), "this test's JVM is a process of the twin");
                assertTrue(hasListener(twin, early.getLocalPort()), "the listener open since before enrolment");
                Path status = Path.of("/var/lib/dpkg/status");
                if (Files.exists(status)) {
                    long installed = Files.readAllLines(status).stream().filter(l -> l.equals("Status: install ok installed")).count();
                    assertEquals(installed, twin.elementsOfKind(ElementKind.PACKAGE).size(), "every installed package");
                    assertTrue(twin.getDependencies().stream().anyMatch(d -> d.getType() == DependencyType.REQUIRES
                            && d.getTarget().getId().equals("pkg/libc6")), "package dependencies are edges");
                }
                List<TwinChange> history = store.inventories().changes("e2e-agent", Instant.EPOCH, Instant.now().plusSeconds(5), 100_000);
                String lateKey = "/" + late.getLocalPort();
                assertTrue(history.stream().anyMatch(c -> c.itemKey().endsWith(lateKey) && c.change() == TwinChange.Kind.ADDED
                        && c.section().equals("listeners") && c.source().equals("agent e2e-agent")),
                        "the history records the listener opened while streaming (" + lateKey + ")");
                assertEquals(store.inventories().hashes("e2e-agent").keySet(),
                        java.util.Set.of("hardware", "os", "packages", "units", "users", "config", "processes", "services", "listeners", "connections"));
            }
        }
    }

    @Test
    void logsSecurityEventsAndSystemCallsReachTheTwinWithSecretsMasked() throws Exception {
        Path appLog = workspace.resolve("app.log");
        Path authLog = workspace.resolve("auth.log");
        Files.writeString(appLog, "2026-11-22 10:00:00 INFO started\n");
        Files.writeString(authLog, "");
        Process busy = new ProcessBuilder("sh", "-c", "while true; do cat /etc/hostname > /dev/null; sleep 0.1; done").start();
        try {
            AgentProcess agent = agent(workspace.resolve("agent-state"), "--token", token(), "--count", "10", "--inventory-interval", "1",
                    "--log", appLog.toString(), "--auth-log", authLog.toString(), "--audit-log", "none",
                    "--watch-syscalls", Long.toString(busy.pid()));
            awaitFirstInventory(agent);
            try (java.net.ServerSocket late = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                Files.writeString(appLog, "2026-11-22 10:00:05 ERROR login to https://svc:hunter2@db.internal failed\n",
                        java.nio.file.StandardOpenOption.APPEND);
                String now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).toString();
                Files.writeString(authLog, now + " host sshd[99]: Failed password for root from 203.0.113.9 port 4000 ssh2\n"
                        + now + " host sudo:  alice : TTY=pts/0 ; PWD=/ ; USER=root ; COMMAND=/usr/bin/psql password=s3cret\n",
                        java.nio.file.StandardOpenOption.APPEND);
                assertEquals(0, agent.exitCode(120), agent.output());

                List<io.twinbench.store.StoredEvent> events = store.events().find(io.twinbench.store.EventQuery.all("e2e-agent", 1000));
                List<String> messages = events.stream().map(io.twinbench.store.StoredEvent::message).toList();
                assertTrue(messages.contains("2026-11-22 10:00:00 INFO started"), "the application log's lines: " + messages);
                io.twinbench.store.StoredEvent error = events.stream().filter(e -> e.message().contains("ERROR login")).findFirst()
                        .orElseThrow(() -> new AssertionError("no error line: " + messages));
                assertEquals("ERROR", error.severity());
                assertTrue(!error.message().contains("hunter2"), "the URL's password is masked: " + error.message());
                io.twinbench.store.StoredEvent failure = events.stream().filter(e -> e.kind().equals("auth.failure")).findFirst()
                        .orElseThrow(() -> new AssertionError("no failed login: " + messages));
                assertEquals("user/root", failure.elementId());
                assertTrue(failure.attributesJson().contains("203.0.113.9"), failure.attributesJson());
                io.twinbench.store.StoredEvent sudo = events.stream().filter(e -> e.kind().equals("sudo")).findFirst()
                        .orElseThrow(() -> new AssertionError("no sudo: " + messages));
                assertTrue(!sudo.attributesJson().contains("s3cret") && !sudo.message().contains("s3cret"), sudo.toString());
                String lateKey = "/" + late.getLocalPort();
                assertTrue(events.stream().anyMatch(e -> e.kind().equals("listener.new") && e.elementId().endsWith(lateKey)),
                        "the port opened while streaming is a security event: " + messages);
                assertEquals(1, events.stream().filter(e -> e.message().contains("ERROR login")).count(), "each line once");

                String proc = "proc/" + busy.pid();
                double calls = store.telemetry().range(new SeriesKey("e2e-agent", proc, "syscalls.total"), 0, Long.MAX_VALUE).stream()
                        .mapToDouble(Sample::value).sum();
                double execs = store.telemetry().range(new SeriesKey("e2e-agent", proc, "syscalls.execve"), 0, Long.MAX_VALUE).stream()
                        .mapToDouble(Sample::value).sum();
                assertTrue(calls > 0 && execs >= 1, "system calls of the watched process: " + calls + " in all, " + execs + " execve");
            }
        } finally {
            busy.destroyForcibly();
        }
    }

    /** Until the agent's first, full inventory is committed: what opens after it is new to the twin. */
    private void awaitFirstInventory(AgentProcess agent) throws InterruptedException {
        long until = System.currentTimeMillis() + 60_000;
        while (store.inventories().hashes("e2e-agent").isEmpty()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("no inventory from the agent within a minute: " + agent.output());
            }
            Thread.sleep(100);
        }
    }

    private static boolean hasListener(Twin twin, int port) {
        return twin.elementsOfKind(ElementKind.LISTENING_PORT).stream().anyMatch(e -> ((ListeningPort) e).getPort() == port);
    }

    @Test
    void aUsedTokenAndARevokedAgentAreRefusedWithTheReasonInBothLogs() throws Exception {
        String token = token();
        AgentProcess enrolled = agent(workspace.resolve("one"), "--token", token, "--count", "1");
        assertEquals(0, enrolled.exitCode(90), enrolled.output());

        AgentProcess reused = agent(workspace.resolve("two"), "--token", token, "--count", "1");
        assertEquals(3, reused.exitCode(90), reused.output());
        assertTrue(reused.output().contains("the enrolment token was already used"), reused.output());
        assertTrue(refusals.stream().anyMatch(r -> r.contains("already used")), refusals.toString());

        store.enrollments().revoke("e2e-agent", Instant.now());
        AgentProcess revoked = agent(workspace.resolve("one"), "--count", "1");
        assertEquals(3, revoked.exitCode(90), revoked.output());
        assertTrue(revoked.output().contains("agent e2e-agent was revoked"), revoked.output());
        assertTrue(refusals.stream().anyMatch(r -> r.contains("was revoked")), refusals.toString());
    }

    @Test
    void whileTheCollectorIsDownTheAgentKeepsItsFramesAndDeliversThemLater() throws Exception {
        Path state = workspace.resolve("agent-state");
        assertEquals(0, agent(state, "--token", token(), "--count", "1", "--inventory-interval", "0").exitCode(90));
        collector.close();

        AgentProcess offline = agent(state, "--count", "3", "--drain-seconds", "60", "--inventory-interval", "0");
        // the collector comes back only once the agent has met it down: a JVM slow to start must not find it up already
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!offline.output().contains("unreachable") && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertTrue(offline.output().contains("unreachable"), "the agent said the workbench was unreachable: " + offline.output());
        assertEquals(1, store.agentStreams().lastSeq("e2e-agent"), "nothing arrives while the collector is down");
        collector = startCollector(port);
        assertEquals(0, offline.exitCode(90), offline.output());
        assertEquals(4, store.agentStreams().lastSeq("e2e-agent"));
        assertEquals(4, series("memory", "memory.used").size(), "every buffered frame arrived once");
    }

    @Test
    void aFullSpoolDropsTheOldestFramesSaysSoOnBothSidesAndDeliversTheRestOnce() throws Exception {
        Path state = workspace.resolve("agent-state");
        assertEquals(0, agent(state, "--token", token(), "--count", "1", "--inventory-interval", "0").exitCode(90));
        collector.close();
        List<String> gaps = new CopyOnWriteArrayList<>();
        java.util.logging.Logger collectorLog = java.util.logging.Logger.getLogger("io.twinbench.ingest.collector.AgentStream");
        java.util.logging.Handler gapHandler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                if (r.getMessage() != null && r.getMessage().contains("never arrived")) {
                    gaps.add(r.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        collectorLog.addHandler(gapHandler);
        try {
            // a spool of 40 kB (16 kB segments): many of 30 frames collected offline cannot be kept
            AgentProcess offline = agent(state, "--count", "30", "--drain-seconds", "60", "--inventory-interval", "0",
                    "--process-interval", "0", "--spool-max-bytes", "40000");
            Thread.sleep(33_000);
            collector = startCollector(port);
            assertEquals(0, offline.exitCode(120), offline.output());
            java.util.regex.Matcher dropped = java.util.regex.Pattern.compile("dropped (\\d+)").matcher(offline.output());
            long lost = 0;
            while (dropped.find()) {
                lost += Long.parseLong(dropped.group(1));
            }
            assertTrue(lost > 0, "the agent says how many frames its full spool dropped: " + offline.output());
            assertEquals(31, store.agentStreams().lastSeq("e2e-agent"), "the stream goes on past the gap");
            assertEquals(31 - lost, series("memory", "memory.used").size(), "every frame kept arrived, once; only the dropped are missing");
            assertEquals(1, gaps.size(), "the collector logs the gap once: " + gaps);
            assertTrue(gaps.get(0).contains("frames 2.." + (1 + lost)), gaps.get(0));
        } finally {
            collectorLog.removeHandler(gapHandler);
        }
    }
}
