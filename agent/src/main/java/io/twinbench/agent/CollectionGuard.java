package io.twinbench.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;

import io.twinbench.inventory.CollectionFilter;
import io.twinbench.protocol.CollectionPolicyDelivery;
import io.twinbench.protocol.CollectionReport;
import io.twinbench.protocol.Event;
import io.twinbench.protocol.Message;
import io.twinbench.protocol.inventory.Section;
import io.twinbench.remedy.trust.CollectionPolicy;
import io.twinbench.remedy.trust.CollectionPolicyVerifier;
import io.twinbench.remedy.trust.Envelope;
import io.twinbench.remedy.trust.TrustException;
import io.twinbench.remedy.trust.TrustRoot;

/**
 * The collection policy on the endpoint: kept once its signatures verify against the agent's root,
 * kept across restarts, and applied to everything before it goes into the spool, so what the
 * policy forbids never leaves the machine. It only narrows what the command line collects:
 * sections emptied, configuration files outside its paths dropped and contents removed, lines of
 * application logs it does not list dropped, system calls not traced, its secret patterns masked.
 */
final class CollectionGuard {

    private static final Logger LOG = Logger.getLogger(CollectionGuard.class.getName());
    static final String FILE = "collection-policy.json";

    private final Path state;
    private final Supplier<TrustRoot> root;
    private final Reports reports;
    private final java.util.concurrent.Executor thread;
    private volatile Kept kept;

    /** Where reports go: the spool. */
    interface Reports {
        void append(Message message) throws IOException;
    }

    /** The policy and what it lets inventories and events carry (the collector applies the same filter again). */
    private record Kept(CollectionPolicy policy, CollectionFilter filter) {
        static Kept of(CollectionPolicy policy) {
            return new Kept(policy, new CollectionFilter(policy.sections(), policy.configContents(), policy::configPathAllowed, policy.redact()));
        }
    }

    /** thread: where deliveries are verified; the plans' thread, so a root of trust sent just before is kept by then. */
    CollectionGuard(Path state, Supplier<TrustRoot> root, Reports reports, java.util.concurrent.Executor thread) {
        this.state = state;
        this.root = root;
        this.reports = reports;
        this.thread = thread;
    }

    /**
     * Keeps the collection policy that came with the certificate, so the first round already
     * obeys it; it is verified against the root at {@link #load()}, like any kept policy.
     */
    static void keepEnrolmentPolicy(Path state, byte[] envelope) {
        try {
            Files.write(state.resolve(FILE), envelope);
        } catch (IOException e) {
            LOG.warning("the collection policy sent at enrolment was not kept: " + e.getMessage());
        }
    }

    /** Loads the policy kept by an earlier run; a kept file that no longer verifies is not applied, and said so. */
    void load() {
        Path file = state.resolve(FILE);
        if (!Files.exists(file)) {
            return;
        }
        try {
            TrustRoot trust = root.get();
            if (trust == null) {
                throw new TrustException(TrustException.Reason.UNKNOWN_KEY, "this agent holds no root of trust");
            }
            kept = Kept.of(new CollectionPolicyVerifier(trust).verify(Envelope.fromJson(Files.readAllBytes(file)), 0));
            LOG.info("enforces collection policy " + kept.policy().serial() + " (" + kept.policy().source() + ")");
        } catch (IOException | TrustException e) {
            LOG.severe("the kept collection policy in " + file + " is not applied: " + e.getMessage());
        }
    }

    /** The policy enforced now, or null. */
    CollectionPolicy policy() {
        Kept k = kept;
        return k == null ? null : k.policy();
    }

    /** A downstream message for collection; false when it is not one. */
    boolean accept(Message message) {
        if (!(message instanceof CollectionPolicyDelivery delivery)) {
            return false;
        }
        thread.execute(() -> {
            synchronized (this) {
                receive(delivery);
            }
        });
        return true;
    }

    private void receive(CollectionPolicyDelivery delivery) {
        long claimed = 0;
        try {
            Envelope envelope = Envelope.fromJson(Base64.getDecoder().decode(delivery.envelope()));
            claimed = CollectionPolicy.claimedSerial(envelope);
            long keptSerial = kept == null ? 0 : kept.policy().serial();
            if (claimed == keptSerial && keptSerial > 0) {
                report(new CollectionReport(keptSerial, CollectionReport.ENFORCED, kept.policy().source()));
                return; // sent again on a new connection: nothing changes
            }
            TrustRoot trust = root.get();
            if (trust == null) {
                throw new TrustException(TrustException.Reason.UNKNOWN_KEY, "this agent holds no root of trust yet");
            }
            CollectionPolicy policy = new CollectionPolicyVerifier(trust).verify(envelope, keptSerial);
            Path temporary = state.resolve(FILE + ".new");
            Files.write(temporary, envelope.toJson());
            Files.move(temporary, state.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            kept = Kept.of(policy);
            LOG.info("enforces collection policy " + policy.serial() + " from now on (" + policy.source() + ")");
            report(new CollectionReport(policy.serial(), CollectionReport.ENFORCED, policy.source()));
        } catch (TrustException | IOException | IllegalArgumentException e) {
            LOG.warning("refused collection policy " + claimed + ": " + e.getMessage());
            report(new CollectionReport(claimed, CollectionReport.REFUSED, e.getMessage()));
        }
    }

    private void report(CollectionReport report) {
        try {
            reports.append(report);
        } catch (IOException e) {
            LOG.warning("cannot spool the collection report: " + e.getMessage());
        }
    }

    /** The inventory as the policy lets it leave. */
    List<Section> inventory(List<Section> sections) {
        Kept k = kept;
        return k == null ? sections : k.filter().sections(sections).value();
    }

    /** The events as the policy lets them leave: lines of logs it does not list dropped, its patterns masked. */
    List<Event> events(List<Event> events, java.util.Set<String> applicationLogs) {
        Kept k = kept;
        if (k == null) {
            return events;
        }
        List<Event> allowed = new ArrayList<>(events.size());
        for (Event event : events) {
            if (applicationLogs.contains(event.source()) && !k.policy().logAllowed(event.source())) {
                continue;
            }
            allowed.add(k.filter().redact(event));
        }
        return allowed;
    }

    /** Whether system calls may be traced (counted, or captured by a shadow session). */
    boolean syscallsAllowed() {
        Kept k = kept;
        return k == null || k.policy().syscalls();
    }
}
