package io.twinbench.capture.pcap;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the packets of a pcapng file (draft-ietf-opsawg-pcapng) with the byte offset of each
 * block, so a timeline can point at one packet of the file. Sections of either byte order,
 * interfaces with microsecond or nanosecond resolution; blocks other than packets are skipped.
 * Every length is checked: a crafted block is refused with its offset, never followed.
 */
public final class PcapngReader implements AutoCloseable {

    private static final int SECTION_HEADER = 0x0A0D0D0A;
    private static final int INTERFACE = 0x00000001;
    private static final int ENHANCED_PACKET = 0x00000006;
    private static final int BYTE_ORDER_MAGIC = 0x1A2B3C4D;
    private static final int MAX_BLOCK = PcapReader.MAX_RECORD + 64 * 1024;

    /** A packet and the offset of its block in the file. */
    public record Located(long offset, Packet packet) {
    }

    private final DataInputStream in;
    private final List<long[]> interfaces = new ArrayList<>(); // {linkType, ticks per second}
    private ByteOrder order = ByteOrder.LITTLE_ENDIAN;
    private long offset;

    public PcapngReader(InputStream stream) {
        this.in = new DataInputStream(stream);
    }

    /** The next packet, or null at the end of the file. */
    public Located next() throws IOException {
        while (true) {
            long at = offset;
            byte[] head = new byte[8];
            int n = in.readNBytes(head, 0, 8);
            if (n == 0) {
                return null;
            }
            if (n < 8) {
                throw new PcapFormatException("the block at byte " + at + " is cut short");
            }
            int type = ByteBuffer.wrap(head, 0, 4).order(order).getInt();
            if (type == SECTION_HEADER) {
                byte[] magic = in.readNBytes(4);
                if (magic.length < 4) {
                    throw new PcapFormatException("the section header at byte " + at + " is cut short");
                }
                int m = ByteBuffer.wrap(magic).order(ByteOrder.LITTLE_ENDIAN).getInt();
                order = m == BYTE_ORDER_MAGIC ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
                if (ByteBuffer.wrap(magic).order(order).getInt() != BYTE_ORDER_MAGIC) {
                    throw new PcapFormatException(String.format("the section header at byte %d has byte-order magic %08x", at, m));
                }
                interfaces.clear();
                int length = ByteBuffer.wrap(head, 4, 4).order(order).getInt();
                byte[] rest = body(at, length, 12);
                offset += length;
                check(at, length, rest);
                continue;
            }
            int length = ByteBuffer.wrap(head, 4, 4).order(order).getInt();
            byte[] body = body(at, length, 8);
            offset += length;
            check(at, length, body);
            ByteBuffer b = ByteBuffer.wrap(body).order(order);
            if (type == INTERFACE) {
                interfaces.add(new long[] {b.getShort(0) & 0xffff, resolution(b)});
            } else if (type == ENHANCED_PACKET) {
                return new Located(at, packet(at, b));
            }
        }
    }

    private byte[] body(long at, int length, int already) throws IOException {
        if (length < 12 || length > MAX_BLOCK || length % 4 != 0) {
            throw new PcapFormatException("the block at byte " + at + " claims " + Integer.toUnsignedString(length) + " bytes");
        }
        try {
            byte[] rest = new byte[length - already];
            in.readFully(rest);
            return rest;
        } catch (EOFException e) {
            throw new PcapFormatException("the block at byte " + at + " is cut short");
        }
    }

    /** The trailing length must repeat the leading one. */
    private void check(long at, int length, byte[] rest) throws PcapFormatException {
        int trailing = ByteBuffer.wrap(rest, rest.length - 4, 4).order(order).getInt();
        if (trailing != length) {
            throw new PcapFormatException("the block at byte " + at + " ends with length " + trailing + ", not " + length);
        }
    }

    private Packet packet(long at, ByteBuffer b) throws PcapFormatException {
        if (b.limit() < 24) {
            throw new PcapFormatException("the packet block at byte " + at + " is too short");
        }
        int id = b.getInt(0);
        if (id < 0 || id >= interfaces.size()) {
            throw new PcapFormatException("the packet at byte " + at + " names interface " + id + ", which was not described");
        }
        long ticks = (Integer.toUnsignedLong(b.getInt(4)) << 32) | Integer.toUnsignedLong(b.getInt(8));
        int captured = b.getInt(12);
        int original = b.getInt(16);
        if (captured < 0 || captured > b.limit() - 24) {
            throw new PcapFormatException("the packet at byte " + at + " claims " + Integer.toUnsignedString(captured) + " captured bytes");
        }
        byte[] data = new byte[captured];
        b.get(20, data);
        long perSecond = interfaces.get(id)[1];
        long nanos = perSecond >= 1_000_000_000L ? ticks : ticks * (1_000_000_000L / perSecond);
        return new Packet(nanos, (int) interfaces.get(id)[0], data, Math.max(original, captured));
    }

    /** if_tsresol: a power of ten (or of two, high bit set); microseconds when absent. */
    private long resolution(ByteBuffer b) {
        int p = 8;
        while (p + 4 <= b.limit() - 4) {
            int code = b.getShort(p) & 0xffff;
            int len = b.getShort(p + 2) & 0xffff;
            if (code == 0) {
                break;
            }
            if (code == 9 && len >= 1 && p + 4 < b.limit()) {
                int r = b.get(p + 4) & 0xff;
                if ((r & 0x80) == 0 && r <= 9) {
                    return (long) Math.pow(10, r);
                }
            }
            p += 4 + ((len + 3) & ~3);
        }
        return 1_000_000L;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
