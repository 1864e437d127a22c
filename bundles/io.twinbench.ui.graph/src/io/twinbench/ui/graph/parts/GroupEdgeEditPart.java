package io.twinbench.ui.graph.parts;

import org.eclipse.draw2d.IFigure;
import org.eclipse.gef.editparts.AbstractConnectionEditPart;

import io.twinbench.ui.graph.figures.DependencyFigure;
import io.twinbench.ui.graph.layout.GroupEdge;

/** Edges of one type to or from a collapsed group, drawn as one line; its tooltip counts them. */
public final class GroupEdgeEditPart extends AbstractConnectionEditPart {

    private final GraphSettings settings;

    public GroupEdgeEditPart(GroupEdge edge, GraphSettings settings) {
        setModel(edge);
        this.settings = settings;
    }

    @Override
    protected IFigure createFigure() {
        GroupEdge edge = (GroupEdge) getModel();
        DependencyFigure figure = new DependencyFigure(settings.palette(), edge.type());
        figure.setToolTip(new org.eclipse.draw2d.Label(edge.count() + " × " + edge.type().getName().toLowerCase().replace('_', ' ')));
        return figure;
    }

    @Override
    protected void refreshVisuals() {
        if (getViewer().getContents() instanceof TwinEditPart diagram) {
            ((DependencyFigure) getFigure()).setAlpha(DependencyFigure.alphaFor(diagram.graph().edgeCount()));
        }
        ((DependencyFigure) getFigure()).setDimmed(settings.highlight() != null);
    }

    @Override
    protected void createEditPolicies() {
        // a merged edge is not one dependency: nothing to select or edit
    }

    void setEmphasized(boolean emphasized) {
        ((DependencyFigure) getFigure()).setEmphasized(emphasized);
    }

    public void refreshHighlight() {
        refreshVisuals();
    }
}
