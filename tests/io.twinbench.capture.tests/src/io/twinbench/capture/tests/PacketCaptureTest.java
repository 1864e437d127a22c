package io.twinbench.capture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import io.twinbench.capture.http.HttpMessage;
import io.twinbench.capture.http.HttpRedaction;
import io.twinbench.capture.net.PayloadMasking;
import io.twinbench.capture.net.TcpFlows;
import io.twinbench.capture.net.TcpSegment;
import io.twinbench.capture.pcap.Packet;
import io.twinbench.capture.pcap.PcapFormatException;
import io.twinbench.capture.pcap.PcapReader;
import io.twinbench.capture.pcap.PcapngWriter;
import io.twinbench.inventory.SecretRedactor;

/**
 * Real packets of a real HTTP server on loopback, captured by tcpdump as the agent runs it: read
 * back, reassembled into the exchanges the client made, masked, and written as pcapng that tshark
 * reads. Needs tcpdump and tshark (Debian packages; .ci/run installs them) and the right to capture.
 */
class PacketCaptureTest {

    @TempDir
    Path dir;

    @Test
    void tcpdumpsPacketsBecomeTheClientsExchangesAndAPcapngTsharkReads() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = ("you asked for " + exchange.getRequestURI()).getBytes(StandardCharsets.UTF_8);
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "text/plain");
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/missing") ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        int port = server.getAddress().getPort();
        Path pcap = dir.resolve("capture.pcap");
        Process tcpdump = new ProcessBuilder("tcpdump", "-i", "lo", "-U", "--immediate-mode", "-n", "-s", "262144", "-w", pcap.toString(), "tcp port " + port).start();
        try {
            awaitListening(tcpdump);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/index.html")).header("Authorization", "Bearer s3cr3t-token").build(),
                    HttpResponse.BodyHandlers.ofString());
            client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("user=alice&password=hunter2")).build(), HttpResponse.BodyHandlers.ofString());
            client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/missing")).build(), HttpResponse.BodyHandlers.ofString());
            CaptureFile.await(pcap, segments -> segments.stream().anyMatch(s -> new String(s.payload(), StandardCharsets.ISO_8859_1)
                    .contains("you asked for /missing")), "the last response");
        } finally {
            tcpdump.destroy();
            tcpdump.waitFor(10, TimeUnit.SECONDS);
            server.stop(0);
        }

        List<Packet> packets = new ArrayList<>();
        try (PcapReader reader = new PcapReader(Files.newInputStream(pcap))) {
            Packet p;
            while ((p = reader.next()) != null) {
                packets.add(p);
            }
        }
        assertTrue(packets.size() >= 10, packets.size() + " packets");
        TcpFlows flows = new TcpFlows(TcpFlows.Limits.DEFAULT, Set.of(port));
        List<TcpFlows.Exchange> exchanges = new ArrayList<>();
        for (Packet p : packets) {
            TcpSegment segment = TcpSegment.of(p);
            assertNotNull(segment, "every captured frame is a TCP segment of the port");
            exchanges.addAll(flows.accept(segment));
        }
        exchanges.addAll(flows.flush(System.nanoTime()));
        assertEquals(List.of("GET /index.html 200", "POST /login 200", "GET /missing 404"), exchanges.stream()
                .map(e -> e.request().method() + " " + e.request().target() + " " + e.response().status()).toList());
        assertEquals("you asked for /missing", new String(exchanges.get(2).response().body(), StandardCharsets.UTF_8));
        assertTrue(exchanges.get(0).requestNanos() <= exchanges.get(0).responseNanos());
        assertEquals(0, flows.unparsed(), flows.lastProblem());

        HttpRedaction redaction = new HttpRedaction(SecretRedactor.defaults());
        HttpMessage first = redaction.redact(exchanges.get(0).request());
        assertEquals(SecretRedactor.MASK, first.header("Authorization").orElseThrow());
        String form = new String(redaction.redact(exchanges.get(1).request()).body(), StandardCharsets.UTF_8);
        assertFalse(form.contains("hunter2"), form);
        assertTrue(form.contains("user=alice"), form);

        Path pcapng = dir.resolve("capture.pcapng");
        try (PcapngWriter writer = new PcapngWriter(Files.newOutputStream(pcapng), "Twinbench test")) {
            writer.tlsKeys("CLIENT_RANDOM " + "ab".repeat(32) + " " + "cd".repeat(48) + "\n");
            for (Packet p : packets) {
                writer.packet(PayloadMasking.mask(p));
            }
        }
        Process tshark = new ProcessBuilder("tshark", "-r", pcapng.toString(), "-Y", "http.request", "-T", "fields", "-e", "http.request.method",
                "-e", "http.request.uri", "-e", "http.authorization", "-e", "http.file_data").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String listed = new String(tshark.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(tshark.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, tshark.exitValue());
        assertEquals(List.of("GET\t/index.html\t" + "*".repeat("Bearer s3cr3t-token".length()) + "\t",
                "POST\t/login\t\tuser=alice&password=*******", "GET\t/missing\t\t"), listed.lines().toList(),
                "credentials masked in the packets themselves, byte for byte, and the streams still read");
        Process frames = new ProcessBuilder("tshark", "-r", pcapng.toString(), "-T", "fields", "-e", "frame.number").redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        long count = new String(frames.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().count();
        assertTrue(frames.waitFor(60, TimeUnit.SECONDS));
        assertEquals(packets.size(), count, "every packet kept, in the file tshark read");
    }

    @Test
    void aStreamThatIsNotPcapIsRefusedWithItsReason() {
        PcapFormatException e = org.junit.jupiter.api.Assertions.assertThrows(PcapFormatException.class,
                () -> new PcapReader(new java.io.ByteArrayInputStream("GET / HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII))));
        assertTrue(e.getMessage().contains("not a pcap stream"), e.getMessage());
        byte[] header = new byte[24];
        java.nio.ByteBuffer.wrap(header).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0)
                .putInt(0).putInt(65535).putInt(1);
        byte[] record = new byte[16];
        java.nio.ByteBuffer.wrap(record).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(1).putInt(0).putInt(Integer.MAX_VALUE).putInt(10);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(header);
        stream.writeBytes(record);
        PcapFormatException big = org.junit.jupiter.api.Assertions.assertThrows(PcapFormatException.class,
                () -> new PcapReader(new java.io.ByteArrayInputStream(stream.toByteArray())).next());
        assertTrue(big.getMessage().contains("record 1"), big.getMessage());
    }

    @Test
    void segmentsOutOfOrderAndRetransmittedAreReadOnceInOrderAndAGapIsGivenUp() throws Exception {
        TcpFlows flows = new TcpFlows(TcpFlows.Limits.DEFAULT, Set.of(80));
        String request = "GET /a HTTP/1.1\r\nHost: x\r\n\r\n";
        String response = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";
        List<TcpFlows.Exchange> done = new ArrayList<>();
        done.addAll(flows.accept(segment(1, "c", 5000, "s", 80, 100, TcpSegment.SYN, "")));
        done.addAll(flows.accept(segment(2, "c", 5000, "s", 80, 101 + 10, TcpSegment.ACK, request.substring(10))));
        done.addAll(flows.accept(segment(3, "c", 5000, "s", 80, 101, TcpSegment.ACK, request.substring(0, 10))));
        done.addAll(flows.accept(segment(4, "c", 5000, "s", 80, 101, TcpSegment.ACK, request.substring(0, 12))));
        done.addAll(flows.accept(segment(5, "s", 80, "c", 5000, 900, TcpSegment.SYN | TcpSegment.ACK, "")));
        done.addAll(flows.accept(segment(6, "s", 80, "c", 5000, 901, TcpSegment.ACK, response)));
        assertEquals(1, done.size());
        assertEquals("/a", done.get(0).request().target());
        assertEquals(200, done.get(0).response().status());
        assertEquals(3_000, done.get(0).requestNanos(), "dated by the segment that completed the request");

        TcpFlows gapped = new TcpFlows(new TcpFlows.Limits(16, 8, TcpFlows.Limits.DEFAULT.http()), Set.of(80));
        gapped.accept(segment(1, "c", 5001, "s", 80, 100, TcpSegment.SYN, ""));
        gapped.accept(segment(2, "c", 5001, "s", 80, 101 + 4000, TcpSegment.ACK, request));
        assertEquals(1, gapped.unparsed());
        assertTrue(gapped.lastProblem().contains("gap"), gapped.lastProblem());
    }

    private static TcpSegment segment(long nanos, String from, int fromPort, String to, int toPort, long seq, int flags, String payload) {
        return new TcpSegment(nanos * 1000, from, fromPort, to, toPort, seq, flags, payload.getBytes(StandardCharsets.US_ASCII));
    }

    private static void awaitListening(Process tcpdump) throws Exception {
        BufferedReader err = new BufferedReader(new InputStreamReader(tcpdump.getErrorStream(), StandardCharsets.UTF_8));
        long deadline = System.currentTimeMillis() + 20_000;
        String line;
        while (System.currentTimeMillis() < deadline && (line = err.readLine()) != null) {
            if (line.contains("listening on")) {
                Thread drain = new Thread(() -> {
                    try (InputStream in = tcpdump.getErrorStream()) {
                        in.transferTo(OutputStream.nullOutputStream());
                    } catch (java.io.IOException e) {
                        // tcpdump ended
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return;
            }
        }
        assertNull("tcpdump did not start listening", "tcpdump did not start listening");
    }
}
