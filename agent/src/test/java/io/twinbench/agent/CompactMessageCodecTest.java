package io.twinbench.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.twinbench.protocol.Ack;
import io.twinbench.protocol.EnrollRequest;
import io.twinbench.protocol.EnrollResponse;
import io.twinbench.protocol.Event;
import io.twinbench.protocol.EventBatch;
import io.twinbench.protocol.Frame;
import io.twinbench.protocol.FrameCodec;
import io.twinbench.protocol.Hello;
import io.twinbench.protocol.InventoryDelta;
import io.twinbench.protocol.InventoryFull;
import io.twinbench.protocol.Message;
import io.twinbench.protocol.MessageCodec;
import io.twinbench.protocol.MessageType;
import io.twinbench.protocol.Nack;
import io.twinbench.protocol.ProtocolException;
import io.twinbench.protocol.Refusal;
import io.twinbench.protocol.Resync;
import io.twinbench.protocol.Sample;
import io.twinbench.protocol.SectionHashes;
import io.twinbench.protocol.Severity;
import io.twinbench.protocol.TelemetryBatch;
import io.twinbench.protocol.inventory.Item;
import io.twinbench.protocol.inventory.Section;
import io.twinbench.protocol.inventory.SectionDelta;

/** The agent's jackson-jr codec and the workbench's databind codec read each other's frames, for every message type. */
class CompactMessageCodecTest {

    private final CompactMessageCodec agent = new CompactMessageCodec();
    private final MessageCodec workbench = new MessageCodec();

    static List<Message> oneOfEachType() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("version", "1.2-3");
        attributes.put("note", "ünïcode \"quoted\" \\ and\nnewline");
        Item item = new Item("pkg/openssl", attributes);
        return List.of(
                new Hello("agent-1", "0.1.0", "host.example", 41),
                new Ack(42),
                new Nack(43, "field 'samples' is missing"),
                new Refusal("certificate revoked", true),
                new EnrollRequest("twb1-token", "agent-1", "host.example", "-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----\n"),
                new EnrollResponse("-----BEGIN CERTIFICATE-----\nA\n-----END CERTIFICATE-----\n", "-----BEGIN CERTIFICATE-----\nB\n-----END CERTIFICATE-----\n", "eyJyb290Ijp0cnVlfQ==",
                        "eyJwYXlsb2FkIjoiIn0="),
                new Resync(List.of("packages", "units"), "hash mismatch"),
                new TelemetryBatch(List.of(new Sample("cpu", "cpu.load", "%", 1_764_547_200_000L, 12.5),
                        new Sample("fs/", "fs.used.bytes", "bytes", 1_764_547_200_000L, 9.007199254740993E15))),
                new EventBatch(List.of(new Event(1_764_547_200_000L, Event.Kinds.AUTH_FAILURE, Severity.WARN, "/var/log/auth.log",
                        "user/root", "Failed password for root", Map.of("remote", "10.0.0.9")))),
                new InventoryFull(List.of(new Section("packages", List.of(item)))),
                new InventoryDelta(List.of(new SectionDelta("packages", "a1", "b2", List.of(item), List.of("pkg/gone")))),
                new SectionHashes(Map.of("packages", "b2", "units", "c3")),
                new io.twinbench.protocol.PlanDelivery("eyJwYXlsb2FkIjoiIn0=", List.of(new io.twinbench.protocol.PlanDelivery.ArtifactData("a.deb", "AAEC"))),
                new io.twinbench.protocol.PlanControl("harden", 7, io.twinbench.protocol.PlanControl.ROLLBACK, "broke the login"),
                new io.twinbench.protocol.TrustRootUpdate("eyJyb290Ijp0cnVlfQ=="),
                new io.twinbench.protocol.PlanReport("harden", 7, "ACTION", 1, "applied", "edit /etc/ssh/sshd_config"),
                new io.twinbench.protocol.ShadowOrderDelivery("eyJwYXlsb2FkIjoiIn0="),
                new io.twinbench.protocol.ShadowControl("shadow-1", io.twinbench.protocol.ShadowControl.STOP, "enough"),
                new io.twinbench.protocol.ShadowReport("shadow-1", "capturing", List.of(new io.twinbench.protocol.ShadowReport.Capability("packets", false,
                        "tcpdump is not installed")), List.of(new io.twinbench.protocol.ShadowReport.SourceCount("syscalls", 10, 900, 8, 700, 2, 200)), "until 12:00"),
                new io.twinbench.protocol.ShadowRecords("shadow-1", List.of(new io.twinbench.protocol.ShadowRecords.Syscall(42, 1_764_547_200_000_001L, "execve",
                        "\"/usr/bin/sh\", [\"sh\", \"-c\", \"id\"]", 0, null, 90, List.of("/usr/bin/sh"))), List.of(new io.twinbench.protocol.ShadowRecords.Exchange(
                        "127.0.0.1:5000 > 127.0.0.1:80", 1, 2, "GET", "/cgi-bin/status?id", List.of("Authorization: ***"), "", 0, 200,
                        List.of("Content-Type: text/plain"), "dWlkPTMz", 6)), 3, "Cg0NCg==", 1),
                new io.twinbench.protocol.CollectionPolicyDelivery("eyJwYXlsb2FkIjoiIn0="),
                new io.twinbench.protocol.CollectionReport(3, io.twinbench.protocol.CollectionReport.REFUSED, "too few signatures"));
    }

    @Test
    void everyMessageTypeIsCovered() {
        Set<MessageType> covered = EnumSet.noneOf(MessageType.class);
        oneOfEachType().forEach(m -> covered.add(m.type()));
        assertEquals(EnumSet.allOf(MessageType.class), covered, "a new message type needs a case here");
    }

    @Test
    void theWorkbenchReadsWhatTheAgentWrites() throws ProtocolException {
        for (Message message : oneOfEachType()) {
            Frame frame = agent.encode(message, 7);
            assertEquals(7, frame.seq());
            assertEquals(message, workbench.decode(frame), message.type().toString());
        }
    }

    @Test
    void theAgentReadsWhatTheWorkbenchWrites() throws ProtocolException {
        for (Message message : oneOfEachType()) {
            assertEquals(message, agent.decode(workbench.encode(message, 9)), message.type().toString());
        }
    }

    @Test
    void fieldsFromANewerWorkbenchAreIgnored() throws ProtocolException {
        Frame frame = new Frame(FrameCodec.CURRENT_VERSION, MessageType.RESYNC, 3,
                "{\"sections\":[\"units\"],\"reason\":\"drift\",\"priority\":\"high\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(new Resync(List.of("units"), "drift"), agent.decode(frame));
    }

    @Test
    void aMalformedBodyIsRefusedNamingItsFrame() {
        Frame frame = new Frame(FrameCodec.CURRENT_VERSION, MessageType.ACK, 5, "{\"seq\": ".getBytes(StandardCharsets.UTF_8));
        ProtocolException e = assertThrows(ProtocolException.class, () -> agent.decode(frame));
        assertTrue(e.getMessage().startsWith("frame seq 5 (ACK): "), e.getMessage());
    }
}
