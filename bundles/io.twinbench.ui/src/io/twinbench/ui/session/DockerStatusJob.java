package io.twinbench.ui.session;

import java.time.Duration;
import java.util.function.Supplier;

import io.twinbench.sim.docker.DockerEngineProbe;

/** Asks the Docker engine for its state now and then; a system job, so it stays out of the progress view. */
final class DockerStatusJob extends PeriodicJob {

    private final TwinWorkspace workspace;
    private final Supplier<String> endpoint;

    /** endpoint is asked every round, so a change in the preferences shows at the next one. */
    DockerStatusJob(TwinWorkspace workspace, Supplier<String> endpoint, Duration period) {
        super("Checking the Docker engine", period);
        this.workspace = workspace;
        this.endpoint = endpoint;
    }

    @Override
    protected void round() {
        workspace.dockerStatus(new DockerEngineProbe(endpoint.get(), Duration.ofSeconds(3)).probe());
    }
}
