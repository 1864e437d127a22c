package io.twinbench.ingest.host;

import io.twinbench.model.build.FirstSeenTimes;
import io.twinbench.model.twin.Twin;
import io.twinbench.store.TwinStore;

/**
 * Records a fresh twin of this machine in a store: captured by the probe, with its telemetry
 * series declared, saved as the twin's next snapshot. The one way both the workbench and the
 * headless commands do it.
 */
public final class LocalTwinCapture {

    private final LocalMachineProbe probe;

    public LocalTwinCapture(LocalMachineProbe probe) {
        this.probe = probe;
    }

    /** The captured twin and the snapshot version it was stored as. */
    public record Captured(Twin twin, long version) {
    }

    public Captured into(TwinStore store) {
        Twin twin = probe.capture();
        // a capture is a new round of the same twin: what was there before keeps its First Seen
        FirstSeenTimes.of(store.snapshots().latest(twin.getId()).orElse(null)).carryInto(twin);
        HostTelemetrySampler.declareSeries(twin);
        return new Captured(twin, store.snapshots().save(twin));
    }
}
