package io.twinbench.shadow;

/**
 * Lets the analyst hold a replay between two requests: paused, it lets one request through per
 * step; resumed, it lets them all go at their pace. The replay asks before each request.
 */
public final class ReplayGate {

    private boolean paused;
    private int steps;
    private long next = -1;

    /** Starts paused when asked to, for stepping from the first request. */
    public ReplayGate(boolean paused) {
        this.paused = paused;
    }

    public synchronized void pause() {
        paused = true;
    }

    public synchronized void resume() {
        paused = false;
        notifyAll();
    }

    /** One more request may go while paused. */
    public synchronized void step() {
        steps++;
        notifyAll();
    }

    public synchronized boolean paused() {
        return paused;
    }

    /** The request the replay waits to send, or -1. */
    public synchronized long waitingAt() {
        return next;
    }

    /** Blocks while paused and no step is granted; false when the replay was cancelled meanwhile. */
    synchronized boolean await(long seq, java.util.function.BooleanSupplier cancelled) throws InterruptedException {
        next = seq;
        while (paused && steps == 0) {
            if (cancelled.getAsBoolean()) {
                return false;
            }
            wait(200);
        }
        if (paused) {
            steps--;
        }
        next = -1;
        return !cancelled.getAsBoolean();
    }
}
