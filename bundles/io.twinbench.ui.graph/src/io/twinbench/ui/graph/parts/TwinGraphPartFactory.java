package io.twinbench.ui.graph.parts;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartFactory;

import io.twinbench.model.twin.Dependency;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.Twin;
import io.twinbench.ui.session.OpenTwin;

/** Edit parts for the twin graph: the twin is the diagram, elements and collapsed groups are nodes, dependencies and merged edges are edges. */
public final class TwinGraphPartFactory implements EditPartFactory {

    private final GraphSettings settings;
    private final OpenTwin openTwin;

    public TwinGraphPartFactory(GraphSettings settings, OpenTwin openTwin) {
        this.settings = settings;
        this.openTwin = openTwin;
    }

    @Override
    public EditPart createEditPart(EditPart context, Object model) {
        EditPart part;
        if (model instanceof Twin twin) {
            part = new TwinEditPart(twin, settings);
        } else if (model instanceof Element element) {
            part = new ElementEditPart(element, settings, openTwin);
        } else if (model instanceof Dependency dependency) {
            part = new DependencyEditPart(dependency, settings);
        } else if (model instanceof io.twinbench.ui.graph.layout.GroupNode group) {
            part = new GroupEditPart(group, settings);
        } else if (model instanceof io.twinbench.ui.graph.layout.GroupEdge edge) {
            part = new GroupEdgeEditPart(edge, settings);
        } else {
            throw new IllegalArgumentException("no edit part for " + model);
        }
        return part;
    }
}
