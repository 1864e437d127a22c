package io.twinbench.ingest.collector;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.twinbench.ingest.intake.EventIntake;
import io.twinbench.ingest.intake.IntakeException;
import io.twinbench.ingest.intake.TelemetryIntake;
import io.twinbench.ingest.twin.TwinInventory;
import io.twinbench.protocol.CollectionReport;
import io.twinbench.protocol.EventBatch;
import io.twinbench.protocol.Frame;
import io.twinbench.protocol.InventoryDelta;
import io.twinbench.protocol.InventoryFull;
import io.twinbench.protocol.Message;
import io.twinbench.protocol.MessageCodec;
import io.twinbench.protocol.PlanReport;
import io.twinbench.protocol.ShadowRecords;
import io.twinbench.protocol.ShadowReport;
import io.twinbench.protocol.ProtocolException;
import io.twinbench.protocol.Resync;
import io.twinbench.protocol.SectionHashes;
import io.twinbench.protocol.TelemetryBatch;
import io.twinbench.store.AgentStreams;
import io.twinbench.store.SeriesAppend;
import io.twinbench.store.StoreException;
import io.twinbench.store.TelemetryFrame;

/**
 * An agent's numbered frames as they reach its twin: each applied at most once, in the order
 * of its sequence numbers. A gap (frames the agent's full spool dropped) is logged and
 * accepted; a frame that cannot be decoded or taken in is refused alone; an inventory delta
 * that does not fit the held state is refused whole and its sections asked for in full.
 */
final class AgentStream {

    private static final System.Logger LOG = System.getLogger(AgentStream.class.getName());

    /** What became of one frame, and whether the agent must resend sections in full. */
    record Outcome(boolean applied, int samples, String refusal, Resync resync, Message reply) {
        static final Outcome DUPLICATE = new Outcome(false, 0, null, null);

        Outcome(boolean applied, int samples, String refusal, Resync resync) {
            this(applied, samples, refusal, resync, null);
        }
    }

    private final String agentId;
    private final String hostname;
    private final AgentStreams streams;
    private final TelemetryIntake intake;
    private final EventIntake events;
    private final CollectorListener listener;
    private final TwinInventory inventory;
    private final AgentTwins twins;
    private final TelemetryCommitter committer;
    private final Clock clock;
    private final io.twinbench.ingest.intake.EndpointQuotas quotas;
    private final CollectorServices services;
    private final MessageCodec messages = new MessageCodec();
    private long lastSeq;

    AgentStream(String agentId, String hostname, CollectorServices services) {
        this.agentId = agentId;
        this.hostname = hostname;
        this.streams = services.store().agentStreams();
        this.intake = services.intake();
        this.events = services.events();
        this.listener = services.listener();
        this.inventory = new TwinInventory(agentId, services.store().inventories());
        this.twins = services.twins();
        this.committer = services.committer();
        this.clock = services.clock();
        this.quotas = services.quotas();
        this.services = services;
        this.lastSeq = streams.lastSeq(agentId);
    }

    String agentId() {
        return agentId;
    }

    long lastSeq() {
        return lastSeq;
    }

