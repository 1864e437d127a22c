package io.twinbench.ui.graph.parts;

import java.util.EnumSet;
import java.util.Set;

import io.twinbench.model.twin.ElementKind;
import io.twinbench.ui.graph.figures.Palette;

/**
 * What the graph shows (the kinds not filtered out, the anomaly marks, the answer that stands
 * out) and the colours it shows them in; one per editor.
 */
public final class GraphSettings {

    private final Palette palette = new Palette();
    private Set<ElementKind> shownKinds;
    private AnomalyMarks anomalyMarks = AnomalyMarks.none();
    private java.util.Set<org.eclipse.emf.ecore.EObject> highlight;
    private GraphScope scope = GraphScope.WHOLE;
    private boolean overview;
    private final java.util.Set<String> expanded = new java.util.HashSet<>();
    private final java.util.Set<String> collapsed = new java.util.HashSet<>();

    public GraphSettings(Set<ElementKind> shownKinds) {
        this.shownKinds = EnumSet.copyOf(shownKinds);
    }

    /**
     * Everything but installed packages, which would crowd out the runtime on a real machine; a
     * big graph opens as an overview of groups.
     */
    public static GraphSettings defaults() {
        Set<ElementKind> kinds = EnumSet.allOf(ElementKind.class);
        kinds.remove(ElementKind.PACKAGE);
        GraphSettings settings = new GraphSettings(kinds);
        settings.overview = true;
        return settings;
    }

    /**
     * Which groups are one node: in an overview, those of a graph too big to read node by node
     * that the analyst has not expanded, and any the analyst collapsed by hand.
     */
    public io.twinbench.ui.graph.layout.VisibleTwinGraph.Grouping grouping() {
        if (!overview && collapsed.isEmpty()) {
            return io.twinbench.ui.graph.layout.VisibleTwinGraph.Grouping.NONE; // no groups to work out at all
        }
        return (key, visible) -> collapsed.contains(key)
                || overview && visible > io.twinbench.ui.graph.layout.ElementGroups.OVERVIEW_ABOVE && !expanded.contains(key);
    }

    public void expand(String groupKey) {
        expanded.add(groupKey);
        collapsed.remove(groupKey);
    }

    public void collapse(String groupKey) {
        collapsed.add(groupKey);
        expanded.remove(groupKey);
    }

    public Set<ElementKind> shownKinds() {
        return EnumSet.copyOf(shownKinds);
    }

    public void setShownKinds(Set<ElementKind> kinds) {
        this.shownKinds = kinds.isEmpty() ? EnumSet.noneOf(ElementKind.class) : EnumSet.copyOf(kinds);
    }

    public AnomalyMarks anomalyMarks() {
        return anomalyMarks;
    }

    public void setAnomalyMarks(AnomalyMarks marks) {
        this.anomalyMarks = marks;
    }

    /** The answer shown now: these objects stand out and the rest is dimmed; null when no answer is shown. */
    public java.util.Set<org.eclipse.emf.ecore.EObject> highlight() {
        return highlight;
    }

    public void setHighlight(java.util.Set<org.eclipse.emf.ecore.EObject> shown) {
        this.highlight = shown == null ? null : java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (shown != null) {
            this.highlight.addAll(shown);
        }
    }

    /** Whether an object is dimmed because an answer is shown that does not include it. */
    public boolean isDimmed(org.eclipse.emf.ecore.EObject object) {
        return highlight != null && !highlight.contains(object);
    }

    /** The neighbourhood, hidden and pinned elements the graph is narrowed to. */
    public GraphScope scope() {
        return scope;
    }

    public void setScope(GraphScope scope) {
        this.scope = scope == null ? GraphScope.WHOLE : scope;
    }

    public Palette palette() {
        return palette;
    }
}
