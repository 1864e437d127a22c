package io.twinbench.ui.graph.parts;

import java.util.EnumSet;
import java.util.Set;

import io.twinbench.model.twin.ElementKind;
import io.twinbench.ui.graph.figures.Palette;

/**
 * What the graph shows (the kinds not filtered out, the anomaly marks) and the colours it shows
 * them in; one per editor.
 */
public final class GraphSettings {

    private final Palette palette = new Palette();
    private Set<ElementKind> shownKinds;
    private AnomalyMarks anomalyMarks = AnomalyMarks.none();

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

    public Palette palette() {
        return palette;
    }
}
