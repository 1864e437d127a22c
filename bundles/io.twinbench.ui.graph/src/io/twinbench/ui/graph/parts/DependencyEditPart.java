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

    public DependencyEditPart(Dependency dependency, Palette palette) {
        setModel(dependency);
        this.palette = palette;
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
