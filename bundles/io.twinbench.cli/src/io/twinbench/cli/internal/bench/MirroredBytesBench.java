package io.twinbench.cli.internal.bench;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;

import io.twinbench.capture.http.HttpMessage;
import io.twinbench.capture.http.HttpRedaction;
import io.twinbench.capture.net.PayloadMasking;
import io.twinbench.capture.net.TcpFlows;
import io.twinbench.capture.net.TcpSegment;
import io.twinbench.capture.pcap.Packet;
import io.twinbench.capture.pcap.PcapReader;
import io.twinbench.capture.pcap.PcapngWriter;
import io.twinbench.inventory.SecretRedactor;
import io.twinbench.protocol.MessageCodec;
import io.twinbench.protocol.ShadowRecords;

/**
 * Bytes on the channel per mirrored HTTP request: a real server on loopback answers a page to a
 * real client while tcpdump captures the port as the agent runs it; the packets and the exchanges
 * go through the agent's masking, pcapng writer and HTTP reassembly and are framed as it frames them.
 */
final class MirroredBytesBench {

    private static final int REQUESTS = 500;
    private final PrintWriter out;

    MirroredBytesBench(PrintWriter out) {
        this.out = out;
    }

    void run() throws Exception {
        Path tcpdump = Path.of("/usr/bin/tcpdump");
        if (!Files.isExecutable(tcpdump)) {
            out.println("  bytes per mirrored request: skipped (tcpdump is not installed)");
            return;
        }
        byte[] page = "<html><body>".concat("a twinbench page ".repeat(60)).concat("</body></html>").getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(page);
            }
        });
        server.start();
        int port = server.getAddress().getPort();
        Path pcap = Files.createTempFile("twinbench-bench", ".pcap");
        Process capture = new ProcessBuilder(tcpdump.toString(), "-i", "lo", "-B", "16384", "-U", "--immediate-mode", "-n", "-s", "262144", "-w",
                pcap.toString(), "tcp port " + port).start();
        try {
            BufferedReader err = new BufferedReader(new InputStreamReader(capture.getErrorStream(), StandardCharsets.UTF_8));
            for (String line = err.readLine(); line != null && !line.contains("listening on"); line = err.readLine()) {
                // until tcpdump captures
            }
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            for (int i = 0; i < REQUESTS; i++) {
                client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/shop/item?id=" + i)).header("Cookie", "session=abc" + i)
                        .build(), HttpResponse.BodyHandlers.discarding());
            }
            Thread.sleep(500);
        } finally {
            capture.destroy();
            capture.waitFor(10, TimeUnit.SECONDS);
            server.stop(0);
        }
        ByteArrayOutputStream pcapng = new ByteArrayOutputStream();
        List<ShadowRecords.Exchange> exchanges = new ArrayList<>();
        HttpRedaction redaction = new HttpRedaction(SecretRedactor.defaults());
        TcpFlows flows = new TcpFlows(TcpFlows.Limits.DEFAULT, Set.of(port));
        int packets = 0;
        try (PcapReader reader = new PcapReader(Files.newInputStream(pcap)); PcapngWriter writer = new PcapngWriter(pcapng, "bench")) {
            Packet p;
            while ((p = reader.next()) != null) {
                writer.packet(PayloadMasking.mask(p));
                packets++;
                TcpSegment segment = TcpSegment.of(p);
                if (segment != null) {
                    flows.accept(segment).forEach(e -> exchanges.add(record(redaction, e)));
                }
            }
        }
        flows.flush(System.nanoTime()).forEach(e -> exchanges.add(record(redaction, e)));
        Files.deleteIfExists(pcap);
        MessageCodec codec = new MessageCodec();
        long withPackets = codec.encode(new ShadowRecords("bench", List.of(), exchanges, 0, Base64.getEncoder().encodeToString(pcapng.toByteArray()), packets), 1)
                .body().length;
        long httpOnly = codec.encode(new ShadowRecords("bench", List.of(), exchanges, 0, "", 0), 1).body().length;
        out.printf("  bytes per mirrored request (%d requests, %d-byte pages, %d packets, %d exchanges reassembled)%n", REQUESTS, page.length, packets,
                exchanges.size());
        out.printf("    HTTP exchanges only          %,8.0f B/request%n", (double) httpOnly / REQUESTS);
        out.printf("    with its packets (pcapng)    %,8.0f B/request%n", (double) withPackets / REQUESTS);
    }

    private static ShadowRecords.Exchange record(HttpRedaction redaction, TcpFlows.Exchange e) {
        HttpMessage request = redaction.redact(e.request());
        HttpMessage response = e.response() == null ? null : redaction.redact(e.response());
        return new ShadowRecords.Exchange(e.connection(), e.requestNanos() / 1000, e.responseNanos() / 1000, request.method(), request.target(),
                request.headers().stream().map(h -> h.name() + ": " + h.value()).toList(), Base64.getEncoder().encodeToString(request.body()),
                request.bodyLength(), response == null ? 0 : response.status(),
                response == null ? List.of() : response.headers().stream().map(h -> h.name() + ": " + h.value()).toList(),
                response == null ? "" : Base64.getEncoder().encodeToString(response.body()), response == null ? 0 : response.bodyLength());
    }
}
