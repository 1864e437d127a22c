package io.twinbench.ui.session;

import java.time.Duration;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.twinbench.sim.docker.DockerEngineProbe;

/** Asks the Docker engine for its state now and then; a system job, so it stays out of the progress view. */
final class DockerStatusJob extends Job {

    private final TwinWorkspace workspace;
    private final DockerEngineProbe probe;
    private final Duration period;

    DockerStatusJob(TwinWorkspace workspace, String endpoint, Duration period) {
        super("Checking the Docker engine");
        this.workspace = workspace;
        this.probe = new DockerEngineProbe(endpoint, Duration.ofSeconds(3));
        this.period = period;
        setSystem(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        workspace.dockerStatus(probe.probe());
        if (!monitor.isCanceled()) {
            schedule(period.toMillis());
        }
        return Status.OK_STATUS;
    }
}
