package io.twinbench.store;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Ends an executor whose tasks write to the store by letting the running task finish: an
 * interrupt that reaches a thread in the middle of a write to an embedded H2 file closes the
 * file, and H2 then closes the whole database under every other user of the workspace. Only a
 * task still running after the grace period is interrupted.
 */
public final class GentleShutdown {

    private GentleShutdown() {
    }

    /** Stops the executor's scheduled tasks, waits up to grace for the running one, then interrupts what is left. */
    public static void of(ExecutorService executor, Duration grace) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
