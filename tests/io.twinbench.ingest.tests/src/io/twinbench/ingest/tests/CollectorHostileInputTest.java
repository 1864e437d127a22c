package io.twinbench.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.twinbench.ingest.collector.Collector;
import io.twinbench.ingest.enrol.AgentCredentials;
import io.twinbench.ingest.collector.CollectorListener;
import io.twinbench.ingest.collector.CollectorTls;
import io.twinbench.ingest.enrol.CertificateAuthority;
import io.twinbench.ingest.enrol.Enrollment;
import io.twinbench.protocol.Ack;
import io.twinbench.protocol.FrameCodec;
import io.twinbench.protocol.Hello;
import io.twinbench.protocol.Message;
import io.twinbench.protocol.MessageType;
import io.twinbench.protocol.Nack;
import io.twinbench.protocol.Refusal;
import io.twinbench.protocol.Sample;
import io.twinbench.protocol.TelemetryBatch;
import io.twinbench.store.SeriesKey;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.TwinStore;

/** Malformed, oversized, out-of-order and hostile input: a clear reason, and nobody else's stream harmed. */
class CollectorHostileInputTest {

    @TempDir
    Path workspace;

    private TwinStore store;
    private CertificateAuthority ca;
    private Enrollment enrollment;
    private Collector collector;

    @BeforeEach
    void start() throws Exception {
        store = TwinStore.open(StoreLocation.embeddedIn(workspace));
        ca = CertificateAuthority.openOrCreate(workspace.resolve("ca"), Clock.systemUTC());
        enrollment = new Enrollment(ca, store.enrollments(), Clock.systemUTC());
        collector = new Collector(CollectorTls.issue(ca, List.of("127.0.0.1")), enrollment, store, CollectorListener.NONE, Clock.systemUTC());
        collector.start(new InetSocketAddress("127.0.0.1", 0));
    }

    @AfterEach
    void stop() throws Exception {
        collector.close();
        store.close();
    }

    private TestClient agent(String id) throws Exception {
        AgentCredentials identity = AgentCredentials.enrol(enrollment, id, "test-host");
        TestClient client = TestClient.connect(collector.port(), identity.key(), identity.chain(), ca.certificate());
        client.send(new Hello(id, "test", "test-host", 0), 0);
        assertEquals(new Ack(0), client.receive().orElseThrow());
        return client;
    }

    private static TelemetryBatch batch(double value) {
        return new TelemetryBatch(List.of(new Sample("memory", "memory.used", "bytes", System.currentTimeMillis(), value)));
    }

    @Test
    void aBadFrameIsRefusedAloneAndTheStreamGoesOn() throws Exception {
        try (TestClient good = agent("good"); TestClient bad = agent("bad")) {
            ByteBuffer frame = ByteBuffer.allocate(FrameCodec.HEADER_BYTES + 9);
            frame.putInt(FrameCodec.MAGIC).put((byte) 1).put((byte) MessageType.TELEMETRY.code()).putShort((short) 0).putLong(1).putInt(9)
                    .put("{samples:".getBytes(StandardCharsets.US_ASCII));
            bad.sendRaw(frame.array());
            Message nack = bad.receive().orElseThrow();
            assertInstanceOf(Nack.class, nack);
            assertTrue(((Nack) nack).reason().contains("malformed JSON"), nack.toString());
            assertEquals(new Ack(1), bad.receive().orElseThrow(), "the refused frame is done with; the agent may drop it");

            bad.send(new TelemetryBatch(List.of(new Sample("memory", "memory.used", "bytes", System.currentTimeMillis() + 86_400_000L, 1))), 2);
            assertTrue(((Nack) bad.receive().orElseThrow()).reason().contains("ahead of the workbench's clock"));
            assertEquals(new Ack(2), bad.receive().orElseThrow());

            bad.send(batch(7), 3);
            assertEquals(new Ack(3), bad.receive().orElseThrow(), "the stream goes on after refusals");
            bad.send(batch(8), 3);
            assertEquals(new Ack(3), bad.receive().orElseThrow(), "a resent frame is acknowledged, not applied");
            good.send(batch(42), 1);
            assertEquals(new Ack(1), good.receive().orElseThrow(), "the other agent never noticed");
        }
        assertEquals(List.of(7.0), store.telemetry().range(new SeriesKey("bad", "memory", "memory.used"), 0, Long.MAX_VALUE)
                .stream().map(s -> s.value()).toList());
        assertEquals(42.0, store.telemetry().range(new SeriesKey("good", "memory", "memory.used"), 0, Long.MAX_VALUE).get(0).value());
    }

    @Test
    void aBrokenOrOversizedStreamEndsOnlyItsOwnConnectionWithAReason() throws Exception {
        try (TestClient good = agent("good"); TestClient garbage = agent("garbage"); TestClient huge = agent("huge")) {
            garbage.sendRaw("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            Refusal refusal = (Refusal) garbage.receive().orElseThrow();
            assertTrue(refusal.reason().contains("not a Twinbench frame"), refusal.reason());
            assertTrue(garbage.receive().isEmpty(), "then the connection closes");

            ByteBuffer header = ByteBuffer.allocate(FrameCodec.HEADER_BYTES);
            header.putInt(FrameCodec.MAGIC).put((byte) 1).put((byte) MessageType.TELEMETRY.code()).putShort((short) 0).putLong(1)
                    .putInt(Integer.MAX_VALUE);
            huge.sendRaw(header.array());
            Refusal tooBig = (Refusal) huge.receive().orElseThrow();
            assertTrue(tooBig.reason().contains("more than the limit"), tooBig.reason());

            good.send(batch(1), 1);
            assertEquals(new Ack(1), good.receive().orElseThrow());
        }
    }

    @Test
    void wrongCertificatesAndForeignClaimsAreRefusedWithTheirReason() throws Exception {
        CertificateAuthority foreign = CertificateAuthority.openOrCreate(workspace.resolve("foreign-ca"), Clock.systemUTC());
        KeyPair key = CertificateAuthority.newKeyPair();
        X509Certificate forged = foreign.issueServerCertificate(key.getPublic(), List.of("intruder"), java.time.Duration.ofDays(1));
        try (TestClient intruder = TestClient.connect(collector.port(), key, new X509Certificate[] {forged, foreign.certificate()}, ca.certificate())) {
            Refusal refusal = (Refusal) intruder.receive().orElseThrow();
            assertEquals("the certificate was not issued by this workbench's CA", refusal.reason());
            assertTrue(refusal.permanent());
        }
        AgentCredentials identity = AgentCredentials.enrol(enrollment, "honest", "test-host");
        try (TestClient impostor = TestClient.connect(collector.port(), identity.key(), identity.chain(), ca.certificate())) {
            impostor.send(new Hello("someone-else", "test", "h", 0), 0);
            Refusal refusal = (Refusal) impostor.receive().orElseThrow();
            assertTrue(refusal.reason().contains("belongs to 'honest'"), refusal.reason());
        }
        try (TestClient anonymous = TestClient.connect(collector.port(), null, null, ca.certificate())) {
            anonymous.send(new Hello("honest", "test", "h", 0), 0);
            Refusal refusal = (Refusal) anonymous.receive().orElseThrow();
            assertTrue(refusal.reason().contains("enrol with a token first"), refusal.reason());
        }
    }
}
