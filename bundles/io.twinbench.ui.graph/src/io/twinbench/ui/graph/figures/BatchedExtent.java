package io.twinbench.ui.graph.figures;

/**
 * Counts nested batches of figure changes and remembers whether the freeform extent changed
 * meanwhile, so a layer tells its parents once per batch instead of once per child.
 */
final class BatchedExtent {

    private int depth;
    private boolean pending;

    boolean defer() {
        if (depth > 0) {
            pending = true;
            return true;
        }
        return false;
    }

    void begin() {
        depth++;
    }

    /** True when this ends the outermost batch and a change was held back. */
    boolean end() {
        depth--;
        if (depth == 0 && pending) {
            pending = false;
            return true;
        }
        return false;
    }
}
