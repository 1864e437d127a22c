package io.twinbench.protocol;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

/**
 * Frames on a byte stream. Header: magic "TWB1", version (1 byte), type (1 byte), flags
 * (2 bytes, zero), sequence number (8 bytes), body length (4 bytes), then the body. A frame
 * longer than the limit is refused from its header, before its body is read.
 */
public final class FrameCodec {

    public static final int MAGIC = 0x54574231;
    public static final int HEADER_BYTES = 20;
    public static final int CURRENT_VERSION = 1;
    public static final int DEFAULT_MAX_BODY_BYTES = 8 << 20;

    private final int maxBodyBytes;

    public FrameCodec(int maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    public FrameCodec() {
        this(DEFAULT_MAX_BODY_BYTES);
    }

    public void write(Frame frame, OutputStream out) throws IOException {
        byte[] body = frame.body();
        if (body.length > maxBodyBytes) {
            throw new IOException("frame seq " + frame.seq() + " has " + body.length + " bytes, more than the limit of " + maxBodyBytes);
        }
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(MAGIC);
        data.writeByte(frame.version());
        data.writeByte(frame.type().code());
        data.writeShort(0);
        data.writeLong(frame.seq());
        data.writeInt(body.length);
        data.write(body);
        data.flush();
    }

    /** The next frame, or empty when the stream ends cleanly between frames. */
    public Optional<Frame> read(InputStream in) throws IOException, ProtocolException {
        DataInputStream data = new DataInputStream(in);
        int first = data.read();
        if (first < 0) {
            return Optional.empty();
        }
        byte[] header = new byte[HEADER_BYTES];
        header[0] = (byte) first;
        readFully(data, header, 1, HEADER_BYTES - 1, "header");
        java.nio.ByteBuffer h = java.nio.ByteBuffer.wrap(header);
        int magic = h.getInt();
        if (magic != MAGIC) {
            throw new ProtocolException(String.format("not a Twinbench frame (magic 0x%08x)", magic));
        }
        int version = h.get() & 0xff;
        if (version != CURRENT_VERSION) {
            throw new ProtocolException("protocol version " + version + " is not supported (this side speaks " + CURRENT_VERSION + ")");
        }
        MessageType type = MessageType.ofCode(h.get() & 0xff);
        int flags = h.getShort() & 0xffff;
        if (flags != 0) {
            throw new ProtocolException("header field 'flags' is " + flags + ", not 0");
        }
        long seq = h.getLong();
        if (seq < 0) {
            throw new ProtocolException("header field 'seq' is negative");
        }
        int length = h.getInt();
        if (length < 0 || length > maxBodyBytes) {
            throw new ProtocolException("frame seq " + seq + " (" + type + ") announces " + Integer.toUnsignedString(length)
                    + " bytes, more than the limit of " + maxBodyBytes);
        }
        byte[] body = new byte[length];
        readFully(data, body, 0, length, "body of frame seq " + seq);
        return Optional.of(new Frame(version, type, seq, body));
    }

    private static void readFully(DataInputStream in, byte[] buffer, int offset, int length, String what)
            throws IOException, ProtocolException {
        int done = 0;
        while (done < length) {
            int n = in.read(buffer, offset + done, length - done);
            if (n < 0) {
                throw new ProtocolException(what + " truncated after " + done + " of " + length + " bytes");
            }
            done += n;
        }
    }

}
