package io.twinbench.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import io.twinbench.protocol.Message;
import io.twinbench.protocol.PlanControl;
import io.twinbench.protocol.PlanDelivery;
import io.twinbench.protocol.PlanReport;
import io.twinbench.protocol.TrustRootUpdate;
import io.twinbench.remedy.apply.CheckRunner;
import io.twinbench.remedy.apply.Journal;
import io.twinbench.remedy.apply.LocalHost;
import io.twinbench.remedy.apply.PlanProgress;
import io.twinbench.remedy.apply.PlanRunner;
import io.twinbench.remedy.apply.Steps;
import io.twinbench.remedy.plan.Artifact;
import io.twinbench.remedy.plan.Plan;
import io.twinbench.remedy.plan.PlanDocument;
import io.twinbench.remedy.trust.Envelope;
import io.twinbench.remedy.trust.PlanStatement;
import io.twinbench.remedy.trust.PlanVerifier;
import io.twinbench.remedy.trust.RootVerifier;
import io.twinbench.remedy.trust.TrustException;
import io.twinbench.remedy.trust.TrustRoot;

/**
 * The agent's side of remediation: keeps the root of trust, verifies every plan against it before
 * touching anything, applies plans one at a time with {@link PlanRunner} on this machine's root,
 * reports every step through the spool, and rolls back by itself when the workbench does not
 * confirm in time or when it finds a plan a crash left unfinished. Everything runs on one thread,
 * so a confirmation, a rollback order and a deadline never race an apply.
 */
