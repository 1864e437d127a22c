package io.twinbench.ui.session;

import java.time.Duration;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * A background system job that runs a round every period until it is cancelled. A failed
 * round is reported by the round itself and never ends the repetition: a passing database or
 * engine hiccup must not stop live telemetry or the Docker state for the rest of the session.
 */
abstract class PeriodicJob extends Job {

    private final Duration period;

    PeriodicJob(String name, Duration period) {
        super(name);
        this.period = period;
        setSystem(true);
    }

    /** One round; report problems through the workspace rather than by throwing. */
    protected abstract void round();

    @Override
    protected final IStatus run(IProgressMonitor monitor) {
        try {
            round();
        } finally {
            if (!monitor.isCanceled()) {
                schedule(period.toMillis());
            }
        }
        return Status.OK_STATUS;
    }
}
