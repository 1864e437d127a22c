package io.twinbench.cases;

import java.nio.charset.StandardCharsets;

import io.twinbench.capture.net.TcpSegment;

/** How a packet reads on the timeline: "10.0.0.1:80 → 10.0.0.2:5555 [S.] 0 B". */
final class PacketSummary {

    private PacketSummary() {
    }

    static String of(TcpSegment s) {
        return s.source() + ":" + s.sourcePort() + " → " + s.destination() + ":" + s.destinationPort() + " [" + flags(s) + "] "
                + s.payload().length + " B" + firstLine(s.payload());
    }

    /** Both directions of a TCP connection under one name, the lower endpoint first. */
    static String connection(TcpSegment s) {
        String a = s.source() + ":" + s.sourcePort();
        String b = s.destination() + ":" + s.destinationPort();
        return a.compareTo(b) <= 0 ? a + "-" + b : b + "-" + a;
    }

    static String flags(TcpSegment s) {
        StringBuilder f = new StringBuilder();
        if (s.has(TcpSegment.SYN)) {
            f.append('S');
        }
        if (s.has(TcpSegment.FIN)) {
            f.append('F');
        }
        if (s.has(TcpSegment.RST)) {
            f.append('R');
        }
        if (s.has(0x08)) {
            f.append('P');
        }
        if (s.has(TcpSegment.ACK)) {
            f.append('.');
        }
        return f.toString();
    }

    /** The payload's first line when it reads as text (an HTTP request line), so it can be searched. */
    private static String firstLine(byte[] payload) {
        if (payload.length == 0) {
            return "";
        }
        int end = 0;
        while (end < payload.length && end < 200 && payload[end] >= 0x20 && payload[end] < 0x7f) {
            end++;
        }
        return end >= 8 ? " " + new String(payload, 0, end, StandardCharsets.US_ASCII) : "";
    }

    static String printable(byte[] payload) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < payload.length && i < 64 * 1024; i++) {
            int c = payload[i] & 0xff;
            b.append(c == '\n' || c == '\r' || c == '\t' || (c >= 0x20 && c < 0x7f) ? (char) c : '.');
        }
        return b.toString();
    }
}
