package io.twinbench.capture.pcap;

/**
 * One captured frame: when it was seen (nanoseconds since the epoch), the link layer it starts
 * with (a libpcap LINKTYPE_ value), the bytes kept and how long the frame was on the wire.
 */
public record Packet(long epochNanos, int linkType, byte[] data, int originalLength) {

    public Packet {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** The kept bytes without a copy, for decoders that only read them. */
    byte[] bytes() {
        return data;
    }

    public int length() {
        return data.length;
    }
}
