package io.twinbench.ui.graph.figures;

import org.eclipse.draw2d.ConnectionLayer;

/** The connection layer; batches its extent news while edges are added and routed. */
public final class EdgeLayer extends ConnectionLayer {

    private final BatchedExtent batch = new BatchedExtent(super::fireExtentChanged);

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
