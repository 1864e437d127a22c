package io.twinbench.ingest.collector;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import io.twinbench.protocol.Message;
import io.twinbench.protocol.PlanControl;
import io.twinbench.protocol.PlanDelivery;
import io.twinbench.protocol.PlanReport;
import io.twinbench.protocol.TrustRootUpdate;
import io.twinbench.store.PlanDeliveries;
import io.twinbench.store.TwinStore;

/**
 * What the collector sends an agent about plans: the workspace's root of trust, plans pushed to
 * it that it has not answered, rollbacks ordered for it; and what it makes of the agent's
 * reports. A plan that reports it waits for confirmation is confirmed at once: the report came
 * over the channel, so the change did not cut the endpoint off.
 */
final class PlanOutbox {

    private final TwinStore store;
    private final Clock clock;
    private volatile Supplier<Optional<byte[]>> root = Optional::empty;

    PlanOutbox(TwinStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    void root(Supplier<Optional<byte[]>> source) {
        this.root = source;
    }

    /** The workspace's signed root of trust, when it has one: what an agent gets with its certificate at enrolment. */
    Optional<byte[]> root() {
        return root.get();
    }

    /** Messages for the agent not yet sent on this connection; sent records them. */
    List<Message> outgoing(String agentId, Set<String> sent) {
        List<Message> messages = new ArrayList<>();
        Optional<byte[]> rootBytes = root.get();
        if (rootBytes.isPresent()) {
            String key = "root:" + java.util.Arrays.hashCode(rootBytes.get());
            if (sent.add(key)) {
                messages.add(new TrustRootUpdate(Base64.getEncoder().encodeToString(rootBytes.get())));
            }
        }
        Instant now = clock.instant();
        for (PlanDeliveries.Delivery delivery : store.plans().waitingFor(agentId, now)) {
            if (PlanDeliveries.PENDING.equals(delivery.state())) {
                if (sent.add("plan:" + delivery.planId() + ":" + delivery.version())) {
                    messages.add(new PlanDelivery(Base64.getEncoder().encodeToString(delivery.envelope()), artifacts(delivery)));
                }
            } else if (delivery.rollbackReason() != null && sent.add("rollback:" + delivery.planId() + ":" + delivery.version())) {
                messages.add(new PlanControl(delivery.planId(), delivery.version(), PlanControl.ROLLBACK, delivery.rollbackReason()));
            }
        }
        return messages;
    }

    private List<PlanDelivery.ArtifactData> artifacts(PlanDeliveries.Delivery delivery) {
        List<PlanDelivery.ArtifactData> artifacts = new ArrayList<>();
        for (var artifact : SignedPlanArtifacts.of(delivery.envelope())) {
            store.plans().artifact(artifact.getValue()).ifPresent(bytes -> artifacts.add(
                    new PlanDelivery.ArtifactData(artifact.getKey(), Base64.getEncoder().encodeToString(bytes))));
        }
        return artifacts;
    }

    /** Records the report; returns the confirmation to send when the plan waits for one. */
    Message report(String agentId, PlanReport report) {
        store.plans().report(new PlanDeliveries.Report(agentId, report.planId(), report.version(), clock.instant(), report.kind(), report.index(),
                report.state(), report.detail()));
        if ("PLAN".equals(report.kind()) && "awaiting-confirmation".equals(report.state())) {
            return new PlanControl(report.planId(), report.version(), PlanControl.CONFIRM, null);
        }
        return null;
    }
}
