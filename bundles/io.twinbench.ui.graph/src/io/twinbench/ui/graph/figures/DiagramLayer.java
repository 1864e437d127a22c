package io.twinbench.ui.graph.figures;

import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.FreeformLayout;

/** The layer holding the nodes; batches its extent news (see {@link BatchedExtent}). */
public final class DiagramLayer extends FreeformLayer {

    private final BatchedExtent batch = new BatchedExtent(super::fireExtentChanged);

    public DiagramLayer() {
        setLayoutManager(new FreeformLayout());
        // When the canvas gains focus, draw2d 3.2 searches the figure tree for a focusable figure
        // with a quadratic walk (seconds at 5,000 nodes); the diagram itself ends the search.
        setFocusTraversable(true);
    }

    public void during(Runnable work) {
        batch.during(work);
    }

    @Override
    public void fireExtentChanged() {
        batch.fire();
    }

    @Override
    public void validate() {
        batch.during(super::validate);
    }
}
