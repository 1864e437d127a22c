package io.twinbench.capture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.twinbench.capture.pcap.Packet;
import io.twinbench.capture.pcap.PcapReader;
import io.twinbench.capture.pcap.PcapngSecretsFirst;
import io.twinbench.capture.pcap.PcapngWriter;
import io.twinbench.capture.tls.KeyLogTail;
import io.twinbench.capture.tls.TlsSecrets;
import io.twinbench.capture.net.TcpFlows;

/**
 * A real TLS server (openssl s_server) writing its key log, a real client, tcpdump on loopback:
 * the keys read from the log as the agent reads them go into the pcapng's decryption secrets
 * block, after the packets as the agent may write them, and tshark decrypts the HTTP inside with
 * nothing but the file. What is not a key line in the log never travels.
 */
class TlsKeyLogTest {

    @TempDir
    Path dir;

    /** openssl s_server writing its key log, tcpdump on its port, and curl's requests; the capture file. */
    private Path capture(Path keyLog, List<List<String>> curls) throws Exception {
        Path key = dir.resolve("key.pem");
        Path cert = dir.resolve("cert.pem");
        run("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-subj", "/CN=shop", "-days", "1",
                "-keyout", key.toString(), "-out", cert.toString());
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process server = new ProcessBuilder("openssl", "s_server", "-accept", "127.0.0.1:" + port, "-cert", cert.toString(), "-key", key.toString(),
                "-www", "-keylogfile", keyLog.toString()).redirectErrorStream(true).start();
        Path pcap = dir.resolve("tls-" + port + ".pcap");
        Process tcpdump = new ProcessBuilder("tcpdump", "-i", "lo", "-U", "--immediate-mode", "-n", "-s", "262144", "-w", pcap.toString(),
                "tcp port " + port).start();
        try {
            BufferedReader err = new BufferedReader(new InputStreamReader(tcpdump.getErrorStream(), StandardCharsets.UTF_8));
            for (String line = err.readLine(); line != null && !line.contains("listening on"); line = err.readLine()) {
                // until tcpdump captures
            }
            drain(tcpdump.getErrorStream());
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            for (String line = out.readLine(); line != null && !line.equals("ACCEPT"); line = out.readLine()) {
                // until s_server listens
            }
            drain(server.getInputStream());
            for (List<String> curl : curls) {
                List<String> command = new java.util.ArrayList<>(List.of("curl", "-sk", "--http1.1", "-o", "/dev/null"));
                command.addAll(curl.subList(0, curl.size() - 1));
                command.add("https://127.0.0.1:" + port + curl.get(curl.size() - 1));
                run(command.toArray(String[]::new));
            }
            CaptureFile.await(pcap, CaptureFile.closed(curls.size()), "both FINs of every connection");
        } finally {
            tcpdump.destroy();
            tcpdump.waitFor(10, TimeUnit.SECONDS);
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
        return pcap;
    }

    @Test
    void keysFromTheServicesKeyLogLetTsharkDecryptTheCapture() throws Exception {
        Path keyLog = dir.resolve("keys.log");
        Files.writeString(keyLog, "# not a key: never sent\nsomething else entirely\n");
        Path pcap = capture(keyLog, List.of(List.of("/orders/4711?view=full")));
        KeyLogTail tail = new KeyLogTail(keyLog);
        String keys = tail.next();
        assertTrue(keys.startsWith("CLIENT_") || keys.startsWith("SERVER_"), keys);
        assertEquals(1, tail.skipped(), "the line that is no key (comments aside) did not travel");
        assertEquals("", tail.next(), "read once");

        Path pcapng = dir.resolve("tls.pcapng");
        java.io.ByteArrayOutputStream agent = new java.io.ByteArrayOutputStream();
        try (PcapReader reader = new PcapReader(Files.newInputStream(pcap)); PcapngWriter writer = new PcapngWriter(agent, "test")) {
            Packet p;
            while ((p = reader.next()) != null) {
                writer.packet(p);
            }
            writer.tlsKeys(keys); // after the packets, as a flush may find them
        }
        byte[] chunk = agent.toByteArray();
        try (OutputStream out = Files.newOutputStream(pcapng)) {
            PcapngSecretsFirst.write(each -> each.accept(chunk), out);
        }
        Process tshark = new ProcessBuilder("tshark", "-r", pcapng.toString(), "-Y", "http.request", "-T", "fields", "-e", "http.request.uri")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String uris = new String(tshark.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(tshark.waitFor(60, TimeUnit.SECONDS));
        assertEquals(List.of("/orders/4711?view=full"), uris.lines().toList(), "decrypted by tshark with the keys in the file");
    }

    @Test
    void httpsIsReadAsTheClientSentItForEachSuiteTheKeyLogCovers() throws Exception {
        Path keyLog = dir.resolve("keys.log");
        Path pcap = capture(keyLog, List.of(
                List.of("--tlsv1.3", "--tls13-ciphers", "TLS_AES_128_GCM_SHA256", "/a"),
                List.of("--tlsv1.3", "--tls13-ciphers", "TLS_AES_256_GCM_SHA384", "/b"),
                List.of("--tlsv1.3", "--tls13-ciphers", "TLS_CHACHA20_POLY1305_SHA256", "/c"),
                List.of("--tlsv1.2", "--tls-max", "1.2", "--ciphers", "ECDHE-ECDSA-AES128-GCM-SHA256", "/d"),
                List.of("--tlsv1.2", "--tls-max", "1.2", "--ciphers", "ECDHE-ECDSA-AES256-GCM-SHA384", "/e"),
                List.of("--tlsv1.2", "--tls-max", "1.2", "--ciphers", "ECDHE-ECDSA-CHACHA20-POLY1305", "/f")));
        KeyLogTail tail = new KeyLogTail(keyLog);
        TlsSecrets secrets = new TlsSecrets();
        TcpFlows flows = new TcpFlows(TcpFlows.Limits.DEFAULT, java.util.Set.of(pcapPort(pcap)), (random, label) -> {
            java.util.Optional<byte[]> secret = secrets.secret(random, label);
            if (secret.isEmpty()) {
                try {
                    secrets.add(tail.next()); // read when a connection needs it, as the agent does
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                secret = secrets.secret(random, label);
            }
            return secret;
        });
        List<TcpFlows.Exchange> exchanges = new java.util.ArrayList<>();
        try (PcapReader reader = new PcapReader(Files.newInputStream(pcap))) {
            Packet p;
            while ((p = reader.next()) != null) {
                exchanges.addAll(flows.accept(io.twinbench.capture.net.TcpSegment.of(p)));
            }
        }
        exchanges.addAll(flows.flush(0));
        assertEquals(0, flows.unparsed(), flows.lastProblem());
        assertEquals(List.of("GET /a 200", "GET /b 200", "GET /c 200", "GET /d 200", "GET /e 200", "GET /f 200"), exchanges.stream()
                .map(e -> e.request().method() + " " + e.request().target() + " " + (e.response() == null ? "-" : e.response().status())).toList());
        assertTrue(new String(exchanges.get(5).response().body(), StandardCharsets.ISO_8859_1).contains("<HTML>"), "the page, decrypted");

        TcpFlows without = new TcpFlows(TcpFlows.Limits.DEFAULT, java.util.Set.of(pcapPort(pcap)));
        try (PcapReader reader = new PcapReader(Files.newInputStream(pcap))) {
            Packet p;
            while ((p = reader.next()) != null) {
                without.accept(io.twinbench.capture.net.TcpSegment.of(p));
            }
        }
        assertEquals(6, without.unparsed(), "without a key log, HTTPS is counted, not guessed at");
        assertTrue(without.lastProblem().contains("TLS"), without.lastProblem());
    }

    private static int pcapPort(Path pcap) {
        String name = pcap.getFileName().toString();
        return Integer.parseInt(name.substring("tls-".length(), name.indexOf('.')));
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + out);
    }

    private static void drain(InputStream in) {
        Thread t = new Thread(() -> {
            try (in) {
                in.transferTo(OutputStream.nullOutputStream());
            } catch (java.io.IOException e) {
                // the process ended
            }
        });
        t.setDaemon(true);
        t.start();
    }
}
