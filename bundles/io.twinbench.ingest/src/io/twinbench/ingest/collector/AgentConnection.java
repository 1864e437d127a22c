package io.twinbench.ingest.collector;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.SocketTimeoutException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Base64;
import java.util.Optional;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSocket;

import io.twinbench.ingest.enrol.Enrollment;
import io.twinbench.ingest.enrol.EnrollmentException;
import io.twinbench.protocol.Ack;
import io.twinbench.protocol.EnrollRequest;
import io.twinbench.protocol.EnrollResponse;
import io.twinbench.protocol.Frame;
import io.twinbench.protocol.FrameCodec;
import io.twinbench.protocol.Hello;
import io.twinbench.protocol.Message;
import io.twinbench.protocol.MessageCodec;
import io.twinbench.protocol.Nack;
import io.twinbench.protocol.ProtocolException;
import io.twinbench.protocol.Refusal;
import io.twinbench.store.StoreException;

/**
 * One agent's TLS connection. Without a client certificate the agent may only enrol. With
 * one, the certificate must be trusted and match the Hello, and then every frame is applied
 * and acknowledged after commit, in order. A frame that decodes badly is refused alone; a
 * broken stream ends this connection only.
 */
final class AgentConnection implements Runnable {

    private static final System.Logger LOG = System.getLogger(AgentConnection.class.getName());
    static final int HANDSHAKE_TIMEOUT_MS = 30_000;
    static final int IDLE_TIMEOUT_MS = 5 * 60_000;

    private final SSLSocket socket;
    private final CollectorServices services;
    private final String peer;
    /** Until the peer is authenticated, frames are small: an enrolment request or a Hello. */
    private FrameCodec frames;
    private final MessageCodec messages = new MessageCodec();
    private OutputStream out;
    private long outboundSeq;
    private String agentId;
    private X509Certificate certificate;
    private volatile String closedBecause;
    /** What this connection already sent about plans, so the scheduler's rounds do not send it again. */
    private final java.util.Set<String> plansSent = java.util.concurrent.ConcurrentHashMap.newKeySet();

    AgentConnection(SSLSocket socket, CollectorServices services) {
        this.socket = socket;
        this.services = services;
        this.peer = String.valueOf(socket.getRemoteSocketAddress());
        this.frames = new FrameCodec(services.limits().unauthenticatedFrameBytes());
    }

