package io.twinbench.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.twinbench.protocol.Ack;
import io.twinbench.protocol.Frame;
import io.twinbench.protocol.Hello;
import io.twinbench.protocol.InventoryDelta;
import io.twinbench.protocol.InventoryFull;
import io.twinbench.protocol.Message;
import io.twinbench.protocol.MessageCodec;
import io.twinbench.protocol.MessageType;
import io.twinbench.protocol.Nack;
import io.twinbench.protocol.ProtocolException;
import io.twinbench.protocol.Sample;
import io.twinbench.protocol.SectionHashes;
import io.twinbench.protocol.TelemetryBatch;
import io.twinbench.protocol.inventory.InventoryDiff;
import io.twinbench.protocol.inventory.Item;
import io.twinbench.protocol.inventory.Section;

class MessageCodecTest {

    private final MessageCodec codec = new MessageCodec();

    private Message roundTrip(Message message) throws ProtocolException {
        Frame frame = codec.encode(message, 42);
        assertEquals(42, frame.seq());
        assertEquals(message.type(), frame.type());
        return codec.decode(frame);
    }

    private ProtocolException refused(MessageType type, String json) {
        return assertThrows(ProtocolException.class,
                () -> codec.decode(new Frame(1, type, 9, json.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void everyMessageTypeRoundTrips() throws Exception {
        Section before = new Section("packages", List.of(new Item("bash", Map.of("version", "5.2"))));
        Section after = new Section("packages", List.of(new Item("bash", Map.of("version", "5.3"))));
        List<Message> messages = List.of(
                new Hello("agent-1", "0.1.0", "web-1", 0),
                new Ack(41),
                new Nack(40, "frame seq 40 (TELEMETRY): at 'samples[0]': field 'element' is missing"),
                new TelemetryBatch(List.of(new Sample("cpu", "cpu.load", "%", 1_700_000_000_000L, 12.5))),
                new InventoryFull(List.of(before)),
                new InventoryDelta(List.of(InventoryDiff.diff(before, after))),
                new SectionHashes(Map.of("packages", after.hash())));
        for (Message message : messages) {
            assertEquals(message, roundTrip(message));
        }
    }

    @Test
    void anInvalidFieldIsRefusedWithItsPath() {
        ProtocolException e = refused(MessageType.TELEMETRY,
                "{\"samples\":[{\"element\":\"cpu\",\"metric\":\"cpu.load\",\"timestamp\":1,\"value\":1},"
                        + "{\"metric\":\"cpu.load\",\"timestamp\":2,\"value\":2}]}");
        assertTrue(e.getMessage().startsWith("frame seq 9 (TELEMETRY): at 'samples[1]'"), e.getMessage());
        assertTrue(e.getMessage().contains("field 'element' is missing"), e.getMessage());
    }

    @Test
    void aWrongTypeIsRefusedWithItsPath() {
        ProtocolException e = refused(MessageType.HELLO,
                "{\"agentId\":\"a\",\"agentVersion\":\"1\",\"hostname\":\"h\",\"lastAckedSeq\":\"soon\"}");
        assertTrue(e.getMessage().contains("'lastAckedSeq'"), e.getMessage());
    }

    @Test
    void malformedJsonIsNamed() {
        assertTrue(refused(MessageType.ACK, "{\"seq\": 1").getMessage().contains("malformed JSON"));
    }

    @Test
    void fieldsFromANewerAgentAreIgnored() throws Exception {
        Message ack = codec.decode(new Frame(1, MessageType.ACK, 1, "{\"seq\":5,\"window\":64}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(new Ack(5), ack);
    }

    @Test
    void valuesAreValidatedWhenBuiltToo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Sample("cpu", "load", "%", 1, Double.NaN));
        assertEquals("field 'value' is not a finite number", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Ack(-1));
    }
}
