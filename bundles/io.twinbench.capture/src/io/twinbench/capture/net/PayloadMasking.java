package io.twinbench.capture.net;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.twinbench.capture.pcap.Packet;

/**
 * Credentials masked inside captured packets before they leave the endpoint: the values of
 * credential headers (Authorization, Cookie…), of secret-named form fields and JSON members, each
 * overwritten byte for byte with '*' so the TCP stream keeps its length and sequence numbers and
 * Wireshark still follows it (checksums are not recomputed; Wireshark does not check them by
 * default). A secret split across two segments is not seen here; the HTTP records, masked after
 * reassembly, never carry it.
 */
public final class PayloadMasking {

    private static final List<Pattern> VALUES = List.of(
            Pattern.compile("(?im)^(?:authorization|proxy-authorization|cookie|set-cookie|x-api-key|x-auth-token|x-csrf-token)[ \\t]*:[ \\t]*([^\\r\\n]+)"),
            Pattern.compile("(?i)(?:^|[&?\\s])[a-z0-9_.-]*(?:pass(?:word|wd)?|secret|token|api[_-]?key|auth)[a-z0-9_.-]*=([^&\\s]+)"),
            Pattern.compile("(?i)\"[a-z0-9_.-]*(?:pass(?:word|wd)?|secret|token|api[_-]?key|auth)[a-z0-9_.-]*\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\""));

    private PayloadMasking() {
    }

    /** The packet with every credential in its TCP payload masked; the same packet when there is none. */
    public static Packet mask(Packet packet) {
        byte[] d = packet.data();
        int[] payload = TcpSegment.payload(packet.linkType(), d);
        if (payload == null || payload[1] <= payload[0]) {
            return packet;
        }
        // ISO-8859-1 maps each byte to one char, so a match's indexes are the payload's byte offsets
        String text = new String(d, payload[0], payload[1] - payload[0], StandardCharsets.ISO_8859_1);
        boolean masked = false;
        for (Pattern pattern : VALUES) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                for (int i = m.start(1); i < m.end(1); i++) {
                    d[payload[0] + i] = '*';
                }
                masked = true;
            }
        }
        return masked ? new Packet(packet.epochNanos(), packet.linkType(), d, packet.originalLength()) : packet;
    }
}
