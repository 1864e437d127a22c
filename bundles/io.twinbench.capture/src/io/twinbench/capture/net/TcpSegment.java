package io.twinbench.capture.net;

import java.net.InetAddress;
import java.net.UnknownHostException;

import io.twinbench.capture.pcap.Packet;

/**
 * The TCP segment in a captured frame (IPv4 or IPv6 over Ethernet, Linux cooked capture v1 or v2,
 * BSD loopback or raw IP), or null for anything else. Every length is checked against the frame:
 * a crafted header yields null, never an index out of range.
 */
public record TcpSegment(long epochNanos, String source, int sourcePort, String destination, int destinationPort, long seq, int flags,
        byte[] payload) {

    public static final int FIN = 0x01;
    public static final int SYN = 0x02;
    public static final int RST = 0x04;
    public static final int ACK = 0x10;

    private static final int LINKTYPE_NULL = 0;
    private static final int LINKTYPE_ETHERNET = 1;
    private static final int LINKTYPE_RAW = 101;
    private static final int LINKTYPE_LINUX_SLL = 113;
    private static final int LINKTYPE_IPV4 = 228;
    private static final int LINKTYPE_IPV6 = 229;
    private static final int LINKTYPE_LINUX_SLL2 = 276;

    public TcpSegment {
        payload = payload.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    byte[] bytes() {
        return payload;
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    public static TcpSegment of(Packet packet) {
        byte[] d = packet.data();
        int[] payload = payload(packet.linkType(), d);
        if (payload == null) {
            return null;
        }
        int tcp = payload[2];
        long seq = ((long) u16(d, tcp + 4) << 16) | u16(d, tcp + 6);
        int version = (d[payload[3]] & 0xff) >> 4;
        String source = version == 4 ? address(d, payload[3] + 12, 4) : address(d, payload[3] + 8, 16);
        String destination = version == 4 ? address(d, payload[3] + 16, 4) : address(d, payload[3] + 24, 16);
        return new TcpSegment(packet.epochNanos(), source, u16(d, tcp), destination, u16(d, tcp + 2), seq, d[tcp + 13] & 0x3f,
                java.util.Arrays.copyOfRange(d, payload[0], payload[1]));
    }

    /**
     * Where a frame's TCP payload lies: {start, end, TCP header offset, IP header offset}, or null
     * when the frame is not a whole TCP segment this reader follows.
     */
    static int[] payload(int linkType, byte[] d) {
        int offset;
        switch (linkType) {
            case LINKTYPE_ETHERNET -> {
                if (d.length < 14) {
                    return null;
                }
                int type = u16(d, 12);
                offset = 14;
                while ((type == 0x8100 || type == 0x88a8) && d.length >= offset + 4) {
                    type = u16(d, offset + 2);
                    offset += 4;
                }
                if (type != 0x0800 && type != 0x86dd) {
                    return null;
                }
            }
            case LINKTYPE_LINUX_SLL -> offset = 16;
            case LINKTYPE_LINUX_SLL2 -> offset = 20;
            case LINKTYPE_NULL -> offset = 4;
            case LINKTYPE_RAW, LINKTYPE_IPV4, LINKTYPE_IPV6 -> offset = 0;
            default -> {
                return null;
            }
        }
        return ip(d, offset);
    }

    private static int[] ip(byte[] d, int offset) {
        if (d.length < offset + 20) {
            return null;
        }
        int version = (d[offset] & 0xff) >> 4;
        int tcp;
        int end;
        if (version == 4) {
            int headerLength = (d[offset] & 0x0f) * 4;
            int total = u16(d, offset + 2);
            if (headerLength < 20 || d[offset + 9] != 6 || (u16(d, offset + 6) & 0x1fff) != 0 || (u16(d, offset + 6) & 0x2000) != 0) {
                return null; // not TCP, or a fragment
            }
            tcp = offset + headerLength;
            end = Math.min(d.length, offset + total);
        } else if (version == 6) {
            if (d.length < offset + 40 || d[offset + 6] != 6) {
                return null; // not TCP directly after the fixed header (extension headers are not followed)
            }
            tcp = offset + 40;
            end = Math.min(d.length, tcp + u16(d, offset + 4));
        } else {
            return null;
        }
        if (end < tcp + 20) {
            return null;
        }
        int dataOffset = ((d[tcp + 12] & 0xff) >> 4) * 4;
        if (dataOffset < 20 || tcp + dataOffset > end) {
            return null;
        }
        return new int[] {tcp + dataOffset, end, tcp, offset};
    }

    private static String address(byte[] d, int offset, int length) {
        try {
            return InetAddress.getByAddress(java.util.Arrays.copyOfRange(d, offset, offset + length)).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // only for a wrong length, which cannot happen here
        }
    }

    private static int u16(byte[] d, int offset) {
        return ((d[offset] & 0xff) << 8) | (d[offset + 1] & 0xff);
    }
}
