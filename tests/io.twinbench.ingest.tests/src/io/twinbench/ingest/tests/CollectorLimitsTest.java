package io.twinbench.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.twinbench.ingest.collector.Collector;
import io.twinbench.ingest.collector.CollectorListener;
import io.twinbench.ingest.collector.CollectorTls;
import io.twinbench.ingest.collector.ConnectionLimits;
import io.twinbench.ingest.enrol.AgentCredentials;
import io.twinbench.ingest.enrol.CertificateAuthority;
import io.twinbench.ingest.enrol.Enrollment;
import io.twinbench.ingest.intake.EndpointQuotas;
import io.twinbench.inventory.SecretRedactor;
import io.twinbench.model.build.FindingsSource;
import io.twinbench.protocol.Ack;
import io.twinbench.protocol.Event;
import io.twinbench.protocol.EventBatch;
import io.twinbench.protocol.InventoryFull;
import io.twinbench.protocol.Nack;
import io.twinbench.protocol.Sample;
import io.twinbench.protocol.Severity;
import io.twinbench.protocol.TelemetryBatch;
import io.twinbench.protocol.inventory.Item;
import io.twinbench.protocol.inventory.Section;
import io.twinbench.protocol.FrameCodec;
import io.twinbench.protocol.Hello;
import io.twinbench.protocol.MessageType;
import io.twinbench.protocol.Refusal;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.TwinStore;

/** What a peer can make the collector hold before it authenticates, and what an agent's trust is worth once revoked. */
class CollectorLimitsTest {

    @TempDir
    Path workspace;

    private TwinStore store;
    private CertificateAuthority ca;
    private Enrollment enrollment;
    private Collector collector;

    /** Tight limits, so that a test reaches them with a handful of sockets and seconds. */
    private static final ConnectionLimits LIMITS = new ConnectionLimits(50, 6, 3, 2, Duration.ofSeconds(2), 4096, Duration.ofHours(1));
    private static final EndpointQuotas.Limits QUOTAS = new EndpointQuotas.Limits(5, 10, 8, 100);

    @BeforeEach
    void start() throws Exception {
        store = TwinStore.open(StoreLocation.embeddedIn(workspace));
        ca = CertificateAuthority.openOrCreate(workspace.resolve("ca"), Clock.systemUTC());
        enrollment = new Enrollment(ca, store.enrollments(), Clock.systemUTC());
        collector = new Collector(CollectorTls.issue(ca, List.of("127.0.0.1")), enrollment, store, CollectorListener.NONE, Clock.systemUTC(),
                SecretRedactor.defaults(), FindingsSource.NONE, LIMITS, QUOTAS);
        collector.start(new InetSocketAddress("127.0.0.1", 0));
    }

    @AfterEach
    void stop() throws Exception {
        collector.close();
        store.close();
    }

