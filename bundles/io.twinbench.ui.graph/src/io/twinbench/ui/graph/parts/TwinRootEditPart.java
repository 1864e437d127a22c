package io.twinbench.ui.graph.parts;

import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.FreeformLayeredPane;
import org.eclipse.draw2d.LayeredPane;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;

import io.twinbench.ui.graph.figures.EdgeLayer;

/** GEF's zoomable root, with a connection layer that batches its updates. */
public final class TwinRootEditPart extends ScalableFreeformRootEditPart {

    @Override
    protected LayeredPane createPrintableLayers() {
        FreeformLayeredPane layers = new FreeformLayeredPane();
        layers.add(new FreeformLayer(), PRIMARY_LAYER);
        layers.add(new EdgeLayer(), CONNECTION_LAYER);
        return layers;
    }
}
