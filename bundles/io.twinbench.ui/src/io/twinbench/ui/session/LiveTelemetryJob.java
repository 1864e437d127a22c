package io.twinbench.ui.session;

import java.time.Duration;
import java.util.List;

import io.twinbench.ingest.host.HostTelemetrySampler;
import io.twinbench.ingest.host.MetricReading;
import io.twinbench.store.SeriesAppend;
import io.twinbench.store.StoreException;
import io.twinbench.store.TwinStore;

/** Samples this machine's CPU and memory, stores the samples and tells the charts and the online anomaly detection. */
final class LiveTelemetryJob extends PeriodicJob {

    private final TwinWorkspace workspace;
    private final HostTelemetrySampler sampler;
    private final String twinId;

    LiveTelemetryJob(TwinWorkspace workspace, String twinId, Duration period) {
        super("Sampling this machine's telemetry", period);
        this.workspace = workspace;
        this.sampler = HostTelemetrySampler.forThisMachine(twinId);
        this.twinId = twinId;
    }

    @Override
    protected void round() {
        List<MetricReading> readings = sampler.sample();
        List<SeriesAppend> appends = readings.stream().map(r -> new SeriesAppend(r.key(), r.unit(), List.of(r.sample()))).toList();
        try {
            TwinStore store = workspace.requireStore();
            store.telemetry().appendAll(appends);
        } catch (StoreException e) {
            workspace.reportProblem("Cannot store telemetry: " + e.getMessage(), e);
            return;
        }
        workspace.telemetryArrived(readings);
        workspace.localSamplesStored(twinId, appends);
    }
}
