package io.twinbench.ui.graph.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
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
 * filtered out, within the scope, the big groups of a big graph as one node each, the edges
 * between them, and where each goes. Recomputed when the twin's structure or the filter changes.
 */
public final class VisibleTwinGraph {

    /** Which groups are drawn as one node: none, or those the analyst has not expanded when the graph is big. */
    public interface Grouping {
        Grouping NONE = (key, visibleCount) -> false;

        boolean collapsed(String groupKey, int visibleElements);
    }

    private final List<Element> elements;
    private final List<Object> nodes;
    private final Map<Object, Integer> index = new HashMap<>();
    private final Map<Element, GroupNode> groupOf = new IdentityHashMap<>();
    private final Map<Object, List<Object>> outgoing = new HashMap<>();
    private final Map<Object, List<Object>> incoming = new HashMap<>();
    private final Map<ElementKind, Integer> kindCounts = new EnumMap<>(ElementKind.class);
    private final LayeredLayout.Result layout;
    private final int edgeCount;
    private final int visibleCount;

    public VisibleTwinGraph(Twin twin, Set<ElementKind> shownKinds) {
        this(twin, shownKinds, e -> true, Grouping.NONE);
    }

    /**
     * Only elements of the shown kinds that inScope accepts (a neighbourhood, minus hidden
     * ones); groups that grouping collapses are one node each, their edges merged by type.
     */
    public VisibleTwinGraph(Twin twin, Set<ElementKind> shownKinds, java.util.function.Predicate<Element> inScope, Grouping grouping) {
        List<Element> visible = new ArrayList<>();
        for (Element e : twin.getElements()) {
            ElementKind kind = e.kind();
            kindCounts.merge(kind, 1, Integer::sum);
            if (shownKinds.contains(kind) && inScope.test(e)) {
                visible.add(e);
            }
        }
        this.visibleCount = visible.size();
        List<Element> single = new ArrayList<>();
        List<Object> all = new ArrayList<>();
        Map<String, GroupNode> groups = grouping == Grouping.NONE ? Map.of() : ElementGroups.of(visible);
        for (GroupNode g : groups.values()) {
            if (g.members().size() >= ElementGroups.SMALLEST_GROUP && grouping.collapsed(g.key(), visible.size())) {
                g.members().forEach(m -> groupOf.put(m, g));
            }
        }
        java.util.Set<GroupNode> placed = new java.util.HashSet<>();
        for (Element e : visible) {
            GroupNode g = groupOf.get(e);
            if (g == null) {
                index.put(e, all.size());
                all.add(e);
                single.add(e);
            } else if (placed.add(g)) {
                index.put(g, all.size());
                all.add(g);
            }
        }
        this.elements = Collections.unmodifiableList(single);
        this.nodes = Collections.unmodifiableList(all);
        Map<GroupEdge, int[]> merged = new java.util.LinkedHashMap<>();
        List<Object> edges = new ArrayList<>();
        for (Dependency d : twin.getDependencies()) {
            Object source = nodeOf(d.getSource());
            Object target = nodeOf(d.getTarget());
            if (source == null || target == null || source == target) {
                continue;
            }
            if (source instanceof Element && target instanceof Element) {
                edges.add(d);
            } else {
                merged.computeIfAbsent(new GroupEdge(source, target, d.getType(), 0), k -> new int[1])[0]++;
            }
        }
        merged.forEach((edge, count) -> edges.add(new GroupEdge(edge.source(), edge.target(), edge.type(), count[0])));
        for (Object edge : edges) {
            outgoing.computeIfAbsent(sourceOf(edge), k -> new ArrayList<>()).add(edge);
            incoming.computeIfAbsent(targetOf(edge), k -> new ArrayList<>()).add(edge);
        }
        this.edgeCount = edges.size();
        int[] sources = new int[edges.size()];
        int[] targets = new int[edges.size()];
        for (int i = 0; i < edges.size(); i++) {
            sources[i] = index.get(sourceOf(edges.get(i)));
            targets[i] = index.get(targetOf(edges.get(i)));
        }
        Comparator<Integer> byKindThenName = Comparator.<Integer, Integer>comparing(i -> kindOf(all.get(i)).getValue())
                .thenComparing(i -> nameOf(all.get(i)));
        this.layout = new LayeredLayout().layout(all.size(), sources, targets, byKindThenName);
    }

    private Object nodeOf(Element e) {
        if (e == null) {
            return null;
        }
        GroupNode g = groupOf.get(e);
        Object node = g == null ? e : g;
        return index.containsKey(node) ? node : null;
    }

    private static Object sourceOf(Object edge) {
        return edge instanceof Dependency d ? d.getSource() : ((GroupEdge) edge).source();
    }

    private static Object targetOf(Object edge) {
        return edge instanceof Dependency d ? d.getTarget() : ((GroupEdge) edge).target();
    }

    private static ElementKind kindOf(Object node) {
        return node instanceof Element e ? e.kind() : ((GroupNode) node).kind();
    }

    private static String nameOf(Object node) {
        return node instanceof Element e ? String.valueOf(e.getName()) : ((GroupNode) node).label();
    }

    public static Set<ElementKind> allKinds() {
        return EnumSet.allOf(ElementKind.class);
    }

    /** The elements drawn one by one. */
    public List<Element> elements() {
        return elements;
    }

    /** Every node: the elements drawn one by one and the collapsed groups. */
    public List<Object> nodes() {
        return nodes;
    }

    /** The collapsed group an element is drawn in, or null. */
    public GroupNode groupOf(Element element) {
        return groupOf.get(element);
    }

    /** How many elements the kinds and the scope let through, grouped or not. */
    public int visibleCount() {
        return visibleCount;
    }

    public boolean isVisible(Element element) {
        return index.containsKey(element);
    }

    /** Edges leaving a node: dependencies between single elements, merged edges where a group is involved. */
    public List<Object> outgoing(Object node) {
        return outgoing.getOrDefault(node, List.of());
    }

    public List<Object> incoming(Object node) {
        return incoming.getOrDefault(node, List.of());
    }

    /** Top-left corner of the node, or null when it is not drawn. */
    public int[] position(Object node) {
        Integer i = index.get(node);
        return i == null ? null : new int[] {layout.x()[i], layout.y()[i]};
    }

    /** Where the drawing begins: the first node of the top row (0,0 for an empty graph). */
    public int[] topLeftmostPosition() {
        int best = -1;
        for (int i = 0; i < nodes.size(); i++) {
            if (best < 0 || layout.y()[i] < layout.y()[best] || layout.y()[i] == layout.y()[best] && layout.x()[i] < layout.x()[best]) {
                best = i;
            }
        }
        return best < 0 ? new int[] {0, 0} : new int[] {layout.x()[best], layout.y()[best]};
    }

    /** How wide the drawing is, from its leftmost node's edge to its rightmost's. */
    public int width() {
        int right = 0;
        for (int i = 0; i < nodes.size(); i++) {
            right = Math.max(right, layout.x()[i] + LayeredLayout.NODE_WIDTH);
        }
        return right;
    }

    public int count(ElementKind kind) {
        return kindCounts.getOrDefault(kind, 0);
    }

    public int edgeCount() {
        return edgeCount;
    }
}
