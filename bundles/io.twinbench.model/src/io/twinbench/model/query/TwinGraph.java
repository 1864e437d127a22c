package io.twinbench.model.query;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.twinbench.model.twin.Dependency;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.Twin;

/**
 * The questions an analyst asks of a twin's dependency graph. Built once from a twin's
 * edges; rebuild it after the twin changes. An edge source → target reads "source depends on target".
 */
public final class TwinGraph {

    private final Map<Element, List<Dependency>> outgoing = new IdentityHashMap<>();
    private final Map<Element, List<Dependency>> incoming = new IdentityHashMap<>();

    public TwinGraph(Twin twin) {
        for (Dependency edge : twin.getDependencies()) {
            if (edge.getSource() == null || edge.getTarget() == null) {
                continue;
            }
            outgoing.computeIfAbsent(edge.getSource(), k -> new ArrayList<>()).add(edge);
            incoming.computeIfAbsent(edge.getTarget(), k -> new ArrayList<>()).add(edge);
        }
    }

    /** Direct edges leaving the element (what it depends on). */
    public List<Dependency> outgoing(Element element) {
        return Collections.unmodifiableList(outgoing.getOrDefault(element, List.of()));
    }

    /** Direct edges arriving at the element (what depends on it). */
    public List<Dependency> incoming(Element element) {
        return Collections.unmodifiableList(incoming.getOrDefault(element, List.of()));
    }

    /**
     * Everything that depends on the element, directly or transitively, nearest first, each with
     * the edge it was reached by; which end depends on which is {@link DependencyDirection}'s.
     */
    public Map<Element, Dependency> dependentsOf(Element element) {
        return reach(element, true);
    }

    /** Everything the element depends on, directly or transitively, nearest first, each with the edge it was reached by. */
    public Map<Element, Dependency> dependenciesOf(Element element) {
        return reach(element, false);
    }

    /**
     * The shortest chain of dependencies from one element to another, following edges in
     * either direction (an analyst asking "how are these two related" does not care which
     * way the edges point). Empty when they are not connected.
     */
    public Optional<List<Dependency>> path(Element from, Element to) {
        if (from == to) {
            return Optional.of(List.of());
        }
        Map<Element, Dependency> via = new HashMap<>();
        Deque<Element> queue = new ArrayDeque<>();
        Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        queue.add(from);
        seen.add(from);
        while (!queue.isEmpty()) {
            Element current = queue.poll();
            for (Dependency edge : neighbours(current)) {
                Element next = edge.getSource() == current ? edge.getTarget() : edge.getSource();
                if (seen.add(next)) {
                    via.put(next, edge);
                    if (next == to) {
                        return Optional.of(walkBack(from, to, via));
                    }
                    queue.add(next);
                }
            }
        }
        return Optional.empty();
    }

    private List<Dependency> neighbours(Element element) {
        List<Dependency> all = new ArrayList<>(outgoing(element));
        all.addAll(incoming(element));
        return all;
    }

    private static List<Dependency> walkBack(Element from, Element to, Map<Element, Dependency> via) {
        List<Dependency> chain = new ArrayList<>();
        Element at = to;
        while (at != from) {
            Dependency edge = via.get(at);
            chain.add(edge);
            at = edge.getSource() == at ? edge.getTarget() : edge.getSource();
        }
        Collections.reverse(chain);
        return chain;
    }

    private Map<Element, Dependency> reach(Element start, boolean dependents) {
        Map<Element, Dependency> found = new java.util.LinkedHashMap<>();
        Deque<Element> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            Element current = queue.poll();
            for (Dependency edge : neighbours(current)) {
                Element next = dependents ? DependencyDirection.dependentOn(edge, current) : DependencyDirection.dependencyOf(edge, current);
                if (next != null && next != start && !found.containsKey(next)) {
                    found.put(next, edge);
                    queue.add(next);
                }
            }
        }
        return found;
    }
}
