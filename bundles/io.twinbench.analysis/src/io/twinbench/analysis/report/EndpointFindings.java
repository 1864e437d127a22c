package io.twinbench.analysis.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.twinbench.analysis.cause.RootCause;
import io.twinbench.analysis.cause.RootCauses;
import io.twinbench.analysis.predict.FailurePredictions;
import io.twinbench.analysis.predict.Forecast;
import io.twinbench.analysis.security.SecurityFinding;
import io.twinbench.analysis.security.SecurityScan;
import io.twinbench.store.StoredAnomaly;
import io.twinbench.store.TwinStore;
import io.twinbench.store.TwinSummary;

/**
 * What analysis says about one endpoint over a period, gathered for a report: its anomalies,
 * the likely root causes among them, the failures its telemetry predicts and what is new to it
 * against its own past.
 */
public record EndpointFindings(TwinSummary twin, Instant from, Instant to, List<StoredAnomaly> anomalies, List<RootCause> causes,
        List<Forecast> forecasts, List<SecurityFinding> security) {

    static final int MAX_ANOMALIES = 1_000;

    public static EndpointFindings gather(TwinStore store, TwinSummary twin, Instant from, Instant to, Duration baseline) {
        List<StoredAnomaly> anomalies = store.anomalies().find(twin.id(), from.toEpochMilli(), to.toEpochMilli(), MAX_ANOMALIES);
        List<RootCause> causes = RootCauses.rankLatest(store, twin.id(), anomalies).orElse(List.of());
        List<Forecast> forecasts = new FailurePredictions(store).predict(twin.id(), to.toEpochMilli(), Duration.ofHours(24), Duration.ofDays(30));
        List<SecurityFinding> security = SecurityScan.find(store, twin.id(), from.minus(baseline), from, to);
        return new EndpointFindings(twin, from, to, anomalies, causes, forecasts, security);
    }

    public boolean isQuiet() {
        return anomalies.isEmpty() && forecasts.isEmpty() && security.isEmpty();
    }
}
