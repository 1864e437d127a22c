package io.twinbench.ingest.intake;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

import io.twinbench.store.SeriesAppend;
import io.twinbench.store.SeriesKey;
import io.twinbench.store.StoredEvent;

/**
 * What one endpoint may put into the workbench, so that a compromised endpoint cannot crowd out
 * the others: series it may create, events per minute, inventory sections and items. Samples of
 * series it already has, and events within its rate, always pass; what is over its quota is
 * dropped (telemetry and events) or refused whole (an inventory) and counted, for its row in the
 * fleet and the store, until {@link #drain} hands the counts over.
 */
public final class EndpointQuotas {

    /**
     * @param maxSeries         series one endpoint may have (a host's agent has a few hundred)
     * @param eventsPerMinute   events one endpoint may send a minute, with a minute's worth as burst
     * @param maxSections       inventory sections (the agent sends about ten)
     * @param maxInventoryItems inventory items over all sections (a large server: some tens of thousands)
     */
    public record Limits(int maxSeries, int eventsPerMinute, int maxSections, int maxInventoryItems) {
        public static final Limits DEFAULT = new Limits(10_000, 120_000, 64, 500_000);
    }

    /** What was over the quota since the last drain. */
    public record Refused(long series, long samples, long events, long inventories) {
        public boolean any() {
            return series + samples + events + inventories > 0;
        }

        /** In words for a row or a log line: "3 new series (120 samples), 5000 events over quota". */
        public String describe(Limits limits) {
            List<String> parts = new ArrayList<>();
            if (series > 0) {
                parts.add(series + " series beyond " + limits.maxSeries() + " (" + samples + " samples dropped)");
            }
            if (events > 0) {
                parts.add(events + " events beyond " + limits.eventsPerMinute() + " a minute");
            }
            if (inventories > 0) {
                parts.add(inventories + " inventories too large");
            }
            return String.join(", ", parts);
        }
    }

    private final class Endpoint {
        private final Set<SeriesKey> series;
        private double tokens = limits.eventsPerMinute();
        private long refilled = clock.getAsLong();
        private long refusedSeries;
        private long refusedSamples;
        private long refusedEvents;
        private long refusedInventories;

        Endpoint(Set<SeriesKey> known) {
            this.series = new HashSet<>(known);
        }

        synchronized Refused drain() {
            Refused refused = new Refused(refusedSeries, refusedSamples, refusedEvents, refusedInventories);
            refusedSeries = refusedSamples = refusedEvents = refusedInventories = 0;
            return refused;
        }
    }

    private final Limits limits;
    private final Function<String, Set<SeriesKey>> knownSeries;
    private final LongSupplier clock;
    private final Map<String, Endpoint> endpoints = new ConcurrentHashMap<>();

    /**
     * @param knownSeries the series an endpoint has in the store already (read once per endpoint)
     * @param clock       milliseconds, for the event rate
     */
    public EndpointQuotas(Limits limits, Function<String, Set<SeriesKey>> knownSeries, LongSupplier clock) {
        this.limits = limits;
        this.knownSeries = knownSeries;
        this.clock = clock;
    }

    public Limits limits() {
        return limits;
    }

    private Endpoint endpoint(String twinId) {
        return endpoints.computeIfAbsent(twinId, id -> new Endpoint(knownSeries.apply(id)));
    }

    /** The appends of series the endpoint has, and of new ones while it is under its series quota. */
    public List<SeriesAppend> admitSeries(String twinId, List<SeriesAppend> appends) {
        Endpoint e = endpoint(twinId);
        synchronized (e) {
            List<SeriesAppend> admitted = new ArrayList<>(appends.size());
            for (SeriesAppend append : appends) {
                if (e.series.contains(append.key()) || (e.series.size() < limits.maxSeries() && e.series.add(append.key()))) {
                    admitted.add(append);
                } else {
                    e.refusedSeries++;
                    e.refusedSamples += append.samples().size();
                }
            }
            return admitted.size() == appends.size() ? appends : admitted;
        }
    }

    /** The events within the endpoint's rate, first come first taken. */
    public List<StoredEvent> admitEvents(String twinId, List<StoredEvent> events) {
        Endpoint e = endpoint(twinId);
        synchronized (e) {
            long now = clock.getAsLong();
            e.tokens = Math.min(limits.eventsPerMinute(), e.tokens + (now - e.refilled) * limits.eventsPerMinute() / 60_000.0);
            e.refilled = now;
            int allowed = (int) Math.min(events.size(), Math.floor(e.tokens));
            e.tokens -= allowed;
            e.refusedEvents += events.size() - allowed;
            return allowed == events.size() ? events : events.subList(0, allowed);
        }
    }

    /** Why an inventory of this size is refused, or null when it is within the quota. */
    public String checkInventory(String twinId, int sections, long items) {
        String refusal = sections > limits.maxSections() ? sections + " inventory sections, more than " + limits.maxSections()
                : items > limits.maxInventoryItems() ? items + " inventory items, more than " + limits.maxInventoryItems() : null;
        if (refusal != null) {
            Endpoint e = endpoint(twinId);
            synchronized (e) {
                e.refusedInventories++;
            }
        }
        return refusal;
    }

    /** What each endpoint had refused since the last drain (only those with something). */
    public Map<String, Refused> drain() {
        Map<String, Refused> result = new LinkedHashMap<>();
        endpoints.forEach((id, e) -> {
            Refused r = e.drain();
            if (r.any()) {
                result.put(id, r);
            }
        });
        return result;
    }

    /** Forgets an endpoint (its twin was deleted): its series are counted afresh. */
    public void forget(String twinId) {
        endpoints.remove(twinId);
    }
}
