package io.twinbench.ui.graph.parts;

import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;

import io.twinbench.model.twin.Element;
import io.twinbench.ui.graph.layout.GroupNode;

/**
 * A collapsed group's node: its label and count, drawn like its kind's nodes; a double-click
 * expands it into its elements. Dimmed when an answer is shown that holds none of its members.
 */
public final class GroupEditPart extends GraphNodeEditPart {

    public GroupEditPart(GroupNode group, GraphSettings settings) {
        super(group, settings);
    }

    public GroupNode group() {
        return (GroupNode) getModel();
    }

    @Override
    protected void refreshVisuals() {
        GroupNode g = group();
        figure().show(g.kind(), "Group of " + g.members().size(), g.label(), () -> g.label() + ": " + g.members().size()
                + " elements, shown as one node because the graph is big.\nDouble-click to show them one by one; the legend and Show narrow the graph too."
                + "\nFirst: " + g.members().stream().limit(8).map(Element::getName).reduce((a, b) -> a + ", " + b).orElse("")
                + (g.members().size() > 8 ? ", …" : ""), 0);
        java.util.Set<org.eclipse.emf.ecore.EObject> highlight = settings.highlight();
        figure().setDimmed(highlight != null && g.members().stream().noneMatch(highlight::contains));
        place();
    }

    /** The answer shown changed: dimmed or not. */
    public void refreshHighlight() {
        refreshVisuals();
    }

    @Override
    public void performRequest(Request request) {
        if (RequestConstants.REQ_OPEN.equals(request.getType())) {
            expand();
        }
    }

    /** Shows the group's elements one by one. */
    public void expand() {
        settings.expand(group().key());
        parentGraph().relayout();
    }
}
