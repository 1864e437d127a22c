package io.twinbench.rollout.engine;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Steps every unfinished rollout at a fixed period, in the process that runs the collector (the
 * workbench or {@code ./twinbench serve}), so rollouts go on while their agents are connected. A
 * step that fails is logged and tried again at the next period; it never stops the others.
 */
public final class RolloutDriver implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RolloutDriver.class.getName());
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "twinbench-rollouts");
        t.setDaemon(true);
        return t;
    });

    public RolloutDriver(RolloutEngine engine, Duration period) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                engine.step();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a rollout step failed, tried again in " + period.toSeconds() + " s: " + e.getMessage(), e);
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Lets a step that is running finish (it writes to the store), and stops the steps to come. */
    @Override
    public void close() {
        io.twinbench.store.GentleShutdown.of(timer, java.time.Duration.ofSeconds(30));
    }
}