    /** Whether the collector closed the socket within the time given (it reads end of stream or a reset). */
    private static boolean closedWithin(Socket socket, Duration time) throws IOException {
        socket.setSoTimeout((int) time.toMillis());
        InputStream in = socket.getInputStream();
        try {
            while (in.read() >= 0) {
                // TLS records the collector sent before closing
            }
            return true;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    @Test
    void anUnauthenticatedPeerIsGivenASmallFrameLimit() throws Exception {
        try (TestClient anonymous = TestClient.connect(collector.port(), null, null, ca.certificate())) {
            ByteBuffer header = ByteBuffer.allocate(FrameCodec.HEADER_BYTES);
            header.putInt(FrameCodec.MAGIC).put((byte) 1).put((byte) MessageType.ENROLL_REQUEST.code()).putShort((short) 0).putLong(1)
                    .putInt(1 << 20);
            anonymous.sendRaw(header.array());
            Refusal refusal = (Refusal) anonymous.receive().orElseThrow();
            assertTrue(refusal.reason().contains("announces 1048576 bytes, more than the limit of 4096"), refusal.reason());
        }
    }

    @Test
    void aPeerThatTricklesBytesIsCutOffAtOneDeadline() throws Exception {
        try (Socket slow = new Socket("127.0.0.1", collector.port())) {
            long start = System.nanoTime();
            boolean closed = false;
            // a byte every half second would keep any per-read timeout happy
            for (int i = 0; i < 40 && !closed; i++) {
                try {
                    slow.getOutputStream().write(0x16);
                    slow.getOutputStream().flush();
                } catch (IOException e) {
                    closed = true;
                }
                closed = closed || closedWithin(slow, Duration.ofMillis(500));
            }
            assertTrue(closed, "the collector closed a connection that never authenticated");
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(15).toNanos(), "within its deadline, not after 20 s of trickling");
        }
    }

    @Test
    void connectionsBeyondTheUnauthenticatedLimitsAreClosedAtOnce() throws Exception {
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                sockets.add(new Socket("127.0.0.1", collector.port()));
            }
            int closedAtOnce = 0;
            for (Socket socket : sockets.reversed()) {
                if (closedWithin(socket, Duration.ofMillis(300))) {
                    closedAtOnce++;
                }
            }
            assertEquals(2, closedAtOnce, "three per address are held (until their deadline), the others closed before any handshake");
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
        // once those are gone, an agent gets in again
        for (int i = 0; i < 50 && collector.unauthenticatedConnections() > 0; i++) {
            Thread.sleep(100);
        }
        AgentCredentials identity = AgentCredentials.enrol(enrollment, "after", "h");
        try (TestClient agent = TestClient.connect(collector.port(), identity.key(), identity.chain(), ca.certificate())) {
            agent.send(new Hello("after", "test", "h", 0), 0);
            assertEquals(new Ack(0), agent.receive().orElseThrow());
        }
    }

    @Test
    void revokingAnAgentEndsItsOpenSession() throws Exception {
        AgentCredentials identity = AgentCredentials.enrol(enrollment, "web-01", "web-01");
        try (TestClient agent = TestClient.connect(collector.port(), identity.key(), identity.chain(), ca.certificate())) {
            agent.send(new Hello("web-01", "test", "web-01", 0), 0);
            assertEquals(new Ack(0), agent.receive().orElseThrow());
            store.enrollments().revoke("web-01", java.time.Instant.now());
            collector.recheckTrust();
            Refusal refusal = assertInstanceOf(Refusal.class, agent.receive().orElseThrow());
            assertTrue(refusal.reason().startsWith("agent web-01 was revoked on"), refusal.reason());
            assertTrue(refusal.permanent());
            assertTrue(agent.receive().isEmpty(), "and the session is closed");
        }
    }

