package io.twinbench.ui.session;

import java.time.Duration;
import java.util.List;

import io.twinbench.ingest.host.HostTelemetrySampler;
import io.twinbench.ingest.host.MetricReading;
import io.twinbench.store.StoreException;
import io.twinbench.store.TwinStore;

/** Samples this machine's CPU and memory, stores the samples and tells the charts. */
final class LiveTelemetryJob extends PeriodicJob {

    private final TwinWorkspace workspace;
    private final HostTelemetrySampler sampler;

    LiveTelemetryJob(TwinWorkspace workspace, String twinId, Duration period) {
        super("Sampling this machine's telemetry", period);
        this.workspace = workspace;
        this.sampler = HostTelemetrySampler.forThisMachine(twinId);
    }

    @Override
    protected void round() {
        List<MetricReading> readings = sampler.sample();
        try {
            TwinStore store = workspace.requireStore();
            for (MetricReading reading : readings) {
                store.telemetry().append(reading.key(), reading.unit(), List.of(reading.sample()));
            }
        } catch (StoreException e) {
            workspace.reportProblem("Cannot store telemetry: " + e.getMessage(), e);
            return;
        }
        workspace.telemetryArrived(readings);
    }
}
