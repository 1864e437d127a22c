package io.twinbench.ui.session;

import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.twinbench.ingest.host.HostTelemetrySampler;
import io.twinbench.ingest.host.MetricReading;
import io.twinbench.store.StoreException;
import io.twinbench.store.TwinStore;

/** Samples this machine's CPU and memory, stores the samples and tells the charts. */
final class LiveTelemetryJob extends Job {

    private final TwinWorkspace workspace;
    private final HostTelemetrySampler sampler;
    private final Duration period;

    LiveTelemetryJob(TwinWorkspace workspace, String twinId, Duration period) {
        super("Sampling this machine's telemetry");
        this.workspace = workspace;
        this.sampler = HostTelemetrySampler.forThisMachine(twinId);
        this.period = period;
        setSystem(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        List<MetricReading> readings = sampler.sample();
        try {
            TwinStore store = workspace.requireStore();
            for (MetricReading reading : readings) {
                store.telemetry().append(reading.key(), reading.unit(), List.of(reading.sample()));
            }
        } catch (StoreException e) {
            workspace.reportProblem("Cannot store telemetry: " + e.getMessage(), e);
            return Status.OK_STATUS;
        }
        workspace.telemetryArrived(readings);
        if (!monitor.isCanceled()) {
            schedule(period.toMillis());
        }
        return Status.OK_STATUS;
    }
}
