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
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.gef.editpolicies.NonResizableEditPolicy;

import io.twinbench.ui.graph.figures.ElementFigure;
import io.twinbench.ui.graph.layout.LayeredLayout;

/**
 * A node of the diagram, an element or a collapsed group: drawn as an element figure where the
 * layout puts it, selectable but not movable, its edges from the visible graph, anchored at its
 * box, and those edges standing out while it is selected.
 */
abstract class GraphNodeEditPart extends AbstractGraphicalEditPart implements NodeEditPart {

    protected final GraphSettings settings;
    private ConnectionAnchor anchor;

    GraphNodeEditPart(Object model, GraphSettings settings) {
        setModel(model);
        this.settings = settings;
    }

    @Override
    protected IFigure createFigure() {
        return new ElementFigure(settings.palette());
    }

    protected final ElementFigure figure() {
        return (ElementFigure) getFigure();
    }

    @Override
    protected void createEditPolicies() {
        NonResizableEditPolicy selection = new NonResizableEditPolicy();
        selection.setDragAllowed(false);
        installEditPolicy(EditPolicy.PRIMARY_DRAG_ROLE, selection);
    }

    /** Puts the figure where the layout placed this node. */
    protected final void place() {
        int[] at = parentGraph().graph().position(getModel());
        if (at != null) {
            ((GraphicalEditPart) getParent()).setLayoutConstraint(this, getFigure(),
                    new Rectangle(at[0], at[1], LayeredLayout.NODE_WIDTH, LayeredLayout.NODE_HEIGHT));
        }
    }

    protected final TwinEditPart parentGraph() {
        return (TwinEditPart) getParent();
    }

    @Override
    public void setSelected(int value) {
        super.setSelected(value);
        boolean selected = value != SELECTED_NONE;
        for (Object edge : getSourceConnections()) {
            emphasize(edge, selected);
        }
        for (Object edge : getTargetConnections()) {
            emphasize(edge, selected);
        }
    }

    private static void emphasize(Object edge, boolean on) {
        if (edge instanceof DependencyEditPart dependency) {
            dependency.setEmphasized(on);
        } else if (edge instanceof GroupEdgeEditPart merged) {
            merged.setEmphasized(on);
        }
    }

    @Override
    protected List<?> getModelSourceConnections() {
        return parentGraph().graph().outgoing(getModel());
    }

    @Override
    protected List<?> getModelTargetConnections() {
        return parentGraph().graph().incoming(getModel());
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
