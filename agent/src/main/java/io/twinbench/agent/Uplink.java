package io.twinbench.agent;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

import io.twinbench.protocol.Ack;
import io.twinbench.protocol.Frame;
import io.twinbench.protocol.FrameCodec;
import io.twinbench.protocol.Hello;
import io.twinbench.protocol.Message;
import io.twinbench.protocol.Nack;
import io.twinbench.protocol.ProtocolException;
import io.twinbench.protocol.Refusal;
import io.twinbench.protocol.Resync;

/**
 * Sends the spool to the workbench over mutual TLS and trims it as acknowledgements arrive.
 * At most {@link #WINDOW} frames are in flight, so a slow workbench slows the sender instead
 * of filling memory; the spool on disk absorbs the rest. Reconnects with growing, jittered
 * delays while the workbench is unreachable, and stops for good on a permanent refusal.
 */
final class Uplink implements Runnable {

    static final String TLS_PROTOCOL = "TLSv1.3";
    static final int WINDOW = 64;
    private static final Logger LOG = Logger.getLogger(Uplink.class.getName());
    private static final long MIN_DELAY_MS = 1_000;
    private static final long MAX_DELAY_MS = 60_000;
    private static final int READ_TIMEOUT_MS = 120_000;

    private final WorkbenchAddress workbench;
    private final AgentIdentity identity;
    private final DiskSpool spool;
    private final String version;
    private final String hostname;
    private final List<String> notes;
    private final java.util.function.Consumer<Resync> resyncs;
    /** Plans, their confirmations and rollbacks, and the root of trust: true when it took the message. */
    private final java.util.function.Predicate<Message> downstream;
    private final FrameCodec frames = new FrameCodec();
    private final CompactMessageCodec messages = new CompactMessageCodec();
    private volatile boolean stopped;
    private volatile WorkbenchRefusal fatal;
    private volatile boolean connected;

    /** notes: what the agent cannot collect on this endpoint and why, told in every Hello (may change as the agent runs). */
    Uplink(WorkbenchAddress workbench, AgentIdentity identity, DiskSpool spool, String version, String hostname, List<String> notes,
            java.util.function.Consumer<Resync> resyncs, java.util.function.Predicate<Message> downstream) {
        this.downstream = downstream;
        this.notes = notes;
        this.resyncs = resyncs;
        this.workbench = workbench;
        this.identity = identity;
        this.spool = spool;
        this.version = version;
        this.hostname = hostname;
    }

    @Override
    public void run() {
        long delay = MIN_DELAY_MS;
        while (!stopped) {
            try {
                session();
            } catch (WorkbenchRefusal e) {
                if (e.permanent()) {
                    LOG.severe("the workbench refused this agent: " + e.getMessage());
                    fatal = e;
                    stopped = true;
                    synchronized (this) {
                        notifyAll();
                    }
                    return;
                }
                LOG.warning("the workbench turned this connection down: " + e.getMessage());
            } catch (IOException | GeneralSecurityException | ProtocolException e) {
                LOG.warning("workbench " + workbench + " unreachable: " + e.getMessage() + "; keeping frames on disk, retrying");
            } catch (InterruptedException e) {
                return;
            }
            if (connected) {
                delay = MIN_DELAY_MS;
                connected = false;
            }
            sleep(delay / 2 + ThreadLocalRandom.current().nextLong(delay / 2 + 1));
            delay = Math.min(MAX_DELAY_MS, delay * 2);
        }
    }

    void stop() {
        stopped = true;
        synchronized (this) {
            notifyAll();
        }
    }

    /** Waits up to millis; true when a permanent refusal has stopped this uplink (already logged). */
    synchronized boolean awaitFatal(long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        for (long left = millis; fatal == null && left > 0; left = deadline - System.currentTimeMillis()) {
            wait(left);
        }
        return fatal != null;
    }

