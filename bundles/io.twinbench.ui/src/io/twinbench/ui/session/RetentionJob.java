package io.twinbench.ui.session;

import java.time.Duration;
import java.time.Instant;

import io.twinbench.store.StoreException;

/** Hourly downsampling and expiry of telemetry, so a workspace that streams for months stays small. */
final class RetentionJob extends PeriodicJob {

    private final TwinWorkspace workspace;

    RetentionJob(TwinWorkspace workspace, Duration period) {
        super("Downsampling old telemetry", period);
        this.workspace = workspace;
    }

    @Override
    protected void round() {
        try {
            workspace.store().ifPresent(store -> store.retention().apply(workspace.retentionPolicy(), Instant.now()));
        } catch (StoreException e) {
            workspace.reportProblem("Cannot downsample old telemetry: " + e.getMessage(), e);
        }
    }
}