    Outcome apply(Frame frame) {
        long seq = frame.seq();
        if (seq <= lastSeq) {
            return Outcome.DUPLICATE;
        }
        if (seq > lastSeq + 1) {
            LOG.log(Level.WARNING, "agent " + agentId + ": frames " + (lastSeq + 1) + ".." + (seq - 1)
                    + " never arrived (dropped by the agent's full spool)");
        }
        try {
            Message message = messages.decode(frame);
            Instant now = clock.instant();
            return switch (message) {
                case TelemetryBatch batch -> telemetry(seq, batch);
                case EventBatch batch -> events(seq, batch, now);
                case InventoryFull sent -> {
                    InventoryFull full = services.enforcement().apply(agentId, services.redaction().apply(sent));
                    var over = overQuota(seq, full.sections().size(), full.sections().stream().mapToLong(x -> x.items().size()).sum());
                    yield over.isPresent() ? over.get() : inventory(seq, inventory.full(full, "agent " + agentId, now), true, now);
                }
                case InventoryDelta sentDelta -> {
                    InventoryDelta delta = services.enforcement().apply(agentId, services.redaction().apply(sentDelta));
                    var over = overQuota(seq, sectionsAfter(delta), itemsAfter(delta));
                    yield over.isPresent() ? over.get() : inventory(seq, inventory.delta(delta, "agent " + agentId, now), false, now);
                }
                case SectionHashes hashes -> reconcile(seq, hashes);
                case PlanReport report -> planReport(seq, report);
                case ShadowReport report -> shadow(seq, report.session(), () -> services.shadows().report(agentId, report));
                case ShadowRecords records -> shadow(seq, records.session(), () -> services.shadows().records(records));
                case CollectionReport report -> collectionReport(seq, report);
                default -> refuse(seq, message.type() + " is not accepted in an agent's stream", null);
            };
        } catch (ProtocolException | IntakeException e) {
            return refuse(seq, e.getMessage(), null);
        } catch (TwinInventory.Drift e) {
            return refuse(seq, e.getMessage(), new Resync(e.sections(), "drift: " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("the collector is stopping", e);
        }
    }

    private Outcome telemetry(long seq, TelemetryBatch batch) throws IntakeException, InterruptedException {
        List<SeriesAppend> appends = quotas.admitSeries(agentId, intake.appendsFor(agentId, batch));
        boolean applied = committer.commit(new TelemetryFrame(agentId, seq, appends));
        lastSeq = seq;
        if (applied) {
            listener.samplesStored(agentId, appends);
        }
        return new Outcome(applied, applied ? batch.samples().size() : 0, null, null);
    }

    private Outcome events(long seq, EventBatch batch, Instant now) throws IntakeException {
        boolean applied = streams.commitEvents(agentId, seq, quotas.admitEvents(agentId, events.storedFor(agentId,
                services.enforcement().events(batch.events()))), now);
        lastSeq = seq;
        if (applied && !batch.events().isEmpty()) {
            listener.eventsStored(agentId, batch.events().size());
        }
        return new Outcome(applied, 0, null, null);
    }

    private Outcome inventory(long seq, TwinInventory.Step step, boolean full, Instant now) {
        boolean applied;
        try {
            applied = streams.commitInventory(agentId, seq, agentId, step.writes(), now);
        } catch (StoreException e) {
            inventory.forget();
            throw e;
        }
        lastSeq = seq;
        if (applied) {
            inventory.committed(step);
            if (full || step.changesSomething()) {
                twins.changed(agentId, hostname, inventory.sections().values(), full);
            }
        }
        return new Outcome(applied, 0, null, null);
    }

    /** A refusal when an inventory of this size is over the agent's quota; empty when it may be taken in. */
    private java.util.Optional<Outcome> overQuota(long seq, int sections, long items) {
        String refusal = quotas.checkInventory(agentId, sections, items);
        return refusal == null ? java.util.Optional.empty() : java.util.Optional.of(refuse(seq, "inventory over quota: " + refusal, null));
    }

    private int sectionsAfter(InventoryDelta delta) {
        java.util.Set<String> names = new java.util.HashSet<>(inventory.sections().keySet());
        delta.deltas().forEach(d -> names.add(d.section()));
        return names.size();
    }

    /** At most what the held inventory would have after the delta (upserts counted as new items). */
    private long itemsAfter(InventoryDelta delta) {
        return inventory.sections().values().stream().mapToLong(x -> x.items().size()).sum()
                + delta.deltas().stream().mapToLong(d -> d.upserts().size()).sum();
    }

    private Outcome reconcile(long seq, SectionHashes hashes) {
        List<String> drifted = inventory.drifted(hashes);
        streams.commitRefused(agentId, seq, clock.instant());
        lastSeq = seq;
        if (drifted.isEmpty()) {
            return new Outcome(true, 0, null, null);
        }
        LOG.log(Level.WARNING, "agent " + agentId + ": sections " + drifted + " drifted from the workbench's copy; asking for them in full");
        return new Outcome(false, 0, null, new Resync(drifted, "periodic reconciliation found different hashes"));
    }

    /** What the agent did with a plan: recorded, and confirmed at once when the plan waits for it. */
    private Outcome planReport(long seq, PlanReport report) {
        Message reply = services.plans().report(agentId, report);
        streams.commitRefused(agentId, seq, clock.instant());
        lastSeq = seq;
        return new Outcome(true, 0, null, null, reply);
    }

    private Outcome collectionReport(long seq, CollectionReport report) {
        services.collection().report(agentId, report);
        streams.commitRefused(agentId, seq, clock.instant());
        lastSeq = seq;
        return new Outcome(true, 0, null, null);
    }

    /** A shadow session's report or recording, taken only for a session of this agent. */
    private Outcome shadow(long seq, String sessionId, Runnable record) {
        String refusal = services.shadows().refusal(agentId, sessionId);
        if (refusal != null) {
            return refuse(seq, refusal, null);
        }
        record.run();
        streams.commitRefused(agentId, seq, clock.instant());
        lastSeq = seq;
        return new Outcome(true, 0, null, null);
    }

    private Outcome refuse(long seq, String reason, Resync resync) {
        streams.commitRefused(agentId, seq, clock.instant());
        lastSeq = seq;
        return new Outcome(false, 0, reason, resync);
    }
}
