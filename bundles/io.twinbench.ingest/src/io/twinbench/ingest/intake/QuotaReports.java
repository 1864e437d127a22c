package io.twinbench.ingest.intake;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.twinbench.ingest.collector.CollectorListener;
import io.twinbench.store.AgentRefusals;
import io.twinbench.store.StoreException;
import io.twinbench.store.StoredEvent;
import io.twinbench.store.TwinStore;

/** Hands what endpoint quotas refused to the store (the agent's row and a warning event in its twin) and the listener. */
public final class QuotaReports {

    private static final System.Logger LOG = System.getLogger(QuotaReports.class.getName());
    public static final String EVENT_KIND = "collector.quota";

    private QuotaReports() {
    }

    public static void report(EndpointQuotas quotas, TwinStore store, CollectorListener listener, Clock clock) {
        Map<String, EndpointQuotas.Refused> refused = quotas.drain();
        refused.forEach((twinId, r) -> {
            String what = r.describe(quotas.limits());
            LOG.log(Level.WARNING, "endpoint " + twinId + " over its quota: " + what);
            try {
                store.agentStreams().addRefused(twinId, new AgentRefusals(r.series(), r.samples(), r.events(), r.inventories()));
                store.events().append(List.of(new StoredEvent(0, twinId, clock.millis(), EVENT_KIND, "WARN", "collector", null,
                        "over quota, refused: " + what, null)));
            } catch (StoreException e) {
                LOG.log(Level.WARNING, "could not record what endpoint " + twinId + "'s quota refused: " + e.getMessage());
            }
            listener.quotaRefused(twinId, what);
        });
    }
}
