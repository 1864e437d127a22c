package io.twinbench.ingest.collector;

import java.time.Clock;

import io.twinbench.ingest.enrol.Enrollment;
import io.twinbench.ingest.intake.EventIntake;
import io.twinbench.ingest.intake.TelemetryIntake;
import io.twinbench.protocol.Hello;
import io.twinbench.store.TwinStore;

/** What every agent connection needs, passed once to the collector. */
record CollectorServices(Enrollment enrollment, TwinStore store, TelemetryIntake intake, EventIntake events, TelemetryCommitter committer, AgentTwins twins,
        CollectorListener listener, Clock clock, ConnectionLimits limits, ConnectionRegistry registry,
        java.util.concurrent.ScheduledExecutorService scheduler, io.twinbench.ingest.intake.EndpointQuotas quotas,
        io.twinbench.ingest.intake.InventoryRedaction redaction, PlanOutbox plans, ShadowOutbox shadows,
        CollectionOutbox collection, CollectionEnforcement enforcement) {

    /** Records the agent's contact and where its stream stands. */
    AgentStream openStream(String agentId, Hello hello) {
        store.agentStreams().markSeen(agentId, hello.agentVersion(), String.join("\n", hello.notes()), clock.instant());
        return new AgentStream(agentId, hello.hostname(), this);
    }
}
