package io.twinbench.ingest.collector;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.twinbench.ingest.twin.InventoryTwinBuilder;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.twinbench.model.build.FindingsSource;
import io.twinbench.model.build.FirstSeenTimes;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.Recommendation;
import io.twinbench.model.twin.Twin;
import io.twinbench.protocol.inventory.Section;
import io.twinbench.store.TwinStore;

/**
 * Keeps each agent's twin model in step with its inventory: rebuilt after every committed
 * inventory change and handed to the listener; stored as a snapshot after a full inventory
 * and otherwise at most every {@code snapshotEvery}, since the history table already records
 * each change and the model can always be rebuilt from the stored inventory. Each model carries
 * the findings analysis holds about the twin at the time, and the recommendations simulations
 * recorded in it: those are made outside the inventory (by a run on the twin's image, saved as a
 * snapshot by whoever ran it), so a rebuild from the inventory carries them over, as it carries
 * each element's First Seen.
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
    private final Map<String, Carried> carried = new ConcurrentHashMap<>();
    private final Map<String, FirstSeenTimes> firstSeen = new ConcurrentHashMap<>();

    /** The recommendations of a twin's snapshot of the given version, as they were recorded. */
    private record Carried(long version, List<Recommendation> recommendations) {
    }

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
        // a workbench started anew learns the times from the twin's latest snapshot
        firstSeen.computeIfAbsent(agentId, id -> FirstSeenTimes.of(store.snapshots().latest(id).orElse(null))).carryInto(twin);
        try {
            findings.addFindings(twin);
        } catch (RuntimeException e) {
            // analysis is an addition to the twin: its failure must not hold back the inventory's update
            LOG.log(Level.WARNING, "agent " + agentId + ": the twin's findings could not be added", e);
        }
        List<Recommendation> recommendations = carryRecommendations(agentId, twin);
        Instant last = lastSnapshot.get(agentId);
        if (full || last == null || !now.isBefore(last.plus(snapshotEvery))) {
            carried.put(agentId, new Carried(store.snapshots().save(twin), recommendations));
            lastSnapshot.put(agentId, now);
        }
        listener.twinUpdated(agentId, twin);
    }

    /** The twin was deleted: a twin built again under its id starts a new history. */
    void forget(String agentId) {
        firstSeen.remove(agentId);
        carried.remove(agentId);
        lastSnapshot.remove(agentId);
    }

    /**
     * Adds to the rebuilt twin the recommendations of its newest snapshot, about the same elements
     * (one about an element the endpoint no longer has goes with it). The snapshot is read again
     * only when its version moved, which one cheap query tells.
     */
    private List<Recommendation> carryRecommendations(String agentId, Twin twin) {
        long version = store.snapshots().latestVersionNumber(agentId);
        Carried known = carried.get(agentId);
        if (known == null || known.version() != version) {
            List<Recommendation> recorded = version == 0 ? List.of()
                    : store.snapshots().latest(agentId).map(t -> t.getFindings().stream().filter(Recommendation.class::isInstance)
                            .map(Recommendation.class::cast).toList()).orElse(List.of());
            known = new Carried(version, recorded);
            carried.put(agentId, known);
        }
        List<Recommendation> kept = new java.util.ArrayList<>();
        for (Recommendation r : known.recommendations()) {
            Element about = r.getElement() == null ? null : twin.findElement(r.getElement().getId());
            if (r.getElement() == null || about != null) {
                Recommendation copy = EcoreUtil.copy(r);
                copy.setElement(about);
                twin.getFindings().add(copy);
                kept.add(copy);
            }
        }
        return kept;
    }
}
