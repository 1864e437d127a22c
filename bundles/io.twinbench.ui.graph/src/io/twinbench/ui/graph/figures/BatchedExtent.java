package io.twinbench.ui.graph.figures;

/**
 * Holds back a layer's "freeform extent changed" news during a batch (adding or laying out
 * thousands of children) and sends it once when the outermost batch ends. draw2d would
 * otherwise tell every ancestor once per child.
 */
final class BatchedExtent {

    private final Runnable fireNow;
    private int depth;
    private boolean pending;

    BatchedExtent(Runnable fireNow) {
        this.fireNow = fireNow;
    }

    void fire() {
        if (depth > 0) {
            pending = true;
        } else {
            fireNow.run();
        }
    }

    void begin() {
        depth++;
    }

    void end() {
        depth--;
        if (depth == 0 && pending) {
            pending = false;
            fireNow.run();
        }
    }

    void during(Runnable work) {
        begin();
        try {
            work.run();
        } finally {
            end();
        }
    }
}
