package io.twinbench.ui.graph.figures;

import org.eclipse.draw2d.ConnectionLayer;

/** The connection layer, batching extent news like {@link DiagramLayer} while its edges are routed. */
public final class EdgeLayer extends ConnectionLayer {

    private final BatchedExtent batch = new BatchedExtent();

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
