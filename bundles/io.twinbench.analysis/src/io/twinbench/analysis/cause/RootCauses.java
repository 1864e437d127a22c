package io.twinbench.analysis.cause;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.twinbench.model.query.TwinGraph;
import io.twinbench.model.twin.Dependency;
import io.twinbench.model.twin.DependencyType;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.Twin;
import io.twinbench.store.ElementAnomalies;
import io.twinbench.store.StoredAnomaly;
import io.twinbench.store.TwinStore;

/**
 * Ranks likely root causes among a twin's anomalous elements by following its dependencies and
 * time. An element explains an anomalous element that depends on it, directly or through others
 * (a disk explains the file system, service and application above it), but only if it turned
 * anomalous no later than that element did (give or take {@link #SAME_TIME}): a failure travels
 * up its dependents, not back in time. Runtime dependencies (requires, runs on, mounted on,
 * listens on, connects to, provided by) count whole; ownership, parentage and configuration
 * edges count half, and a chain counts as its weakest edge. Elements with the most weight of
 * explained anomalies come first; among equals, the one that turned anomalous first, then the
 * strongest. An element explained by one ranked above it is a symptom, not listed again.
 */
public final class RootCauses {

    /** Anomalies this close in time count as simultaneous: samples of two series are taken seconds apart. */
    public static final long SAME_TIME = 10_000;
    static final double RUNTIME = 1.0;
    static final double STRUCTURAL = 0.5;

    private RootCauses() {
    }

    /** The twin's latest stored model ranked against every anomaly of the period; empty when the store has no model of the twin. */
    public static Optional<List<RootCause>> rankLatest(TwinStore store, String twinId, long from, long to) {
        return store.snapshots().latest(twinId).map(twin -> rankSummaries(twin, store.anomalies().byElement(twinId, from, to)));
    }

    /** The twin's latest stored model ranked against these anomalies; empty when the store has no model of the twin. */
    public static Optional<List<RootCause>> rankLatest(TwinStore store, String twinId, List<StoredAnomaly> anomalies) {
        return store.snapshots().latest(twinId).map(twin -> rank(twin, anomalies));
    }

    public static List<RootCause> rank(Twin twin, List<StoredAnomaly> anomalies) {
        Map<String, ElementAnomalies> summed = new HashMap<>();
        for (StoredAnomaly a : anomalies) {
            summed.merge(a.elementId(), new ElementAnomalies(a.elementId(), 1, a.score(), a.timestamp(), a.timestamp()),
                    (x, y) -> new ElementAnomalies(x.elementId(), x.count() + y.count(), Math.max(x.strongest(), y.strongest()),
                            Math.min(x.first(), y.first()), Math.max(x.last(), y.last())));
        }
        return rankSummaries(twin, List.copyOf(summed.values()));
    }

    public static List<RootCause> rankSummaries(Twin twin, List<ElementAnomalies> anomalies) {
        Map<Element, ElementAnomalies> byElement = new IdentityHashMap<>();
        for (ElementAnomalies a : anomalies) {
            Element e = twin.findElement(a.elementId());
            if (e != null) {
                byElement.put(e, a);
            }
        }
        TwinGraph graph = new TwinGraph(twin);
        List<RootCause> candidates = new ArrayList<>();
        for (Map.Entry<Element, ElementAnomalies> entry : byElement.entrySet()) {
            long first = entry.getValue().first();
            Map<Element, Double> reach = dependents(graph, entry.getKey());
            List<Element> explained = new ArrayList<>();
            double weight = 0;
            for (Map.Entry<Element, Double> dependent : reach.entrySet()) {
                ElementAnomalies symptom = byElement.get(dependent.getKey());
                if (symptom != null && first <= symptom.first() + SAME_TIME) {
                    explained.add(dependent.getKey());
                    weight += dependent.getValue();
                }
            }
            explained.sort(Comparator.comparing(Element::getId));
            candidates.add(new RootCause(entry.getKey(), explained, weight, entry.getValue().strongest(), first, entry.getValue().count()));
        }
        candidates.sort(Comparator.comparingDouble((RootCause c) -> -c.weight()).thenComparingLong(RootCause::firstAnomaly)
                .thenComparingDouble(c -> -c.score()).thenComparing(c -> c.element().getId()));
        Set<Element> explainedAbove = new LinkedHashSet<>();
        List<RootCause> ranked = new ArrayList<>();
        for (RootCause c : candidates) {
            if (!explainedAbove.contains(c.element())) {
                ranked.add(c);
            }
            explainedAbove.addAll(c.explains());
        }
        return ranked;
    }

    /** What depends on the element, directly or not, each with the weight of its strongest chain (a chain weighs its weakest edge). */
    private static Map<Element, Double> dependents(TwinGraph graph, Element start) {
        Map<Element, Double> best = new IdentityHashMap<>();
        Deque<Element> queue = new ArrayDeque<>();
        best.put(start, 1.0);
        queue.add(start);
        while (!queue.isEmpty()) {
            Element at = queue.poll();
            double here = best.get(at);
            for (Dependency edge : graph.incoming(at)) {
                Element dependent = edge.getSource();
                double through = Math.min(here, weight(edge.getType()));
                if (dependent != start && through > best.getOrDefault(dependent, 0.0)) {
                    best.put(dependent, through);
                    queue.add(dependent);
                }
            }
        }
        best.remove(start);
        return best;
    }

    static double weight(DependencyType type) {
        return switch (type) {
            case CONFIGURED_BY, OWNED_BY, CHILD_OF, PART_OF -> STRUCTURAL;
            default -> RUNTIME;
        };
    }
}
