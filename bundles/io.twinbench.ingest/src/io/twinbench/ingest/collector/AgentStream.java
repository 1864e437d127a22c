package io.twinbench.ingest.collector;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;

import io.twinbench.protocol.Frame;
import io.twinbench.protocol.Message;
import io.twinbench.protocol.MessageCodec;
import io.twinbench.protocol.ProtocolException;
import io.twinbench.protocol.TelemetryBatch;
import io.twinbench.store.AgentStreams;
import io.twinbench.store.SeriesAppend;

/**
 * An agent's numbered frames as they reach its twin: each applied at most once, in the order
 * of its sequence numbers. A gap (frames the agent's full spool dropped) is logged and
 * accepted; a frame that cannot be decoded or taken in is refused alone.
 */
final class AgentStream {

    private static final System.Logger LOG = System.getLogger(AgentStream.class.getName());

    /** What became of one frame. */
    record Outcome(boolean applied, int samples, String refusal) {
        static final Outcome DUPLICATE = new Outcome(false, 0, null);
    }

    private final String agentId;
    private final AgentStreams streams;
    private final TelemetryIntake intake;
    private final Clock clock;
    private final MessageCodec messages = new MessageCodec();
    private long lastSeq;

    AgentStream(String agentId, AgentStreams streams, TelemetryIntake intake, Clock clock) {
        this.agentId = agentId;
        this.streams = streams;
        this.intake = intake;
        this.clock = clock;
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
            if (!(message instanceof TelemetryBatch batch)) {
                return refuse(seq, message.type() + " is not accepted in an agent's stream");
            }
            List<SeriesAppend> appends = intake.appendsFor(agentId, batch);
            boolean applied = streams.commitTelemetry(agentId, seq, appends, clock.instant());
            lastSeq = seq;
            return new Outcome(applied, applied ? batch.samples().size() : 0, null);
        } catch (ProtocolException | IntakeException e) {
            return refuse(seq, e.getMessage());
        }
    }

    private Outcome refuse(long seq, String reason) {
        streams.commitRefused(agentId, seq, clock.instant());
        lastSeq = seq;
        return new Outcome(false, 0, reason);
    }
}
