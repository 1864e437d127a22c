package io.twinbench.capture.pcap;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes pcapng (draft-ietf-opsawg-pcapng): a section header, one interface per link type met,
 * enhanced packet blocks with nanosecond timestamps, and decryption secrets blocks holding a TLS
 * key log, so Wireshark and tshark decrypt the TLS in the same file without being given the keys.
 */
public final class PcapngWriter implements AutoCloseable {

    private static final int SECTION_HEADER = 0x0A0D0D0A;
    private static final int INTERFACE = 0x00000001;
    private static final int ENHANCED_PACKET = 0x00000006;
    private static final int DECRYPTION_SECRETS = 0x0000000A;
    private static final int TLS_KEY_LOG = 0x544c534b;
    private static final short OPTION_END = 0;
    private static final short IF_TSRESOL = 9;
    private static final short SHB_USERAPPL = 4;

    private final OutputStream out;
    private final java.util.Map<Integer, Integer> interfaces = new java.util.HashMap<>();

    public PcapngWriter(OutputStream out, String application) throws IOException {
        this.out = out;
        byte[] app = application.getBytes(StandardCharsets.UTF_8);
        ByteBuffer body = buffer(16 + option(app.length) + 4);
        body.putInt(0x1A2B3C4D).putShort((short) 1).putShort((short) 0).putLong(-1L);
        putOption(body, SHB_USERAPPL, app);
        body.putShort(OPTION_END).putShort((short) 0);
        block(SECTION_HEADER, body);
    }

    /** Appends a packet, announcing its link type's interface the first time it is met. */
    public void packet(Packet packet) throws IOException {
        int id = interfaceFor(packet.linkType());
        byte[] data = packet.bytes();
        ByteBuffer body = buffer(20 + padded(data.length) + 4);
        body.putInt(id).putInt((int) (packet.epochNanos() >>> 32)).putInt((int) packet.epochNanos()).putInt(data.length)
                .putInt(packet.originalLength()).put(data);
        pad(body, data.length);
        body.putShort(OPTION_END).putShort((short) 0);
        block(ENHANCED_PACKET, body);
    }

    /** Appends TLS session keys in NSS key log format (CLIENT_RANDOM, *_TRAFFIC_SECRET_* lines). */
    public void tlsKeys(String keyLog) throws IOException {
        byte[] secrets = keyLog.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer body = buffer(8 + padded(secrets.length));
        body.putInt(TLS_KEY_LOG).putInt(secrets.length).put(secrets);
        pad(body, secrets.length);
        block(DECRYPTION_SECRETS, body);
    }

    private int interfaceFor(int linkType) throws IOException {
        Integer known = interfaces.get(linkType);
        if (known != null) {
            return known;
        }
        int id = interfaces.size();
        interfaces.put(linkType, id);
        ByteBuffer body = buffer(8 + option(1) + 4);
        body.putShort((short) linkType).putShort((short) 0).putInt(PcapReader.MAX_RECORD);
        putOption(body, IF_TSRESOL, new byte[] {9}); // timestamps in nanoseconds
        body.putShort(OPTION_END).putShort((short) 0);
        block(INTERFACE, body);
        return id;
    }

    private void block(int type, ByteBuffer body) throws IOException {
        int length = 12 + body.position();
        ByteBuffer block = buffer(length);
        block.putInt(type).putInt(length).put(body.array(), 0, body.position()).putInt(length);
        out.write(block.array(), 0, length);
    }

    private static void putOption(ByteBuffer body, short code, byte[] value) {
        body.putShort(code).putShort((short) value.length).put(value);
        pad(body, value.length);
    }

    private static int option(int length) {
        return 4 + padded(length);
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }

    private static void pad(ByteBuffer body, int length) {
        for (int i = length; i < padded(length); i++) {
            body.put((byte) 0);
        }
    }

    private static ByteBuffer buffer(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
