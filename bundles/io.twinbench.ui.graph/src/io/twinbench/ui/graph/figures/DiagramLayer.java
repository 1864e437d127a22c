package io.twinbench.ui.graph.figures;

import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.FreeformLayout;

/**
 * The layer holding the nodes. draw2d tells every ancestor each time one child moves; while
 * the layer validates (lays out thousands of children) that news is held back and sent once.
 */
public final class DiagramLayer extends FreeformLayer {

    private final BatchedExtent batch = new BatchedExtent();

    public DiagramLayer() {
        setLayoutManager(new FreeformLayout());
        // When the canvas gains focus, draw2d 3.2 searches the figure tree for a focusable figure
        // with a quadratic walk (seconds at 5,000 nodes); the diagram itself ends the search.
        setFocusTraversable(true);
    }

    public void beginBatch() {
        batch.begin();
    }

    public void endBatch() {
        if (batch.end()) {
            super.fireExtentChanged();
        }
    }

    @Override
    public void fireExtentChanged() {
        if (!batch.defer()) {
            super.fireExtentChanged();
        }
    }

    @Override
    public void validate() {
        beginBatch();
        try {
            super.validate();
        } finally {
            endBatch();
        }
    }
}
