package io.twinbench.analysis.cause;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.twinbench.model.query.TwinGraph;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.Twin;
import io.twinbench.store.StoredAnomaly;
import io.twinbench.store.TwinStore;

/**
 * Ranks likely root causes among a twin's anomalous elements by following its dependencies:
 * an element explains the anomalous elements that depend on it, directly or through others (a
 * disk explains the file system, service and application above it). Elements that explain
 * the most come first; among equals, the one that turned anomalous first, then the strongest.
 * An anomalous element explained by another ranked above it is a symptom, not listed again
 * as a cause.
 */
public final class RootCauses {

    private RootCauses() {
    }

    /** The twin's latest stored model ranked against these anomalies; empty when the store has no model of the twin. */
    public static Optional<List<RootCause>> rankLatest(TwinStore store, String twinId, List<StoredAnomaly> anomalies) {
        return store.snapshots().latest(twinId).map(twin -> rank(twin, anomalies));
    }

    public static List<RootCause> rank(Twin twin, List<StoredAnomaly> anomalies) {
        Map<Element, double[]> byElement = new HashMap<>(); // element -> {max score, first time}
        for (StoredAnomaly a : anomalies) {
            Element e = twin.findElement(a.elementId());
            if (e == null) {
                continue;
            }
            double[] s = byElement.computeIfAbsent(e, k -> new double[] {0, Double.MAX_VALUE});
            s[0] = Math.max(s[0], a.score());
            s[1] = Math.min(s[1], a.timestamp());
        }
        TwinGraph graph = new TwinGraph(twin);
        List<RootCause> candidates = new ArrayList<>();
        for (Map.Entry<Element, double[]> entry : byElement.entrySet()) {
            List<Element> explained = graph.dependentsOf(entry.getKey()).stream().filter(byElement::containsKey)
                    .sorted(Comparator.comparing(Element::getId)).toList();
            candidates.add(new RootCause(entry.getKey(), explained, entry.getValue()[0], (long) entry.getValue()[1]));
        }
        candidates.sort(Comparator.comparingInt((RootCause c) -> -c.explains().size()).thenComparingLong(RootCause::firstAnomaly)
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
}
