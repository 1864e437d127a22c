package io.twinbench.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Logger;

import io.twinbench.inventory.SecretRedactor;
import io.twinbench.protocol.Message;
import io.twinbench.protocol.ShadowControl;
import io.twinbench.protocol.ShadowOrderDelivery;
import io.twinbench.protocol.ShadowReport;
import io.twinbench.remedy.trust.Envelope;
import io.twinbench.remedy.trust.ShadowOrder;
import io.twinbench.remedy.trust.ShadowOrderVerifier;
import io.twinbench.remedy.trust.TrustException;
import io.twinbench.remedy.trust.TrustRoot;

/**
 * The agent's side of shadowing: verifies each order against the root of trust the plans use,
 * runs at most a few sessions at once, and ends each at its deadline by itself, whether or not the
 * workbench is still there. Sessions that ran are remembered on disk so an order is never run twice.
 */
final class ShadowAgent implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ShadowAgent.class.getName());
    static final int MAX_SESSIONS = 4;
    private final Path sessionsFile;
    private final String agentId;
    private final DiskSpool outbox;
    private final long spoolShare;
    private final Supplier<TrustRoot> root;
    private final SecretRedactor redactor;
    private final Supplier<ShadowSession.Tools> tools;
    private final Clock clock;
    private final Map<String, ShadowSession> running = new ConcurrentHashMap<>();
    private final Set<String> ran = new HashSet<>();
    private final ScheduledExecutorService worker = Executors.newScheduledThreadPool(2, r -> {
        Thread thread = new Thread(r, "twinbench-agent-shadow");
        thread.setDaemon(true);
        return thread;
    });

    private final java.util.function.BooleanSupplier syscallsAllowed;

    ShadowAgent(Path state, String agentId, DiskSpool outbox, long spoolShare, Supplier<TrustRoot> root, SecretRedactor redactor,
            Supplier<ShadowSession.Tools> tools, java.util.function.BooleanSupplier syscallsAllowed, Clock clock) {
        this.syscallsAllowed = syscallsAllowed;
        this.sessionsFile = state.resolve("shadow-sessions");
        this.agentId = agentId;
        this.outbox = outbox;
        this.spoolShare = spoolShare;
        this.root = root;
        this.redactor = redactor;
        this.tools = tools;
        this.clock = clock;
        try {
            if (Files.exists(sessionsFile)) {
                ran.addAll(Files.readAllLines(sessionsFile, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            LOG.warning("cannot read the shadow sessions that ran: " + e.getMessage());
        }
        worker.scheduleWithFixedDelay(logged(this::flushAll), 250, 250, TimeUnit.MILLISECONDS);
        worker.scheduleWithFixedDelay(logged(this::reportAll), 2, 2, TimeUnit.SECONDS);
    }

    /** A periodic task that says why it failed, and keeps being run (an executor drops a task that throws). */
    private static Runnable logged(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                LOG.log(java.util.logging.Level.SEVERE, "shadow sessions: " + e, e);
            }
        };
    }

    /** A downstream message for shadowing; false when it is not one. */
    boolean accept(Message message) {
        if (message instanceof ShadowOrderDelivery delivery) {
            worker.execute(() -> order(delivery));
        } else if (message instanceof ShadowControl control) {
            worker.execute(() -> {
                ShadowSession session = running.remove(control.session());
                if (session != null) {
                    session.stop("stopped by the workbench" + (control.reason() == null || control.reason().isBlank() ? "" : ": " + control.reason()));
                }
            });
        } else {
            return false;
        }
        return true;
    }

    private synchronized void order(ShadowOrderDelivery delivery) {
        String claimed = "unknown";
        try {
            Envelope envelope = Envelope.fromJson(Base64.getDecoder().decode(delivery.envelope()));
            claimed = claimed(envelope);
            if (running.containsKey(claimed)) {
                return; // delivered again after a reconnect
            }
            TrustRoot trust = root.get();
            if (trust == null) {
                throw new TrustException(TrustException.Reason.UNKNOWN_KEY, "this agent holds no root of trust yet");
            }
            ShadowOrder order = new ShadowOrderVerifier(trust).verify(envelope, agentId, ran, clock.instant());
            if (order.captures("syscalls") && !syscallsAllowed.getAsBoolean()) {
                remember(order.session());
                refuse(order.session(), "the collection policy in force forbids tracing system calls on this endpoint");
                return;
            }
            if (running.size() >= MAX_SESSIONS) {
                refuse(order.session(), MAX_SESSIONS + " shadow sessions run on this endpoint already");
                return;
            }
            remember(order.session());
            ShadowSession session = new ShadowSession(order, tools.get(), outbox, spoolShare, new ShadowScope(Path.of("/proc")), redactor);
            running.put(order.session(), session);
            LOG.info("shadow session " + order.session() + " starts, until " + order.expires());
            session.start();
            long millis = Math.max(0, Duration.between(clock.instant(), order.expires()).toMillis());
            worker.schedule(() -> {
                if (running.remove(order.session(), session)) {
                    session.stop("its deadline " + order.expires() + " passed");
                }
            }, millis, TimeUnit.MILLISECONDS);
        } catch (TrustException e) {
            LOG.warning("refused shadow order " + claimed + ": " + e.getMessage());
            refuse(claimed, e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.log(java.util.logging.Level.WARNING, "cannot run shadow order " + claimed + ": " + e, e);
            refuse(claimed, "cannot run: " + e.getMessage());
            ShadowSession failed = running.remove(claimed);
            if (failed != null) {
                failed.stop("it could not start: " + e.getMessage());
            }
        }
    }

    /** The session an order claims, before anything of it is trusted, only to report a refusal against it. */
    private static String claimed(Envelope envelope) {
        try {
            return ShadowOrder.contents(envelope).session();
        } catch (TrustException e) {
            return "unknown";
        }
    }

    private void refuse(String session, String why) {
        try {
            outbox.append(new ShadowReport(session, ShadowReport.REFUSED, List.of(), List.of(), why));
        } catch (IOException e) {
            LOG.severe("cannot spool a shadow refusal: " + e.getMessage());
        }
    }

    private void remember(String session) throws IOException {
        ran.add(session);
        Files.writeString(sessionsFile, session + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private void flushAll() {
        for (ShadowSession session : running.values()) {
            session.flush();
        }
    }

    private void reportAll() {
        for (ShadowSession session : running.values()) {
            session.report(ShadowReport.CAPTURING, "capturing until " + session.order().expires());
        }
    }

    @Override
    public void close() {
        for (ShadowSession session : running.values()) {
            session.stop("the agent stopped");
        }
        running.clear();
        worker.shutdownNow();
    }
}
