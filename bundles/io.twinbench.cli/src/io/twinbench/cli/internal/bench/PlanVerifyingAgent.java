package io.twinbench.cli.internal.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.CountDownLatch;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

import io.twinbench.protocol.Ack;
import io.twinbench.protocol.FrameCodec;
import io.twinbench.protocol.Hello;
import io.twinbench.protocol.Message;
import io.twinbench.protocol.MessageCodec;
import io.twinbench.protocol.PlanControl;
import io.twinbench.protocol.PlanDelivery;
import io.twinbench.protocol.PlanReport;
import io.twinbench.protocol.ProtocolException;
import io.twinbench.remedy.plan.Plan;
import io.twinbench.remedy.trust.Envelope;
import io.twinbench.remedy.trust.PlanVerifier;
import io.twinbench.remedy.trust.TrustException;
import io.twinbench.remedy.trust.TrustRoot;

/**
 * An enrolled agent on loopback that takes plans as the real agent does up to applying them:
 * over real mutual TLS, it verifies each delivered plan against the root (signature, digests,
 * endpoint, expiry, version) and reports it accepted through a numbered frame; it counts down
 * when the collector acknowledges that report, i.e. when the workbench has stored it. With
 * {@code answers}, it goes on as the real agent's protocol does without changing anything: it
 * reports the plan waiting for confirmation, confirmed when the workbench confirms it, and
 * rolled back when the workbench orders a rollback.
 */
final class PlanVerifyingAgent implements FleetConnect.Connection {

    private final String id;
    private final SSLContext tls;
    private final int port;
    private final PlanVerifier verifier;
    private final CountDownLatch acknowledged;
    private final FrameCodec frames = new FrameCodec();
    private final MessageCodec messages = new MessageCodec();
    private SSLSocket socket;
    private OutputStream out;
    private long seq;
    private volatile long reportSeq = -1;
    private volatile String failure;

    private final boolean answers;

    PlanVerifyingAgent(String id, SSLContext tls, int port, TrustRoot root, CountDownLatch acknowledged) {
        this(id, tls, port, root, acknowledged, false);
    }

    PlanVerifyingAgent(String id, SSLContext tls, int port, TrustRoot root, CountDownLatch acknowledged, boolean answers) {
        this.answers = answers;
        this.id = id;
        this.tls = tls;
        this.port = port;
        this.verifier = new PlanVerifier(root);
        this.acknowledged = acknowledged;
    }

    @Override
    public void connect() throws IOException, ProtocolException {
        socket = (SSLSocket) tls.getSocketFactory().createSocket("127.0.0.1", port);
        socket.startHandshake();
        out = new BufferedOutputStream(socket.getOutputStream(), 16 << 10);
        InputStream in = new BufferedInputStream(socket.getInputStream());
        frames.write(messages.encode(new Hello(id, "bench", id + ".bench", 0), 0), out);
        out.flush();
        Message first = messages.decode(frames.read(in).orElseThrow(() -> new IOException("closed")));
        if (!(first instanceof Ack ack)) {
            throw new IOException(id + ": the collector answered " + first);
        }
        seq = ack.seq();
        Thread.ofVirtual().name("bench-plans-" + id).start(() -> read(in));
    }

    private void read(InputStream in) {
        try {
            while (true) {
                var frame = frames.read(in);
                if (frame.isEmpty()) {
                    return;
                }
                Message message = messages.decode(frame.get());
                if (message instanceof PlanDelivery delivery) {
                    Plan plan = verifier.verify(Envelope.fromJson(Base64.getDecoder().decode(delivery.envelope())), id, 0, Instant.now());
                    synchronized (this) {
                        reportSeq = ++seq;
                        frames.write(messages.encode(new PlanReport(plan.id(), plan.version(), "PLAN", -1, "accepted", plan.title()), reportSeq), out);
                        if (answers) {
                            frames.write(messages.encode(new PlanReport(plan.id(), plan.version(), "PLAN", -1, "awaiting-confirmation", ""), ++seq), out);
                        }
                        out.flush();
                    }
                } else if (answers && message instanceof PlanControl control) {
                    String state = PlanControl.CONFIRM.equals(control.action()) ? "confirmed" : "rolled-back";
                    synchronized (this) {
                        frames.write(messages.encode(new PlanReport(control.planId(), control.version(), "PLAN", -1, state, ""), ++seq), out);
                        out.flush();
                    }
                } else if (message instanceof Ack ack && reportSeq > 0 && ack.seq() >= reportSeq) {
                    reportSeq = Long.MAX_VALUE;
                    acknowledged.countDown();
                }
            }
        } catch (IOException | ProtocolException | TrustException e) {
            failure = id + ": " + e.getMessage();
        }
    }

    String failure() {
        return failure;
    }

    void close() throws IOException {
        socket.close();
    }
}
