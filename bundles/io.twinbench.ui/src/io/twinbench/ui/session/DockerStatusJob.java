package io.twinbench.ui.session;

import java.time.Duration;

import io.twinbench.sim.docker.DockerEngineProbe;

/** Asks the Docker engine for its state now and then; a system job, so it stays out of the progress view. */
final class DockerStatusJob extends PeriodicJob {

    private final TwinWorkspace workspace;
    private final DockerEngineProbe probe;

    DockerStatusJob(TwinWorkspace workspace, String endpoint, Duration period) {
        super("Checking the Docker engine", period);
        this.workspace = workspace;
        this.probe = new DockerEngineProbe(endpoint, Duration.ofSeconds(3));
    }

    @Override
    protected void round() {
        workspace.dockerStatus(probe.probe());
    }
}
