package io.twinbench.ui.graph.parts;

import org.eclipse.draw2d.IFigure;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.editparts.AbstractConnectionEditPart;
import org.eclipse.gef.editpolicies.ConnectionEndpointEditPolicy;

import io.twinbench.model.twin.Dependency;
import io.twinbench.ui.graph.figures.DependencyFigure;
import io.twinbench.ui.graph.figures.Palette;

/** An edge: selectable, so its type and timestamps show in Properties. */
public final class DependencyEditPart extends AbstractConnectionEditPart {

    private final Palette palette;
    private final GraphSettings settings;

    public DependencyEditPart(Dependency dependency, GraphSettings settings) {
        setModel(dependency);
        this.palette = settings.palette();
        this.settings = settings;
    }

    @Override
    protected IFigure createFigure() {
        return new DependencyFigure(palette, ((Dependency) getModel()).getType());
    }

    @Override
    protected void refreshVisuals() {
        if (getViewer().getContents() instanceof TwinEditPart diagram) {
            ((DependencyFigure) getFigure()).setAlpha(DependencyFigure.alphaFor(diagram.graph().edgeCount()));
        }
        ((DependencyFigure) getFigure()).setDimmed(settings.isDimmed((Dependency) getModel()));
    }

    /** The answer shown changed: the edge is dimmed or not. */
    public void refreshHighlight() {
        refreshVisuals();
    }

    void setEmphasized(boolean emphasized) {
        ((DependencyFigure) getFigure()).setEmphasized(emphasized);
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.CONNECTION_ENDPOINTS_ROLE, new ConnectionEndpointEditPolicy());
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Object getAdapter(Class key) {
        return key == EObject.class ? getModel() : super.getAdapter(key);
    }
}
