package io.twinbench.capture.pcap;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Packets from a classic libpcap stream, as {@code tcpdump -w -} writes it: either byte order,
 * microsecond or nanosecond timestamps. A record longer than the header's snapshot length (or than
 * {@link #MAX_RECORD}) ends the stream with its reason instead of an allocation the writer chose.
 */
public final class PcapReader implements AutoCloseable {

    public static final int MAX_RECORD = 256 * 1024;
    private static final int MAGIC_MICROS = 0xa1b2c3d4;
    private static final int MAGIC_NANOS = 0xa1b23c4d;

    private final DataInputStream in;
    private final boolean swapped;
    private final boolean nanos;
    private final int snapLength;
    private final int linkType;
    private long records;

    public PcapReader(InputStream stream) throws IOException {
        this.in = new DataInputStream(stream);
        int magic;
        try {
            magic = in.readInt();
        } catch (EOFException e) {
            throw new PcapFormatException("the capture is empty: no pcap header");
        }
        if (magic == MAGIC_MICROS || magic == MAGIC_NANOS) {
            swapped = false;
        } else if (Integer.reverseBytes(magic) == MAGIC_MICROS || Integer.reverseBytes(magic) == MAGIC_NANOS) {
            swapped = true;
            magic = Integer.reverseBytes(magic);
        } else {
            throw new PcapFormatException(String.format("not a pcap stream: magic number %08x", magic));
        }
        nanos = magic == MAGIC_NANOS;
        int snap;
        try {
            in.readShort(); // version major
            in.readShort(); // version minor
            in.readInt(); // time zone, always 0
            in.readInt(); // significant figures, always 0
            snap = integer();
            linkType = integer() & 0x0fffffff;
        } catch (EOFException e) {
            throw new PcapFormatException("the pcap header is cut short");
        }
        snapLength = snap <= 0 || snap > MAX_RECORD ? MAX_RECORD : snap;
    }

    public int linkType() {
        return linkType;
    }

    public int snapLength() {
        return snapLength;
    }

    /** The next packet, or null at the end of the stream. */
    public Packet next() throws IOException {
        int seconds;
        try {
            seconds = integer();
        } catch (EOFException e) {
            return null;
        }
        long fraction;
        int kept;
        int original;
        try {
            fraction = integer() & 0xffffffffL;
            kept = integer();
            original = integer();
        } catch (EOFException e) {
            return null; // the capture stopped mid-record
        }
        records++;
        if (kept < 0 || kept > snapLength) {
            throw new PcapFormatException("record " + records + ": " + (kept & 0xffffffffL) + " bytes kept, more than the snapshot length "
                    + snapLength);
        }
        byte[] data = new byte[kept];
        try {
            in.readFully(data);
        } catch (EOFException e) {
            return null; // the capture stopped mid-record
        }
        long epochNanos = (seconds & 0xffffffffL) * 1_000_000_000L + (nanos ? fraction : fraction * 1000);
        return new Packet(epochNanos, linkType, data, Math.max(original, kept));
    }

    private int integer() throws IOException {
        int value = in.readInt();
        return swapped ? Integer.reverseBytes(value) : value;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
