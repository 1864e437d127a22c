package io.twinbench.cli.internal.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

import io.twinbench.protocol.Ack;
import io.twinbench.protocol.Frame;
import io.twinbench.protocol.FrameCodec;
import io.twinbench.protocol.Hello;
import io.twinbench.protocol.Message;
import io.twinbench.protocol.MessageCodec;
import io.twinbench.protocol.ProtocolException;
import io.twinbench.protocol.Sample;
import io.twinbench.protocol.TelemetryBatch;

/**
 * An enrolled agent on loopback that speaks the real protocol over real mutual TLS, sending
 * telemetry batches shaped like the real agent's, and timing each frame from send to
 * acknowledgement (the collector acknowledges after commit, so this is sample-to-twin).
 */
final class SimulatedAgent implements FleetConnect.Connection {

    private final String id;
    private final SSLContext tls;
    private final int port;
    private final FrameCodec frames = new FrameCodec();
    private final MessageCodec messages = new MessageCodec();
    private final ConcurrentHashMap<Long, Long> sentAt = new ConcurrentHashMap<>();
    private final Semaphore window;
    private final LatencyRecorder latencies;
    private SSLSocket socket;
    private OutputStream out;
    private long seq;
    private long bytesSent;

    SimulatedAgent(String id, SSLContext tls, int port, int window, LatencyRecorder latencies) {
        this.id = id;
        this.tls = tls;
        this.port = port;
        this.window = new Semaphore(window);
        this.latencies = latencies;
    }

    @Override
    public void connect() throws IOException, ProtocolException {
        socket = (SSLSocket) tls.getSocketFactory().createSocket("127.0.0.1", port);
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        socket.setSSLParameters(parameters);
        socket.startHandshake();
        out = new BufferedOutputStream(socket.getOutputStream(), 32 << 10);
        InputStream in = new BufferedInputStream(socket.getInputStream());
        frames.write(messages.encode(new Hello(id, "bench", id + ".bench", 0), 0), out);
        out.flush();
        Message first = messages.decode(frames.read(in).orElseThrow(() -> new IOException("closed")));
        if (!(first instanceof Ack)) {
            throw new IOException(id + ": the collector answered " + first);
        }
        Thread.ofVirtual().name("bench-acks-" + id).start(() -> readAcks(in));
    }

    /**
     * One batch of `samples` values over the real agent's element and metric names; blocks
     * while the window is full. The JSON is encoded once per batch size and only its
     * timestamps are rewritten, so the simulator spends its CPU on TLS, not on Jackson.
     */
    void send(int samples, long timestamp) throws IOException, InterruptedException {
        window.acquire();
        Frame frame = new Frame(FrameCodec.CURRENT_VERSION, io.twinbench.protocol.MessageType.TELEMETRY, ++seq, template(samples).with(timestamp));
        sentAt.put(frame.seq(), System.nanoTime());
        synchronized (this) {
            frames.write(frame, out);
            out.flush();
        }
        bytesSent += frame.size();
    }

    private BodyTemplate template;

    private BodyTemplate template(int samples) {
        if (template == null || template.samples != samples) {
            template = new BodyTemplate(samples, messages.encode(batch(samples, BodyTemplate.PLACEHOLDER), 1).body());
        }
        return template;
    }

    /** A telemetry body whose 13-digit timestamps can be rewritten in place (point k at offsets[k]). */
    private static final class BodyTemplate {
        static final long PLACEHOLDER = 1_111_111_110_000L;
        final int samples;
        final byte[] body;
        final List<int[]> offsets = new ArrayList<>();

        BodyTemplate(int samples, byte[] body) {
            this.samples = samples;
            this.body = body;
            for (int k = 0; k * SERIES < samples; k++) {
                byte[] marker = Long.toString(PLACEHOLDER + 10L * k).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                List<Integer> found = new ArrayList<>();
                for (int i = 0; i + marker.length <= body.length; i++) {
                    if (java.util.Arrays.equals(body, i, i + marker.length, marker, 0, marker.length)) {
                        found.add(i);
                    }
                }
                offsets.add(found.stream().mapToInt(Integer::intValue).toArray());
            }
        }

        byte[] with(long timestamp) {
            byte[] copy = body.clone();
            for (int k = 0; k < offsets.size(); k++) {
                byte[] digits = String.format("%013d", timestamp + 10L * k).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                for (int offset : offsets.get(k)) {
                    System.arraycopy(digits, 0, copy, offset, digits.length);
                }
            }
            return copy;
        }
    }

    long bytesSent() {
        return bytesSent;
    }

    /** Series per agent: about what the real agent reports for a small server. */
    static final int SERIES = 50;

    /**
     * `samples` values over SERIES series named like the real agent's, several points per
     * series when there are more samples than series (as when an agent resends its spool);
     * point k is stamped timestamp + 10 k ms.
     */
    static TelemetryBatch batch(int samples, long timestamp) {
        List<Sample> list = new ArrayList<>(samples);
        String[][] shapes = {{"cpu", "cpu.load", "%"}, {"memory", "memory.used", "bytes"}, {"memory", "memory.available", "bytes"},
                {"disk/sda", "disk.read.rate", "bytes/s"}, {"disk/sda", "disk.write.rate", "bytes/s"}, {"fs/", "fs.used.bytes", "bytes"},
                {"nic/eth0", "net.rx.rate", "bytes/s"}, {"nic/eth0", "net.tx.rate", "bytes/s"},
                {"nic/eth0", "net.rx.packet.rate", "packets/s"}, {"nic/eth0", "net.tx.packet.rate", "packets/s"}};
        for (int i = 0; i < samples; i++) {
            int series = i % SERIES;
            String[] shape = shapes[series % shapes.length];
            String metric = series < shapes.length ? shape[1] : shape[1] + "." + (series / shapes.length);
            list.add(new Sample(shape[0], metric, shape[2], timestamp + 10L * (i / SERIES), 1_000_000d + i * 17.5));
        }
        return new TelemetryBatch(list);
    }

    private void readAcks(InputStream in) {
        long acked = 0;
        try {
            for (Optional<Frame> frame; (frame = frames.read(in)).isPresent();) {
                if (messages.decode(frame.get()) instanceof Ack ack) {
                    long now = System.nanoTime();
                    for (long s = acked + 1; s <= ack.seq(); s++) {
                        Long sent = sentAt.remove(s);
                        if (sent != null) {
                            latencies.record(now - sent);
                            window.release();
                        }
                    }
                    acked = Math.max(acked, ack.seq());
                }
            }
        } catch (IOException | ProtocolException e) {
            // the run is over or the collector closed: the bench reports what it measured
        }
    }

    void close() throws IOException {
        if (socket != null) {
            socket.close();
        }
    }
}