    @Test
    void anAgentHoldsAtMostItsLimitOfConnectionsTheNewestWin() throws Exception {
        AgentCredentials identity = AgentCredentials.enrol(enrollment, "db-1", "db-1");
        List<TestClient> sessions = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                TestClient session = TestClient.connect(collector.port(), identity.key(), identity.chain(), ca.certificate());
                session.send(new Hello("db-1", "test", "db-1", 0), 0);
                assertEquals(new Ack(0), session.receive().orElseThrow());
                sessions.add(session);
            }
            assertTrue(sessions.get(0).receive().isEmpty(), "the oldest session was closed by the third");
            assertEquals(2, collector.openConnections());
        } finally {
            for (TestClient session : sessions) {
                session.close();
            }
        }
    }

    private TestClient streaming(String id) throws Exception {
        AgentCredentials identity = AgentCredentials.enrol(enrollment, id, id);
        TestClient client = TestClient.connect(collector.port(), identity.key(), identity.chain(), ca.certificate());
        client.send(new Hello(id, "test", id, 0), 0);
        assertEquals(new Ack(0), client.receive().orElseThrow());
        return client;
    }

    @Test
    void oneEndpointsFloodIsCutAtItsQuotaCountedOnItsRowAndTheOthersAreUntouched() throws Exception {
        long now = System.currentTimeMillis();
        try (TestClient flood = streaming("flood"); TestClient quiet = streaming("quiet")) {
            List<Sample> samples = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                samples.add(new Sample("proc/" + i, "cpu", "%", now, i));
            }
            flood.send(new TelemetryBatch(samples), 1);
            assertEquals(new Ack(1), flood.receive().orElseThrow());
            List<Event> events = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                events.add(new Event(now, "auth.failure", Severity.WARN, "auth.log", null, "Failed password " + i, java.util.Map.of()));
            }
            flood.send(new EventBatch(events), 2);
            assertEquals(new Ack(2), flood.receive().orElseThrow());
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                items.add(io.twinbench.inventory.ItemBuilder.of("Process", "proc/" + i, "p" + i).build());
            }
            flood.send(new InventoryFull(List.of(new Section("processes", items))), 3);
            Nack refused = assertInstanceOf(Nack.class, flood.receive().orElseThrow());
            assertTrue(refused.reason().contains("inventory over quota: 150 inventory items, more than 100"), refused.reason());
            assertEquals(new Ack(3), flood.receive().orElseThrow());

            quiet.send(new TelemetryBatch(List.of(new Sample("memory", "memory.used", "bytes", now, 1))), 1);
            assertEquals(new Ack(1), quiet.receive().orElseThrow());
        }
        assertEquals(5, store.telemetry().seriesOf("flood").size(), "series beyond the quota are not created");
        assertEquals(1, store.telemetry().seriesOf("quiet").size());
        collector.reportRefusals();
        io.twinbench.store.AgentActivity row = store.agentStreams().activity().stream().filter(a -> a.id().equals("flood")).findFirst().orElseThrow();
        assertEquals(new io.twinbench.store.AgentRefusals(3, 3, 15, 1), row.refused());
        assertEquals("3 series (3 samples), 15 events, 1 inventory over quota", row.refused().describe());
        List<io.twinbench.store.StoredEvent> stored = store.events().find(new io.twinbench.store.EventQuery("flood", 0, Long.MAX_VALUE,
                java.util.Set.of(), java.util.Set.of(), "", 100));
        assertEquals(10, stored.stream().filter(e -> e.kind().equals("auth.failure")).count(), "a minute's rate of events is taken");
        assertTrue(stored.stream().anyMatch(e -> e.kind().equals("collector.quota") && e.message().contains("15 events beyond 10 a minute")),
                "the flood itself is an event of the twin");
        assertFalse(store.agentStreams().activity().stream().filter(a -> a.id().equals("quiet")).findFirst().orElseThrow().refused().any());
    }

    @Test
    void anAgentsNotesAreKeptOnItsRow() throws Exception {
        AgentCredentials identity = AgentCredentials.enrol(enrollment, "blind", "blind");
        try (TestClient agent = TestClient.connect(collector.port(), identity.key(), identity.chain(), ca.certificate())) {
            agent.send(new Hello("blind", "test", "blind", 0, List.of("no source of security events: no /var/log/auth.log")), 0);
            assertEquals(new Ack(0), agent.receive().orElseThrow());
        }
        assertEquals("no source of security events: no /var/log/auth.log",
                store.agentStreams().activity().stream().filter(a -> a.id().equals("blind")).findFirst().orElseThrow().notes());
    }

    @Test
    void theWorkbenchMasksWhatAnAgentLeftUnmaskedInInventoriesAndEvents() throws Exception {
        long now = System.currentTimeMillis();
        try (TestClient careless = streaming("careless")) {
            careless.send(new InventoryFull(List.of(new Section("units", List.of(io.twinbench.inventory.ItemBuilder.of("Service", "svc/app.service",
                    "app.service").set("execStart", "/usr/bin/app --password=hunter2").set("db.password", "plain").build())))), 1);
            assertEquals(new Ack(1), careless.receive().orElseThrow());
            careless.send(new EventBatch(List.of(new Event(now, "log", Severity.INFO, "app.log", null, "login with token: abc123",
                    java.util.Map.of("api_key", "k-999", "user", "alice")))), 2);
            assertEquals(new Ack(2), careless.receive().orElseThrow());
        }
        String stored = store.inventories().items("careless").toString();
        assertFalse(stored.contains("hunter2") || stored.contains("plain"), stored);
        assertTrue(stored.contains("--password=***"), stored);
        io.twinbench.store.StoredEvent event = store.events().find(new io.twinbench.store.EventQuery("careless", 0, Long.MAX_VALUE,
                java.util.Set.of("log"), java.util.Set.of(), "", 10)).get(0);
        assertEquals("login with token: ***", event.message());
        assertTrue(event.attributesJson().contains("\"api_key\":\"***\"") && event.attributesJson().contains("\"user\":\"alice\""),
                event.attributesJson());
    }

    /** The next answer to a frame, past what the collector sends of its own accord (the collection policy). */
    private static io.twinbench.protocol.Message answer(TestClient client) throws Exception {
        for (int i = 0; i < 10; i++) {
            io.twinbench.protocol.Message m = client.receive().orElseThrow();
            if (!(m instanceof io.twinbench.protocol.CollectionPolicyDelivery)) {
                return m;
            }
        }
        throw new AssertionError("no answer");
    }

    @Test
    void anAgentIgnoringTheCollectionPolicyStoresNothingItForbidsAndIsCaughtOnceItClaimsToEnforceIt() throws Exception {
        java.time.Instant issued = java.time.Instant.now();
        io.twinbench.remedy.trust.CollectionPolicy policy = new io.twinbench.remedy.trust.CollectionPolicy(1, issued, "agent-collection v1",
                List.of("config", "packages"), false, List.of("/etc/ssh"), null, true, List.of("tenant-[0-9]+"));
        io.twinbench.remedy.trust.Envelope unsigned = policy.unsigned();
        byte[] signed = unsigned.withSignature(io.twinbench.remedy.trust.SigningKey.generate("alice").sign(unsigned)).toJson();
        store.collection().issue(new io.twinbench.store.CollectionPolicies.Issued(1, policy.source(), "{}", signed, "ana", issued));
        Section config = new Section("config", List.of(
                io.twinbench.inventory.ItemBuilder.of("ConfigurationItem", "cfg/etc/ssh/sshd_config", "sshd_config").set("path", "/etc/ssh/sshd_config")
                        .set("value", "PermitRootLogin yes\n").set("sha256", "ab").build(),
                io.twinbench.inventory.ItemBuilder.of("ConfigurationItem", "cfg/etc/shadow", "shadow").set("path", "/etc/shadow")
                        .set("value", "root:$6$salt$hash:19000::::::\n").build()));
        Section processes = new Section("processes", List.of(io.twinbench.inventory.ItemBuilder.of("Process", "proc/1", "init").build()));
        try (TestClient hostile = streaming("hostile")) {
            hostile.send(new InventoryFull(List.of(config, processes)), 1);
            assertEquals(new Ack(1), answer(hostile));
            hostile.send(new EventBatch(List.of(new Event(System.currentTimeMillis(), "log", Severity.INFO, "app.log", null,
                    "request for tenant-4711", java.util.Map.of()))), 2);
            assertEquals(new Ack(2), answer(hostile));
            String stored = store.inventories().items("hostile").toString();
            assertFalse(stored.contains("/etc/shadow") || stored.contains("PermitRootLogin") || stored.contains("proc/1"),
                    "kept out of the store though the agent sent it: " + stored);
            assertTrue(stored.contains("/etc/ssh/sshd_config"), "the file by its path and hash: " + stored);
            List<io.twinbench.store.StoredEvent> events = store.events().find(new io.twinbench.store.EventQuery("hostile", 0, Long.MAX_VALUE,
                    java.util.Set.of(), java.util.Set.of(), "", 100));
            assertEquals("request for ***", events.stream().filter(e -> e.kind().equals("log")).findFirst().orElseThrow().message());
            assertTrue(events.stream().noneMatch(e -> e.kind().equals("collection.violation")), "an agent not enforcing it yet violates nothing");

            hostile.send(new io.twinbench.protocol.CollectionReport(1, io.twinbench.protocol.CollectionReport.ENFORCED, "enforcing"), 3);
            assertEquals(new Ack(3), answer(hostile));
            hostile.send(new InventoryFull(List.of(config, processes)), 4);
            answer(hostile);
        }
        io.twinbench.store.StoredEvent violation = store.events().find(new io.twinbench.store.EventQuery("hostile", 0, Long.MAX_VALUE,
                java.util.Set.of("collection.violation"), java.util.Set.of(), "", 10)).get(0);
        assertEquals("the agent says it enforces collection policy 1 but sent what it forbids; kept out: file /etc/shadow, "
                + "contents of /etc/ssh/sshd_config, section processes", violation.message());
        assertFalse(store.inventories().items("hostile").toString().contains("PermitRootLogin"));
    }
}