    private void session() throws IOException, GeneralSecurityException, ProtocolException, WorkbenchRefusal, InterruptedException {
        SSLContext tls = identity.tls(workbench.host());
        try (SSLSocket socket = workbench.connect(tls, READ_TIMEOUT_MS)) {
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 << 10);
            InputStream in = new BufferedInputStream(socket.getInputStream());
            write(out, new Hello(identity.agentId(), version, hostname, spool.ackedSeq(), notes.stream()
                    .map(n -> n.length() > Hello.MAX_NOTE ? n.substring(0, Hello.MAX_NOTE) : n).limit(Hello.MAX_NOTES).toList()));
            out.flush();
            Message first = read(in);
            if (first instanceof Refusal refusal) {
                throw new WorkbenchRefusal(refusal.reason(), refusal.permanent());
            }
            if (!(first instanceof Ack ack)) {
                throw new ProtocolException("the workbench answered Hello with " + first.type());
            }
            spool.ack(ack.seq());
            connected = true;
            LOG.info("connected to " + workbench + "; the workbench has everything up to seq " + ack.seq());
            AcknowledgementReader reader = new AcknowledgementReader(in, socket);
            Thread readerThread = new Thread(reader, "twinbench-agent-acks");
            readerThread.setDaemon(true);
            readerThread.start();
            try {
                send(out, reader);
            } finally {
                socket.close();
                readerThread.join(5_000);
            }
            reader.rethrow();
        }
    }

    /** Writes pending frames while the window allows, until the connection or the agent ends. */
    private void send(OutputStream out, AcknowledgementReader reader) throws IOException, InterruptedException {
        long sent = spool.ackedSeq();
        while (!stopped && reader.running()) {
            long acked = spool.ackedSeq();
            sent = Math.max(sent, acked);
            int room = (int) (WINDOW - (sent - acked));
            List<Frame> next = room > 0 ? spool.pendingAfter(sent, room) : List.of();
            for (Frame frame : next) {
                frames.write(frame, out);
                sent = frame.seq();
            }
            out.flush();
            if (next.isEmpty()) {
                // a full window waits for an acknowledgement only; otherwise for either
                spool.awaitChange(room > 0 ? sent : Long.MAX_VALUE, acked, 1_000);
            }
        }
    }

    /** Reads the workbench's answers on their own thread so the sender never blocks on them. */
    private final class AcknowledgementReader implements Runnable {
        private final InputStream in;
        private final SSLSocket socket;
        private volatile boolean running = true;
        private volatile Exception failure;

        AcknowledgementReader(InputStream in, SSLSocket socket) {
            this.in = in;
            this.socket = socket;
        }

        boolean running() {
            return running;
        }

        @Override
        public void run() {
            try {
                while (true) {
                    Message message = read(in);
                    if (message instanceof Ack ack) {
                        spool.ack(ack.seq());
                    } else if (message instanceof Nack nack) {
                        LOG.warning("the workbench refused frame " + nack.seq() + ": " + nack.reason());
                    } else if (message instanceof Resync resync) {
                        resyncs.accept(resync);
                    } else if (downstream.test(message)) {
                        LOG.fine("plan message " + message.type() + " taken");
                    } else if (message instanceof Refusal refusal) {
                        failure = new WorkbenchRefusal(refusal.reason(), refusal.permanent());
                        return;
                    } else {
                        LOG.warning("ignored an unexpected " + message.type() + " from the workbench");
                    }
                }
            } catch (IOException | ProtocolException e) {
                if (!socket.isClosed()) {
                    failure = e;
                }
            } finally {
                running = false;
                try {
                    socket.close();
                } catch (IOException e) {
                    // already closing
                }
                synchronized (spool) {
                    spool.notifyAll();
                }
            }
        }

        void rethrow() throws IOException, ProtocolException, WorkbenchRefusal {
            if (failure instanceof WorkbenchRefusal r) {
                throw r;
            }
            if (failure instanceof ProtocolException p) {
                throw p;
            }
            if (failure instanceof IOException e) {
                throw e;
            }
        }
    }

    private void write(OutputStream out, Message message) throws IOException {
        frames.write(messages.encode(message, 0), out);
    }

    private Message read(InputStream in) throws IOException, ProtocolException {
        Optional<Frame> frame = frames.read(in);
        if (frame.isEmpty()) {
            throw new IOException("the workbench closed the connection");
        }
        return messages.decode(frame.get());
    }

    private synchronized void sleep(long millis) {
        try {
            if (!stopped) {
                wait(millis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }
}
