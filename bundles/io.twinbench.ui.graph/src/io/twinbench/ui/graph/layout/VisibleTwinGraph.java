package io.twinbench.ui.graph.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.twinbench.model.twin.Dependency;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.ElementKind;
import io.twinbench.model.twin.Twin;

/**
 * The part of a twin the graph editor shows: the elements of the kinds the analyst has not
 * filtered out, the edges between them, and where each goes. Recomputed when the twin's
 * structure or the filter changes.
 */
public final class VisibleTwinGraph {

    private final List<Element> elements;
    private final Map<Element, Integer> index = new IdentityHashMap<>();
    private final Map<Element, List<Dependency>> outgoing = new IdentityHashMap<>();
    private final Map<Element, List<Dependency>> incoming = new IdentityHashMap<>();
    private final Map<ElementKind, Integer> kindCounts = new EnumMap<>(ElementKind.class);
    private final LayeredLayout.Result layout;
    private final int edgeCount;

    public VisibleTwinGraph(Twin twin, Set<ElementKind> shownKinds) {
        List<Element> visible = new ArrayList<>();
        for (Element e : twin.getElements()) {
            ElementKind kind = e.kind();
            kindCounts.merge(kind, 1, Integer::sum);
            if (shownKinds.contains(kind)) {
                index.put(e, visible.size());
                visible.add(e);
            }
        }
        this.elements = Collections.unmodifiableList(visible);
        List<Dependency> edges = new ArrayList<>();
        for (Dependency d : twin.getDependencies()) {
            if (index.containsKey(d.getSource()) && index.containsKey(d.getTarget())) {
                edges.add(d);
                outgoing.computeIfAbsent(d.getSource(), k -> new ArrayList<>()).add(d);
                incoming.computeIfAbsent(d.getTarget(), k -> new ArrayList<>()).add(d);
            }
        }
        this.edgeCount = edges.size();
        int[] sources = new int[edges.size()];
        int[] targets = new int[edges.size()];
        for (int i = 0; i < edges.size(); i++) {
            sources[i] = index.get(edges.get(i).getSource());
            targets[i] = index.get(edges.get(i).getTarget());
        }
        Comparator<Integer> byKindThenName = Comparator.<Integer, Integer>comparing(i -> visible.get(i).kind().getValue())
                .thenComparing(i -> String.valueOf(visible.get(i).getName()));
        this.layout = new LayeredLayout().layout(visible.size(), sources, targets, byKindThenName);
    }

    public static Set<ElementKind> allKinds() {
        return EnumSet.allOf(ElementKind.class);
    }

    public List<Element> elements() {
        return elements;
    }

    public boolean isVisible(Element element) {
        return index.containsKey(element);
    }

    public List<Dependency> outgoing(Element element) {
        return outgoing.getOrDefault(element, List.of());
    }

    public List<Dependency> incoming(Element element) {
        return incoming.getOrDefault(element, List.of());
    }

    /** Top-left corner of the element's node, or null when it is filtered out. */
    public int[] position(Element element) {
        Integer i = index.get(element);
        return i == null ? null : new int[] {layout.x()[i], layout.y()[i]};
    }

    /** Where the drawing begins: the first node of the top row (0,0 for an empty graph). */
    public int[] topLeftmostPosition() {
        int best = -1;
        for (int i = 0; i < elements.size(); i++) {
            if (best < 0 || layout.y()[i] < layout.y()[best] || layout.y()[i] == layout.y()[best] && layout.x()[i] < layout.x()[best]) {
                best = i;
            }
        }
        return best < 0 ? new int[] {0, 0} : new int[] {layout.x()[best], layout.y()[best]};
    }

    public int count(ElementKind kind) {
        return kindCounts.getOrDefault(kind, 0);
    }

    public int edgeCount() {
        return edgeCount;
    }
}
