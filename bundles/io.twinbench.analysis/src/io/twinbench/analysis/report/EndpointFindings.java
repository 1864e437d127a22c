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
import io.twinbench.store.ComplianceVerdicts;
import io.twinbench.store.StoredAnomaly;
import io.twinbench.store.TwinStore;
import io.twinbench.store.TwinSummary;

/**
 * What analysis says about one endpoint over a period, gathered for a report: its anomalies,
 * the likely root causes among them, the failures its telemetry predicts and what is new to it
 * against its own past, and the policy rules it fails as they were last evaluated.
 */
public record EndpointFindings(TwinSummary twin, Instant from, Instant to, List<StoredAnomaly> anomalies, long anomalyCount,
        List<RootCause> causes, List<Forecast> forecasts, List<SecurityFinding> security, List<ComplianceVerdicts.Stored> violations) {

    /** Anomalies listed one by one at most (the newest); root causes are ranked on all of them, and the report says how many there were. */
    public static final int MAX_LISTED = 1_000;

    public static EndpointFindings gather(TwinStore store, TwinSummary twin, Instant from, Instant to, Duration baseline) {
        List<StoredAnomaly> anomalies = store.anomalies().find(twin.id(), from.toEpochMilli(), to.toEpochMilli(), MAX_LISTED);
        long count = store.anomalies().byElement(twin.id(), from.toEpochMilli(), to.toEpochMilli()).stream()
                .mapToLong(io.twinbench.store.ElementAnomalies::count).sum();
        List<RootCause> causes = RootCauses.rankLatest(store, twin.id(), from.toEpochMilli(), to.toEpochMilli()).orElse(List.of());
        List<Forecast> forecasts = new FailurePredictions(store).predict(twin.id(), to.toEpochMilli(), FailurePredictions.WINDOW,
                FailurePredictions.HORIZON);
        List<SecurityFinding> security = SecurityScan.find(store, twin.id(), from.minus(baseline), from, to);
        List<ComplianceVerdicts.Stored> violations = store.compliance().all().stream().filter(v -> v.twinId().equals(twin.id())
                && (v.status().equals("FAILS") || v.status().equals("ERROR"))).toList();
        return new EndpointFindings(twin, from, to, anomalies, count, causes, forecasts, security, violations);
    }

    /** Whether the anomalies listed are fewer than the period had. */
    public boolean anomaliesCut() {
        return anomalyCount > anomalies.size();
    }

    public boolean isQuiet() {
        return anomalies.isEmpty() && forecasts.isEmpty() && security.isEmpty() && violations.isEmpty();
    }
}
