package io.twinbench.ui.graph.parts;

import java.util.List;

import org.eclipse.draw2d.ChopboxAnchor;
import org.eclipse.draw2d.ConnectionAnchor;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.ConnectionEditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.NodeEditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.gef.editpolicies.NonResizableEditPolicy;

import io.twinbench.model.twin.Element;
import io.twinbench.ui.graph.figures.ElementFigure;
import io.twinbench.ui.graph.layout.GroupNode;
import io.twinbench.ui.graph.layout.LayeredLayout;

/**
 * A collapsed group's node: its label and count, drawn like its kind's nodes; a double-click
 * expands it into its elements. Dimmed when an answer is shown that holds none of its members.
 */
public final class GroupEditPart extends AbstractGraphicalEditPart implements NodeEditPart {

    private final GraphSettings settings;
    private ConnectionAnchor anchor;

    public GroupEditPart(GroupNode group, GraphSettings settings) {
        setModel(group);
        this.settings = settings;
    }

    public GroupNode group() {
        return (GroupNode) getModel();
    }

    @Override
    protected IFigure createFigure() {
        return new ElementFigure(settings.palette());
    }

    @Override
    protected void createEditPolicies() {
        NonResizableEditPolicy selection = new NonResizableEditPolicy();
        selection.setDragAllowed(false);
        installEditPolicy(EditPolicy.PRIMARY_DRAG_ROLE, selection);
    }

    @Override
    protected void refreshVisuals() {
        GroupNode g = group();
        ElementFigure figure = (ElementFigure) getFigure();
        figure.show(g.kind(), "Group of " + g.members().size(), g.label(), () -> g.label() + ": " + g.members().size()
                + " elements, shown as one node because the graph is big.\nDouble-click to show them one by one; the legend and Show narrow the graph too."
                + "\nFirst: " + g.members().stream().limit(8).map(Element::getName).reduce((a, b) -> a + ", " + b).orElse("")
                + (g.members().size() > 8 ? ", …" : ""), 0);
        java.util.Set<org.eclipse.emf.ecore.EObject> highlight = settings.highlight();
        figure.setDimmed(highlight != null && g.members().stream().noneMatch(highlight::contains));
        int[] at = parentGraph().graph().position(g);
        if (at != null) {
            ((GraphicalEditPart) getParent()).setLayoutConstraint(this, getFigure(),
                    new Rectangle(at[0], at[1], LayeredLayout.NODE_WIDTH, LayeredLayout.NODE_HEIGHT));
        }
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

    private TwinEditPart parentGraph() {
        return (TwinEditPart) getParent();
    }

    @Override
    protected List<?> getModelSourceConnections() {
        return parentGraph().graph().outgoing(group());
    }

    @Override
    protected List<?> getModelTargetConnections() {
        return parentGraph().graph().incoming(group());
    }

    private ConnectionAnchor anchor() {
        if (anchor == null) {
            anchor = new ChopboxAnchor(getFigure());
        }
        return anchor;
    }

    @Override
    public ConnectionAnchor getSourceConnectionAnchor(ConnectionEditPart connection) {
        return anchor();
    }

    @Override
    public ConnectionAnchor getTargetConnectionAnchor(ConnectionEditPart connection) {
        return anchor();
    }

    @Override
    public ConnectionAnchor getSourceConnectionAnchor(Request request) {
        return anchor();
    }

    @Override
    public ConnectionAnchor getTargetConnectionAnchor(Request request) {
        return anchor();
    }
}
