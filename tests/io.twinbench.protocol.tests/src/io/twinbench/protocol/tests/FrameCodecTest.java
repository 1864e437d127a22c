package io.twinbench.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.twinbench.protocol.Frame;
import io.twinbench.protocol.FrameCodec;
import io.twinbench.protocol.MessageType;
import io.twinbench.protocol.ProtocolException;

class FrameCodecTest {

    private final FrameCodec codec = new FrameCodec(1024);

    private static byte[] header(int magic, int version, int type, int flags, long seq, int length) {
        return ByteBuffer.allocate(FrameCodec.HEADER_BYTES).putInt(magic).put((byte) version).put((byte) type)
                .putShort((short) flags).putLong(seq).putInt(length).array();
    }

    private ProtocolException refused(byte[] bytes) {
        return assertThrows(ProtocolException.class, () -> codec.read(new ByteArrayInputStream(bytes)));
    }

    @Test
    void framesRoundTripInOrderAndTheStreamEndsCleanly() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec.write(new Frame(1, MessageType.ACK, 7, "{\"seq\":6}".getBytes(StandardCharsets.UTF_8)), out);
        codec.write(new Frame(1, MessageType.TELEMETRY, 8, new byte[0]), out);
        ByteArrayInputStream in = new ByteArrayInputStream(out.toByteArray());
        Frame first = codec.read(in).orElseThrow();
        assertEquals(MessageType.ACK, first.type());
        assertEquals(7, first.seq());
        assertArrayEquals("{\"seq\":6}".getBytes(StandardCharsets.UTF_8), first.body());
        assertEquals(8, codec.read(in).orElseThrow().seq());
        assertTrue(codec.read(in).isEmpty());
    }

    @Test
    void foreignBytesAreNotAFrame() {
        assertTrue(refused("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII)).getMessage()
                .startsWith("not a Twinbench frame"));
    }

    @Test
    void anotherProtocolVersionIsNamed() {
        assertTrue(refused(header(FrameCodec.MAGIC, 9, 2, 0, 1, 0)).getMessage().contains("protocol version 9"));
    }

    @Test
    void anUnknownTypeIsNamed() {
        assertEquals("unknown message type 99", refused(header(FrameCodec.MAGIC, 1, 99, 0, 1, 0)).getMessage());
    }

    @Test
    void flagsMustBeZero() {
        assertTrue(refused(header(FrameCodec.MAGIC, 1, 2, 3, 1, 0)).getMessage().contains("'flags'"));
    }

    @Test
    void anOversizedFrameIsRefusedFromItsHeaderAlone() {
        ProtocolException e = refused(header(FrameCodec.MAGIC, 1, 10, 0, 5, 100 << 20));
        assertTrue(e.getMessage().contains("more than the limit of 1024"), e.getMessage());
        assertTrue(e.getMessage().contains("seq 5"), e.getMessage());
    }

    @Test
    void aTruncatedBodyIsNamedWithHowMuchArrived() {
        byte[] bytes = Arrays.copyOf(header(FrameCodec.MAGIC, 1, 2, 0, 3, 10), FrameCodec.HEADER_BYTES + 4);
        assertEquals("body of frame seq 3 truncated after 4 of 10 bytes", refused(bytes).getMessage());
    }

    @Test
    void aTruncatedHeaderIsNamed() {
        assertTrue(refused(Arrays.copyOf(header(FrameCodec.MAGIC, 1, 2, 0, 3, 0), 7)).getMessage().startsWith("header truncated"));
    }
}
