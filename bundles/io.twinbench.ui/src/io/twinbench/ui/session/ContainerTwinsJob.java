package io.twinbench.ui.session;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import io.twinbench.inventory.SecretRedactor;
import io.twinbench.resources.container.ContainerTwins;

/**
 * Keeps the twins of the Docker engine's containers current while the workbench runs: a poll
 * and a statistics sample every period, once the store is open and the engine answers. The
 * engine is the one the preferences name at each round; a change of engine starts afresh.
 */
final class ContainerTwinsJob extends PeriodicJob {

    private final TwinWorkspace workspace;
    private ContainerTwins twins;
    private String engine;

    ContainerTwinsJob(TwinWorkspace workspace, Duration period) {
        super("Following the Docker engine's containers", period);
        this.workspace = workspace;
    }

    @Override
    protected void round() {
        var store = workspace.store();
        var status = workspace.dockerStatus();
        if (store.isEmpty() || status.isEmpty() || !status.get().reachable()) {
            return;
        }
        try {
            var docker = workspace.dockerEngine();
            if (twins == null || !docker.endpoint().equals(engine)) {
                closeTwins();
                twins = new ContainerTwins(docker, store.get(), SecretRedactor.defaults(), Clock.systemUTC());
                engine = docker.endpoint();
            }
            ContainerTwins.Polled polled = twins.poll();
            twins.sample();
            if (!polled.changed().isEmpty()) {
                workspace.refreshFleet();
            }
        } catch (RuntimeException e) {
            workspace.reportProblem("Cannot follow the Docker engine's containers: " + e.getMessage(), e);
        }
    }

    @Override
    protected void canceling() {
        closeTwins();
    }

    private void closeTwins() {
        if (twins != null) {
            try {
                twins.close();
            } catch (IOException e) {
                // the engine's connection is gone either way
            }
            twins = null;
        }
    }
}