    @Override
    public void run() {
        // one deadline for the handshake, the enrolment or the Hello together: a peer that trickles a byte at a time is cut off
        java.util.concurrent.ScheduledFuture<?> deadline = services.scheduler().schedule(
                () -> close("did not authenticate within " + services.limits().preAuthDeadline().toSeconds() + " s"),
                services.limits().preAuthDeadline().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        try (socket) {
            socket.setSoTimeout(HANDSHAKE_TIMEOUT_MS);
            socket.startHandshake();
            InputStream in = new BufferedInputStream(socket.getInputStream(), 64 << 10);
            out = new BufferedOutputStream(socket.getOutputStream(), 16 << 10);
            Optional<X509Certificate> presented = clientCertificate();
            if (presented.isEmpty()) {
                enrol(in);
            } else {
                stream(in, presented.get(), deadline);
            }
        } catch (SSLException e) {
            LOG.log(Level.WARNING, "TLS with " + peer + " failed: " + e.getMessage());
            services.listener().refused(peer, "TLS failed: " + e.getMessage());
        } catch (SocketTimeoutException e) {
            LOG.log(Level.INFO, peer + " sent nothing for too long; connection closed");
        } catch (IOException e) {
            if (closedBecause != null) {
                LOG.log(Level.INFO, "closed the connection with " + (agentId == null ? peer : agentId + " at " + peer) + ": " + closedBecause);
            } else {
                LOG.log(Level.DEBUG, "connection with " + peer + " ended: " + e.getMessage());
            }
        } finally {
            deadline.cancel(false);
            services.registry().closed(this, agentId);
        }
    }

    /** Ends the connection from another thread (deadline, revocation, a newer connection of the agent). */
    void close(String reason) {
        closedBecause = reason;
        try {
            socket.close();
        } catch (IOException e) {
            // it is closing either way
        }
    }

    /**
     * Checks the session's certificate again (it may have been revoked or expired since the
     * handshake) and ends the session with a permanent refusal when it is no longer trusted.
     */
    void recheckTrust() {
        X509Certificate held = certificate;
        if (held == null) {
            return;
        }
        Optional<String> distrust = services.enrollment().distrust(held);
        if (distrust.isPresent()) {
            try {
                refuse(agentId + " at " + peer, distrust.get(), true);
            } catch (IOException e) {
                // the session is ended below anyway
            }
            close(distrust.get());
        }
    }

    private Optional<X509Certificate> clientCertificate() {
        try {
            Certificate[] chain = socket.getSession().getPeerCertificates();
            return chain.length > 0 && chain[0] instanceof X509Certificate x ? Optional.of(x) : Optional.empty();
        } catch (SSLPeerUnverifiedException e) {
            return Optional.empty();
        }
    }

    private void enrol(InputStream in) throws IOException {
        Optional<Message> first = readMessage(in);
        if (first.isEmpty()) {
            return;
        }
        if (!(first.get() instanceof EnrollRequest request)) {
            refuse(peer, "no client certificate: enrol with a token first (got " + first.get().type() + ")", true);
            return;
        }
        try {
            byte[] csr = Base64.getDecoder().decode(request.certificateRequest());
            X509Certificate issued = services.enrollment().enrol(request.token(), csr, request.agentId(), request.hostname());
            send(new EnrollResponse(Base64.getEncoder().encodeToString(issued.getEncoded()),
                    Base64.getEncoder().encodeToString(services.enrollment().caCertificate().getEncoded()),
                    services.plans().root().map(Base64.getEncoder()::encodeToString).orElse(null),
                    services.store().collection().latest().map(i -> Base64.getEncoder().encodeToString(i.envelope())).orElse(null)));
            LOG.log(Level.INFO, "enrolled agent " + request.agentId() + " on " + request.hostname() + " from " + peer);
            services.listener().enrolled(request.agentId(), request.hostname());
        } catch (EnrollmentException | IllegalArgumentException e) {
            refuse(request.agentId() + " at " + peer, "enrolment refused: " + e.getMessage(), true);
        } catch (java.security.cert.CertificateEncodingException e) {
            refuse(request.agentId() + " at " + peer, "enrolment failed: " + e.getMessage(), false);
        }
    }

    private void stream(InputStream in, X509Certificate certificate, java.util.concurrent.ScheduledFuture<?> deadline) throws IOException {
        String agentId = Enrollment.commonName(certificate.getSubjectX500Principal());
        Optional<String> distrust = services.enrollment().distrust(certificate);
        if (distrust.isPresent()) {
            refuse(agentId + " at " + peer, distrust.get(), true);
            return;
        }
        Optional<Message> first = readMessage(in);
        if (first.isEmpty()) {
            return;
        }
        if (!(first.get() instanceof Hello hello) || !hello.agentId().equals(agentId)) {
            refuse(agentId + " at " + peer, first.get() instanceof Hello h
                    ? "the Hello names agent '" + h.agentId() + "' but the certificate belongs to '" + agentId + "'"
                    : "expected Hello, got " + first.get().type(), true);
            return;
        }
        AgentStream stream;
        try {
            stream = services.openStream(agentId, hello);
        } catch (StoreException e) {
            refuse(agentId, "the workbench cannot open this agent's stream now: " + e.getMessage(), false);
            return;
        }
        deadline.cancel(false);
        this.agentId = agentId;
        this.certificate = certificate;
        this.frames = new FrameCodec();
        for (AgentConnection older : services.registry().authenticated(this, agentId)) {
            older.close("a newer connection of agent " + agentId + " replaced it");
        }
        LOG.log(Level.INFO, "agent " + agentId + " (" + hello.agentVersion() + ") connected from " + peer
                + "; committed up to seq " + stream.lastSeq());
        services.listener().connected(agentId, hello.agentVersion());
        send(new Ack(stream.lastSeq()));
        deliverPlans();
        socket.setSoTimeout(IDLE_TIMEOUT_MS);
        String ended = "closed by the agent";
        try {
            ended = receive(in, stream);
        } catch (IOException e) {
            ended = closedBecause != null ? closedBecause : e.getMessage();
            throw e;
        } finally {
            services.listener().disconnected(agentId, ended);
        }
    }

    /** Applies frames until the stream ends; returns why it ended. */
    private String receive(InputStream in, AgentStream stream) throws IOException {
        while (true) {
            Optional<Frame> frame;
            try {
                frame = frames.read(in);
            } catch (ProtocolException e) {
                refuse(stream.agentId(), "broken stream: " + e.getMessage(), false);
                return e.getMessage();
            }
            if (frame.isEmpty()) {
                return "closed by the agent";
            }
            try {
                AgentStream.Outcome outcome = stream.apply(frame.get());
                if (outcome.refusal() != null) {
                    LOG.log(Level.WARNING, "agent " + stream.agentId() + ": refused frame " + frame.get().seq() + ": " + outcome.refusal());
                    send(new Nack(frame.get().seq(), outcome.refusal()));
                }
                if (outcome.resync() != null) {
                    send(outcome.resync());
                }
                if (outcome.reply() != null) {
                    send(outcome.reply());
                }
                send(new Ack(stream.lastSeq()));
                if (outcome.applied() && outcome.samples() > 0) {
                    services.listener().committed(stream.agentId(), frame.get().seq(), outcome.samples());
                }
            } catch (StoreException e) {
                refuse(stream.agentId(), "the workbench could not store frame " + frame.get().seq() + " (it will be resent): " + e.getMessage(), false);
                return e.getMessage();
            }
        }
    }

    /** Sends the agent what waits for it about plans and was not sent on this connection yet (from the collector's scheduler too). */
    void deliverPlans() {
        String agent = agentId;
        if (agent == null) {
            return;
        }
        try {
            List<Message> outgoing = new ArrayList<>(services.plans().outgoing(agent, plansSent));
            outgoing.addAll(services.shadows().outgoing(agent, plansSent));
            outgoing.addAll(services.collection().outgoing(plansSent));
            for (Message message : outgoing) {
                send(message);
                LOG.log(Level.INFO, "sent " + message.type() + " to agent " + agent);
            }
        } catch (IOException | io.twinbench.store.StoreException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "cannot send plans to agent " + agent + ": " + e.getMessage());
        }
    }

    private Optional<Message> readMessage(InputStream in) throws IOException {
        try {
            Optional<Frame> frame = frames.read(in);
            return frame.isEmpty() ? Optional.empty() : Optional.of(messages.decode(frame.get()));
        } catch (ProtocolException e) {
            refuse(peer, e.getMessage(), false);
            return Optional.empty();
        }
    }

    private void refuse(String who, String reason, boolean permanent) throws IOException {
        LOG.log(Level.WARNING, "refused " + who + ": " + reason);
        services.listener().refused(who, reason);
        send(new Refusal(reason, permanent));
    }

    private synchronized void send(Message message) throws IOException {
        frames.write(messages.encode(message, ++outboundSeq), out);
        out.flush();
    }
}
