package io.twinbench.ingest.collector;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.twinbench.ingest.twin.InventoryTwinBuilder;
import io.twinbench.model.build.FindingsSource;
import io.twinbench.model.twin.Twin;
import io.twinbench.protocol.inventory.Section;
import io.twinbench.store.TwinStore;

/**
 * Keeps each agent's twin model in step with its inventory: rebuilt after every committed
 * inventory change and handed to the listener; stored as a snapshot after a full inventory
 * and otherwise at most every {@code snapshotEvery}, since the history table already records
 * each change and the model can always be rebuilt from the stored inventory. Each model carries
 * the findings analysis holds about the twin at the time.
 */
final class AgentTwins {

    private static final System.Logger LOG = System.getLogger(AgentTwins.class.getName());

    private final TwinStore store;
    private final CollectorListener listener;
    private final Clock clock;
    private final Duration snapshotEvery;
    private final FindingsSource findings;
    private final InventoryTwinBuilder builder = new InventoryTwinBuilder();
    private final Map<String, Instant> lastSnapshot = new ConcurrentHashMap<>();

    AgentTwins(TwinStore store, CollectorListener listener, Clock clock, Duration snapshotEvery, FindingsSource findings) {
        this.store = store;
        this.listener = listener;
        this.clock = clock;
        this.snapshotEvery = snapshotEvery;
        this.findings = findings;
    }

    void changed(String agentId, String hostname, Collection<Section> sections, boolean full) {
        Instant now = clock.instant();
        // agents are named by whoever enrols them; the host name alone would not tell two agents on one host apart
        String name = agentId.equalsIgnoreCase(hostname) ? hostname : agentId + " (" + hostname + ")";
        InventoryTwinBuilder.Result built = builder.build(agentId, name, "agent " + agentId, sections, Date.from(now));
        if (!built.problems().isEmpty()) {
            LOG.log(Level.WARNING, "agent " + agentId + ": " + built.problems().size() + " inventory items could not be taken into the twin, e.g. "
                    + built.problems().get(0));
        }
        Twin twin = built.twin();
        try {
            findings.addFindings(twin);
        } catch (RuntimeException e) {
            // analysis is an addition to the twin: its failure must not hold back the inventory's update
            LOG.log(Level.WARNING, "agent " + agentId + ": the twin's findings could not be added", e);
        }
        Instant last = lastSnapshot.get(agentId);
        if (full || last == null || !now.isBefore(last.plus(snapshotEvery))) {
            store.snapshots().save(twin);
            lastSnapshot.put(agentId, now);
        }
        listener.twinUpdated(agentId, twin);
    }
}
