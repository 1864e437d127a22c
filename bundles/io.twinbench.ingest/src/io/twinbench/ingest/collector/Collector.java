package io.twinbench.ingest.collector;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

import io.twinbench.ingest.enrol.Enrollment;
import io.twinbench.ingest.intake.EndpointQuotas;
import io.twinbench.ingest.intake.EventIntake;
import io.twinbench.ingest.intake.QuotaReports;
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
    static final long QUOTA_REPORT_SECONDS = 10;

    private final CollectorTls tls;
    private final CollectorServices services;
    private final ScheduledExecutorService scheduler;
    private final Set<SSLSocket> open = ConcurrentHashMap.newKeySet();
    private SSLServerSocket server;
    private Thread acceptor;
    private long lastTurnedAwayLog;

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
        this(tls, enrollment, store, listener, clock, redactor, findings, ConnectionLimits.DEFAULT, EndpointQuotas.Limits.DEFAULT);
    }

    /** limits: what peers may hold before and after they authenticate; quotas: what one endpoint may put in. */
    public Collector(CollectorTls tls, Enrollment enrollment, TwinStore store, CollectorListener listener, Clock clock,
            SecretRedactor redactor, FindingsSource findings, ConnectionLimits limits, EndpointQuotas.Limits quotas) {
        this.tls = tls;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("twinbench-collector-deadlines").daemon().factory());
        this.services = new CollectorServices(enrollment, store, new TelemetryIntake(clock), new EventIntake(clock, redactor),
                new TelemetryCommitter(store.agentStreams(), clock), new AgentTwins(store, listener, clock, SNAPSHOT_EVERY, findings),
                listener, clock, limits, new ConnectionRegistry(limits), scheduler,
                new EndpointQuotas(quotas, id -> Set.copyOf(store.telemetry().seriesOf(id)), clock::millis),
                new io.twinbench.ingest.intake.InventoryRedaction(redactor), new PlanOutbox(store, clock), new ShadowOutbox(store, clock),
                new CollectionOutbox(store, clock), new CollectionEnforcement(store, clock));
    }

    /** Where the workspace's signed root of trust for plans is read from (each time: it may be made or rotated while the collector runs). */
    public void trustRoot(java.util.function.Supplier<java.util.Optional<byte[]>> root) {
        services.plans().root(root);
    }

    /** Sends every connected agent what waits for it: plans pushed, rollbacks ordered, a new root. */
    public void dispatchPlans() {
        for (AgentConnection session : services.registry().sessions()) {
            session.deliverPlans();
        }
    }



    /** Starts listening; port 0 picks a free port (see {@link #port()}). */
    public synchronized void start(InetSocketAddress bind) throws IOException {
        if (server != null) {
            throw new IllegalStateException("the collector is already listening on " + server.getLocalSocketAddress());
        }
        server = tls.serverSocket(bind);
        acceptor = Thread.ofPlatform().name("twinbench-collector-" + port()).daemon().start(this::accept);
        long every = services.limits().trustRecheck().toMillis();
        scheduler.scheduleWithFixedDelay(this::recheckTrust, every, every, TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(this::reportRefusals, QUOTA_REPORT_SECONDS, QUOTA_REPORT_SECONDS, TimeUnit.SECONDS);
        // plans are pushed into the store, possibly by another process (./twinbench plan push): look for them every second
        scheduler.scheduleWithFixedDelay(this::dispatchPlans, 1, 1, TimeUnit.SECONDS);
        LOG.log(Level.INFO, "collector listening on " + server.getLocalSocketAddress() + " (mutual TLS)");
    }

    public int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                SSLSocket socket = (SSLSocket) server.accept();
                AgentConnection connection = new AgentConnection(socket, services);
                String refusal = services.registry().admit(connection, (InetSocketAddress) socket.getRemoteSocketAddress());
                if (refusal != null) {
                    turnAway(socket, refusal);
                    continue;
                }
                open.add(socket);
                Thread.ofVirtual().name("agent " + socket.getRemoteSocketAddress()).start(() -> {
                    try {
                        connection.run();
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

    /** Closes a connection over the limits before its handshake; logged at most once a second, a flood is not a log flood. */
    private void turnAway(SSLSocket socket, String reason) {
        try {
            socket.setSoLinger(true, 0);
            socket.close();
        } catch (IOException e) {
            // gone either way
        }
        long now = System.currentTimeMillis();
        if (now - lastTurnedAwayLog > 1000) {
            lastTurnedAwayLog = now;
            LOG.log(Level.WARNING, "collector turned away " + socket.getRemoteSocketAddress() + ": " + reason);
            services.listener().refused(String.valueOf(socket.getRemoteSocketAddress()), "turned away: " + reason);
        }
    }

    /**
     * Checks every open session's certificate again and ends those no longer trusted (revoked
     * since, or expired). Runs every few seconds; call it after revoking an agent to act at once.
     */
    public void recheckTrust() {
        for (AgentConnection session : services.registry().sessions()) {
            try {
                session.recheckTrust();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not re-check a session's trust: " + e.getMessage());
            }
        }
    }

    /**
     * Adds what the quotas refused since the last report to each agent's row in the store, with a
     * warning event in its twin (a flood meant to hide something is itself worth seeing), and
     * tells the listener. Runs every few seconds; call it to report at once.
     */
    public void reportRefusals() {
        QuotaReports.report(services.quotas(), services.store(), services.listener(), services.clock());
    }

    /**
     * The twin of this id was deleted: its quota counts and first-seen times start afresh, and the agent's open sessions
     * are ended (revoked ones for good, after {@link #recheckTrust}), so that a reconnecting agent
     * reads its held inventory anew from the store, which holds none, and sends it in full.
     */
    public void twinDeleted(String twinId) {
        services.quotas().forget(twinId);
        services.twins().forget(twinId);
        recheckTrust();
        for (AgentConnection session : services.registry().sessions(twinId)) {
            session.close("its twin was deleted; on reconnecting it sends its inventory in full");
        }
    }

    /** Connections open now, and of those not yet authenticated. */
    public int openConnections() {
        return services.registry().openConnections();
    }

    public int unauthenticatedConnections() {
        return services.registry().unauthenticatedConnections();
    }

    /** Stops listening and ends every agent connection; agents keep their frames and resend later. */
    @Override
    public synchronized void close() throws IOException {
        scheduler.shutdownNow();
        try {
            reportRefusals();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not store what the quotas refused: " + e.getMessage());
        }
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