final class PlanAgent implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PlanAgent.class.getName());
    static final String ROOT_FILE = "trust-root.json";
    private final Path state;
    private final String agentId;
    private final DiskSpool outbox;
    private final Clock clock;
    private final PlanRunner runner;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "twinbench-agent-plans");
        thread.setDaemon(true);
        return thread;
    });
    private volatile TrustRoot root;

    PlanAgent(Path state, String agentId, DiskSpool outbox, Clock clock) {
        this.state = state;
        this.agentId = agentId;
        this.outbox = outbox;
        this.clock = clock;
        LocalHost host = new LocalHost(Path.of("/"));
        this.runner = new PlanRunner(state.resolve("plans"), new Steps(host, this::artifactPath), new CheckRunner(host), this::report, clock);
    }

    /** Loads the kept root, then rolls back what a crash left unfinished; plans waiting for confirmation get their deadlines again. */
    void start() {
        // the root is read before anything is collected: the collection policy kept beside it is verified against it
        try {
            Path file = state.resolve(ROOT_FILE);
            if (Files.exists(file)) {
                root = new RootVerifier().initial(Envelope.fromJson(Files.readAllBytes(file)));
            }
        } catch (IOException | TrustException e) {
            LOG.severe("cannot read the root of trust: " + e.getMessage());
        }
        worker.execute(() -> {
            try {
                for (PlanRunner.Waiting waiting : runner.recover()) {
                    awaitConfirmation(waiting.planId(), waiting.version(), waiting.confirmBy());
                }
            } catch (IOException e) {
                LOG.severe("cannot recover remediation plans: " + e.getMessage());
            }
        });
    }

    /**
     * Keeps the root of trust that came with the certificate at enrolment, over the channel the
     * token pinned; a root that does not verify to its own threshold is not kept (the collector
     * offers it again once connected, and it is refused there with the reason).
     */
    static void keepEnrolmentRoot(Path state, byte[] root) {
        try {
            TrustRoot kept = new RootVerifier().initial(Envelope.fromJson(root));
            Files.write(state.resolve(ROOT_FILE), root);
            LOG.info("keeps root of trust version " + kept.version() + " received at enrolment");
        } catch (TrustException | IOException e) {
            LOG.warning("the root of trust sent at enrolment was not kept: " + e.getMessage());
        }
    }

    /** Runs work on the plans' thread, after every root of trust received before it: what verifies against the root waits for it. */
    void execute(Runnable work) {
        worker.execute(work);
    }

    /** The root of trust kept now (null before one came): shadow orders are verified against it too. */
    TrustRoot root() {
        return root;
    }

    /** A downstream message for plans; false when it is not one. */
    boolean accept(Message message) {
        if (message instanceof TrustRootUpdate update) {
            worker.execute(() -> root(update));
        } else if (message instanceof PlanDelivery delivery) {
            worker.execute(() -> deliver(delivery));
        } else if (message instanceof PlanControl control) {
            worker.execute(() -> control(control));
        } else {
            return false;
        }
        return true;
    }

    private void root(TrustRootUpdate update) {
        try {
            Envelope envelope = Envelope.fromJson(Base64.getDecoder().decode(update.envelope()));
            TrustRoot next;
            if (root == null) {
                next = new RootVerifier().initial(envelope);
            } else {
                TrustRoot offered = TrustRoot.fromJson(envelope.payload());
                if (offered.version() <= root.version()) {
                    return; // the root it has, or an older one: nothing to do
                }
                next = new RootVerifier().rotate(root, envelope);
            }
            Path temporary = state.resolve(ROOT_FILE + ".new");
            Files.write(temporary, envelope.toJson());
            Files.move(temporary, state.resolve(ROOT_FILE), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            root = next;
            LOG.info("keeps root of trust version " + next.version() + " (" + next.keys().size() + " key(s), threshold " + next.threshold() + ")");
        } catch (TrustException | IOException | IllegalArgumentException e) {
            LOG.warning("refused a root of trust: " + e.getMessage());
            append(new PlanReport("root", 0, "PLAN", -1, PlanProgress.REFUSED, "root of trust refused: " + e.getMessage()));
        }
    }

    private void deliver(PlanDelivery delivery) {
        Envelope envelope;
        Map.Entry<String, Long> claimed = Map.entry("unknown", 0L);
        try {
            envelope = Envelope.fromJson(Base64.getDecoder().decode(delivery.envelope()));
            claimed = PlanStatement.claimed(envelope);
            if (runner.journal(claimed.getKey(), claimed.getValue()).events().size() > 0) {
                return; // delivered again after a reconnect: it is being (or was) applied
            }
            if (root == null) {
                throw new TrustException(TrustException.Reason.UNKNOWN_KEY, "this agent holds no root of trust yet");
            }
            long verifying = System.nanoTime();
            Plan plan = new PlanVerifier(root).verify(envelope, agentId, runner.highestVersion(), clock.instant());
            double verifiedMillis = (System.nanoTime() - verifying) / 1e6;
            storeArtifacts(plan, delivery);
            runner.recordVersion(plan.version());
            currentArtifacts = artifactDirectory(plan.id(), plan.version());
            // the time goes with the report, so the workbench (and bench-plans) see what verifying costs on the endpoint itself
            append(new PlanReport(plan.id(), plan.version(), "PLAN", -1, "accepted",
                    String.format(java.util.Locale.ROOT, "verified in %.1f ms: %s", verifiedMillis, plan.title())));
            LOG.info("applying plan " + plan.id() + " version " + plan.version() + ": " + plan.title());
            PlanRunner.Outcome outcome = runner.apply(plan);
            if (outcome.applied()) {
                awaitConfirmation(plan.id(), plan.version(), outcome.confirmBy());
            } else {
                LOG.warning("plan " + plan.id() + " rolled back: " + outcome.reason());
            }
        } catch (TrustException e) {
            LOG.warning("refused plan " + claimed.getKey() + " version " + claimed.getValue() + ": " + e.getMessage());
            append(new PlanReport(claimed.getKey(), claimed.getValue(), "PLAN", -1, PlanProgress.REFUSED, e.getMessage()));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warning("cannot apply plan " + claimed.getKey() + ": " + e.getMessage());
            append(new PlanReport(claimed.getKey(), claimed.getValue(), "PLAN", -1, PlanProgress.REFUSED, "cannot apply: " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes the artifacts the signed plan pins, each checked against its digest, where the steps find them. */
    private void storeArtifacts(Plan plan, PlanDelivery delivery) throws IOException, TrustException {
        Path dir = artifactDirectory(plan.id(), plan.version());
        for (Artifact artifact : plan.artifacts()) {
            PlanDelivery.ArtifactData data = delivery.artifacts().stream().filter(a -> a.name().equals(artifact.name())).findFirst()
                    .orElseThrow(() -> new TrustException(TrustException.Reason.DIGEST_MISMATCH, "artifact " + artifact.name() + " did not come with the plan"));
            byte[] bytes = Base64.getDecoder().decode(data.data());
            if (!PlanDocument.sha256(bytes).equals(artifact.sha256())) {
                throw new TrustException(TrustException.Reason.DIGEST_MISMATCH, "artifact " + artifact.name() + " is not the one the plan pins");
            }
            Files.createDirectories(dir);
            Files.write(dir.resolve(artifact.name()), bytes);
        }
    }

    private Path artifactDirectory(String planId, long version) {
        return state.resolve("plans").resolve("artifacts").resolve(planId + "-v" + version);
    }

    /** Where the plan being applied keeps its artifacts (one plan at a time, on the worker thread). */
    private Path currentArtifacts;

    private Path artifactPath(String name) {
        return currentArtifacts.resolve(name);
    }

    private void control(PlanControl control) {
        try {
            if (PlanControl.CONFIRM.equals(control.action())) {
                runner.confirm(control.planId(), control.version());
            } else if (!runner.rollback(control.planId(), control.version(), "rollback ordered by the workbench"
                    + (control.reason() == null || control.reason().isBlank() ? "" : ": " + control.reason()))) {
                append(new PlanReport(control.planId(), control.version(), "PLAN", -1, PlanProgress.ROLLED_BACK, "nothing to roll back"));
            }
        } catch (IOException e) {
            LOG.severe("plan " + control.planId() + ": " + control.action() + " failed: " + e.getMessage());
        }
    }

    private void awaitConfirmation(String planId, long version, Instant confirmBy) {
        long millis = Math.max(0, Duration.between(clock.instant(), confirmBy).toMillis());
        worker.schedule(() -> {
            try {
                if (Journal.AWAITING.equals(runner.journal(planId, version).state())) {
                    LOG.warning("plan " + planId + " was not confirmed by " + confirmBy + "; rolling it back");
                    runner.rollback(planId, version, "the workbench did not confirm it by " + confirmBy);
                }
            } catch (IOException e) {
                LOG.severe("plan " + planId + ": cannot roll back after the confirm timeout: " + e.getMessage());
            }
        }, millis, TimeUnit.MILLISECONDS);
    }

    private void report(PlanProgress progress) {
        append(new PlanReport(progress.planId(), progress.version(), progress.kind().name(), progress.index(), progress.state(), progress.detail()));
    }

    private void append(PlanReport report) {
        try {
            outbox.append(report);
        } catch (IOException e) {
            LOG.severe("cannot spool a plan report: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
