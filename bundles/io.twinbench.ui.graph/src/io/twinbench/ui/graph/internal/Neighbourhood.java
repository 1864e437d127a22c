package io.twinbench.ui.graph.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.twinbench.model.query.TwinGraph;
import io.twinbench.model.twin.Dependency;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.Twin;

/** Elements near others in a twin's graph, following edges either way, as Maltego expands from a node. */
public final class Neighbourhood {

    private Neighbourhood() {
    }

    /** The given elements and everything within hops edges of them. */
    public static Set<Element> within(Twin twin, Collection<Element> start, int hops) {
        TwinGraph graph = new TwinGraph(twin);
        Map<Element, Integer> distance = new IdentityHashMap<>();
        Deque<Element> queue = new ArrayDeque<>();
        for (Element e : start) {
            distance.put(e, 0);
            queue.add(e);
        }
        while (!queue.isEmpty()) {
            Element current = queue.poll();
            int d = distance.get(current);
            if (d >= hops) {
                continue;
            }
            for (Dependency edge : neighbours(graph, current)) {
                Element next = edge.getSource() == current ? edge.getTarget() : edge.getSource();
                if (next != null && !distance.containsKey(next)) {
                    distance.put(next, d + 1);
                    queue.add(next);
                }
            }
        }
        Set<Element> found = Collections.newSetFromMap(new IdentityHashMap<>());
        found.addAll(distance.keySet());
        return found;
    }

    /**
     * The elements of interest with what connects them: each joined to the first by its shortest
     * chain of edges (either way), the edges included. Elements with no chain stay on their own.
     */
    public static Set<Object> connecting(Twin twin, List<Element> interesting) {
        Set<Object> shown = new LinkedHashSet<>(interesting);
        if (interesting.size() < 2) {
            return shown;
        }
        TwinGraph graph = new TwinGraph(twin);
        Element hub = interesting.get(0);
        for (Element other : interesting.subList(1, interesting.size())) {
            graph.path(hub, other).ifPresent(path -> {
                for (Dependency edge : path) {
                    shown.add(edge);
                    shown.add(edge.getSource());
                    shown.add(edge.getTarget());
                }
            });
        }
        return shown;
    }

    private static List<Dependency> neighbours(TwinGraph graph, Element e) {
        List<Dependency> all = new ArrayList<>(graph.outgoing(e));
        all.addAll(graph.incoming(e));
        return all;
    }
}
