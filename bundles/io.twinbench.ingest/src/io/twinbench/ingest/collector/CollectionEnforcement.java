package io.twinbench.ingest.collector;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import io.twinbench.inventory.CollectionFilter;
import io.twinbench.protocol.CollectionReport;
import io.twinbench.protocol.Event;
import io.twinbench.protocol.InventoryDelta;
import io.twinbench.protocol.InventoryFull;
import io.twinbench.remedy.trust.CollectionPolicy;
import io.twinbench.remedy.trust.Envelope;
import io.twinbench.remedy.trust.TrustException;
import io.twinbench.store.StoreException;
import io.twinbench.store.StoredEvent;
import io.twinbench.store.TwinStore;

/**
 * The newest collection policy applied again to what agents send, before the store: an agent
 * that has not received it yet, an old agent, or one made to ignore it cannot store what the
 * policy forbids. What is taken from an agent that says it enforces the policy is a violation:
 * it becomes a warning event of its twin (at most one a minute), since such an agent is broken
 * or lying.
 */
final class CollectionEnforcement {

    private static final Logger LOG = Logger.getLogger(CollectionEnforcement.class.getName());
    static final String EVENT_KIND = "collection.violation";
    /** How long the newest policy read from the store is used before it is read again. */
    private static final Duration RECHECK = Duration.ofSeconds(5);
    private static final Duration EVENT_EVERY = Duration.ofMinutes(1);

    private final TwinStore store;
    private final Clock clock;
    private volatile Current current;
    private final Map<String, Instant> lastEvent = new ConcurrentHashMap<>();

    /** The newest policy's serial and filter (null filter: no policy issued), and when they were read. */
    private record Current(long serial, CollectionFilter filter, Instant readAt) {
    }

    CollectionEnforcement(TwinStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    InventoryFull apply(String agentId, InventoryFull full) {
        Current c = current();
        if (c.filter() == null) {
            return full;
        }
        CollectionFilter.Filtered<List<io.twinbench.protocol.inventory.Section>> filtered = c.filter().sections(full.sections());
        violated(agentId, c.serial(), filtered.removed());
        return filtered.removed().isEmpty() ? full : new InventoryFull(filtered.value());
    }

    InventoryDelta apply(String agentId, InventoryDelta delta) {
        Current c = current();
        if (c.filter() == null) {
            return delta;
        }
        CollectionFilter.Filtered<List<io.twinbench.protocol.inventory.SectionDelta>> filtered = c.filter().deltas(delta.deltas());
        violated(agentId, c.serial(), filtered.removed());
        return filtered.removed().isEmpty() ? delta : new InventoryDelta(filtered.value());
    }

    /** The events with the policy's secret patterns masked. */
    List<Event> events(List<Event> events) {
        Current c = current();
        return c.filter() == null ? events : events.stream().map(c.filter()::redact).toList();
    }

    private Current current() {
        Current c = current;
        Instant now = clock.instant();
        if (c != null && now.isBefore(c.readAt().plus(RECHECK))) {
            return c;
        }
        Current fresh = store.collection().latest().map(issued -> {
            try {
                CollectionPolicy p = CollectionPolicy.contents(Envelope.fromJson(issued.envelope()));
                return new Current(p.serial(), new CollectionFilter(p.sections(), p.configContents(), p::configPathAllowed, p.redact()), now);
            } catch (TrustException e) {
                LOG.warning("the newest collection policy in the store does not read: " + e.getMessage());
                return new Current(0, null, now);
            }
        }).orElse(new Current(0, null, now));
        current = fresh;
        return fresh;
    }

    private void violated(String agentId, long serial, List<String> removed) {
        if (removed.isEmpty()) {
            return;
        }
        boolean claimsToEnforce = store.collection().states().stream().anyMatch(s -> s.endpointId().equals(agentId)
                && CollectionReport.ENFORCED.equals(s.state()) && s.serial() >= serial);
        String what = String.join(", ", removed.subList(0, Math.min(5, removed.size()))) + (removed.size() > 5 ? " and " + (removed.size() - 5) + " more" : "");
        if (!claimsToEnforce) {
            LOG.fine(() -> "agent " + agentId + " does not enforce collection policy " + serial + " yet; kept out: " + what);
            return;
        }
        Instant now = clock.instant();
        Instant last = lastEvent.get(agentId);
        if (last != null && now.isBefore(last.plus(EVENT_EVERY))) {
            return;
        }
        lastEvent.put(agentId, now);
        LOG.warning("agent " + agentId + " says it enforces collection policy " + serial + " but sent what it forbids: " + what);
        try {
            store.events().append(List.of(new StoredEvent(0, agentId, now.toEpochMilli(), EVENT_KIND, "WARN", "collector", null,
                    "the agent says it enforces collection policy " + serial + " but sent what it forbids; kept out: " + what, null)));
        } catch (StoreException e) {
            LOG.warning("could not record agent " + agentId + "'s violation of the collection policy: " + e.getMessage());
        }
    }
}
