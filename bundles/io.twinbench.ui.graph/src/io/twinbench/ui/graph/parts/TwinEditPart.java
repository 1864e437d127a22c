package io.twinbench.ui.graph.parts;

import java.util.List;

import org.eclipse.draw2d.IFigure;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.gef.LayerConstants;

import io.twinbench.ui.graph.figures.DiagramLayer;
import io.twinbench.ui.graph.figures.EdgeLayer;

import io.twinbench.model.twin.Twin;
import io.twinbench.model.twin.TwinPackage;
import io.twinbench.ui.graph.layout.VisibleTwinGraph;

/**
 * The diagram: one node per shown element or collapsed group, placed by the layered layout. Listens to the
 * twin's structure and re-lays out when elements or dependencies come or go.
 */
public final class TwinEditPart extends AbstractGraphicalEditPart implements LayerConstants {

    private final GraphSettings settings;
    private VisibleTwinGraph graph;
    private final AdapterImpl structureListener = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification n) {
            if (n.getFeature() == TwinPackage.Literals.TWIN__ELEMENTS || n.getFeature() == TwinPackage.Literals.TWIN__DEPENDENCIES) {
                relayout();
            }
        }
    };

    public TwinEditPart(Twin twin, GraphSettings settings) {
        setModel(twin);
        this.settings = settings;
    }

    public Twin twin() {
        return (Twin) getModel();
    }

    /** The shown part of the twin with its layout; computed on first use after each change. */
    public VisibleTwinGraph graph() {
        if (graph == null) {
            GraphScope scope = settings.scope();
            graph = new VisibleTwinGraph(twin(), settings.shownKinds(), scope::includes, settings.grouping());
        }
        return graph;
    }

    /** Recomputes what is shown and where, then brings nodes and edges in line. */
    public void relayout() {
        graph = null;
        refresh();
        for (Object child : getChildren()) {
            ((EditPart) child).refresh();
        }
    }

    @Override
    protected IFigure createFigure() {
        return new DiagramLayer();
    }

    /** Adding thousands of nodes and edges tells the layers' ancestors once, not once per figure. */
    @Override
    protected void refreshChildren() {
        DiagramLayer nodes = (DiagramLayer) getFigure();
        if (getLayer(CONNECTION_LAYER) instanceof EdgeLayer edges) {
            nodes.during(() -> edges.during(super::refreshChildren));
        } else {
            nodes.during(super::refreshChildren);
        }
    }

    @Override
    protected List<?> getModelChildren() {
        return graph().nodes();
    }

    @Override
    protected void createEditPolicies() {
        // nodes are placed by the layout, so the diagram takes no move or create requests
    }

    @Override
    public void activate() {
        super.activate();
        twin().eAdapters().add(structureListener);
    }

    @Override
    public void deactivate() {
        twin().eAdapters().remove(structureListener);
        super.deactivate();
    }
}
