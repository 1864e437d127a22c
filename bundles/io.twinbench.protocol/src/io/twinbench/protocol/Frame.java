package io.twinbench.protocol;

/** One unit on the wire: protocol version, message type, sequence number and the encoded message. */
public record Frame(int version, MessageType type, long seq, byte[] body) {

    public Frame {
        if (seq < 0) {
            throw new IllegalArgumentException("field 'seq' is negative (" + seq + ")");
        }
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** Bytes on the wire including the header. */
    public int size() {
        return FrameCodec.HEADER_BYTES + body.length;
    }
}
