package io.twinbench.ingest.collector;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

import io.twinbench.ingest.enrol.Enrollment;
import io.twinbench.ingest.intake.EventIntake;
import io.twinbench.ingest.intake.TelemetryIntake;
import io.twinbench.inventory.SecretRedactor;
import io.twinbench.model.build.FindingsSource;
import io.twinbench.store.TwinStore;

/**
 * The workbench's end of the agent channel: a TLS listener that gives every agent connection
 * a virtual thread of its own, so one slow or hostile peer never holds up another.
 */
public final class Collector implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Collector.class.getName());

    /** How often a streaming twin is stored as a snapshot at most (its history records every change). */
    static final java.time.Duration SNAPSHOT_EVERY = java.time.Duration.ofMinutes(5);

    private final CollectorTls tls;
    private final CollectorServices services;
    private final Set<SSLSocket> open = ConcurrentHashMap.newKeySet();
    private SSLServerSocket server;
    private Thread acceptor;

    public Collector(CollectorTls tls, Enrollment enrollment, TwinStore store, CollectorListener listener, Clock clock) {
        this(tls, enrollment, store, listener, clock, SecretRedactor.defaults());
    }

    /** redactor: the workbench's secret patterns, applied to every event before it is stored. */
    public Collector(CollectorTls tls, Enrollment enrollment, TwinStore store, CollectorListener listener, Clock clock,
            SecretRedactor redactor) {
        this(tls, enrollment, store, listener, clock, redactor, FindingsSource.NONE);
    }

    /** findings: what analysis adds to each agent's twin model before it is stored and handed to the listener. */
    public Collector(CollectorTls tls, Enrollment enrollment, TwinStore store, CollectorListener listener, Clock clock,
            SecretRedactor redactor, FindingsSource findings) {
        this.tls = tls;
        this.services = new CollectorServices(enrollment, store, new TelemetryIntake(clock), new EventIntake(clock, redactor),
                new TelemetryCommitter(store.agentStreams(), clock), new AgentTwins(store, listener, clock, SNAPSHOT_EVERY, findings),
                listener, clock);
    }

    /** Starts listening; port 0 picks a free port (see {@link #port()}). */
    public synchronized void start(InetSocketAddress bind) throws IOException {
        if (server != null) {
            throw new IllegalStateException("the collector is already listening on " + server.getLocalSocketAddress());
        }
        server = tls.serverSocket(bind);
        acceptor = Thread.ofPlatform().name("twinbench-collector-" + port()).daemon().start(this::accept);
        LOG.log(Level.INFO, "collector listening on " + server.getLocalSocketAddress() + " (mutual TLS)");
    }

    public int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                SSLSocket socket = (SSLSocket) server.accept();
                open.add(socket);
                Thread.ofVirtual().name("agent " + socket.getRemoteSocketAddress()).start(() -> {
                    try {
                        new AgentConnection(socket, services).run();
                    } finally {
                        open.remove(socket);
                    }
                });
            } catch (SocketException e) {
                if (!server.isClosed()) {
                    LOG.log(Level.WARNING, "collector stopped accepting: " + e.getMessage());
                }
                return;
            } catch (IOException e) {
                LOG.log(Level.WARNING, "collector could not accept a connection: " + e.getMessage());
            }
        }
    }

    /** Stops listening and ends every agent connection; agents keep their frames and resend later. */
    @Override
    public synchronized void close() throws IOException {
        if (server == null) {
            services.committer().close();
            return;
        }
        server.close();
        for (SSLSocket socket : open) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        services.committer().close();
        try {
            acceptor.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
