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

    public GraphSettings(Set<ElementKind> shownKinds) {
        this.shownKinds = EnumSet.copyOf(shownKinds);
    }

    /** Everything but installed packages, which would crowd out the runtime on a real machine. */
    public static GraphSettings defaults() {
        Set<ElementKind> kinds = EnumSet.allOf(ElementKind.class);
        kinds.remove(ElementKind.PACKAGE);
        return new GraphSettings(kinds);
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

    public Palette palette() {
        return palette;
    }
}
