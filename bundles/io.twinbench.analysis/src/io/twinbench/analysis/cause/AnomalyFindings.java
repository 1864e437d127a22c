package io.twinbench.analysis.cause;

import java.util.Date;
import java.util.List;
import java.util.Locale;

import io.twinbench.model.twin.Anomaly;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.Severity;
import io.twinbench.model.twin.Twin;
import io.twinbench.model.twin.TwinFactory;
import io.twinbench.store.SeriesAnomalies;
import io.twinbench.store.StoredAnomaly;

/** Stored anomalies as the twin's findings, each pointing at its element, for the graph, Properties and reports. */
public final class AnomalyFindings {

    private AnomalyFindings() {
    }

    /** Adds each anomaly whose element the twin has as a finding about it; returns how many were added. */
    public static int attach(Twin twin, List<StoredAnomaly> anomalies) {
        return (int) anomalies.stream().filter(a -> attach(twin, a, 1)).count();
    }

    /** Adds, per series whose element the twin has, its latest anomaly as a finding that says how many there were. */
    public static int attachLatest(Twin twin, List<SeriesAnomalies> series) {
        return (int) series.stream().filter(s -> attach(twin, s.latest(), s.count())).count();
    }

    private static boolean attach(Twin twin, StoredAnomaly a, int count) {
        Element e = twin.findElement(a.elementId());
        if (e == null) {
            return false;
        }
        Anomaly finding = TwinFactory.eINSTANCE.createAnomaly();
        finding.setDetectedAt(new Date(a.timestamp()));
        finding.setScore(a.score());
        finding.setMetric(a.metric());
        finding.setSeverity(a.score() >= 10 ? Severity.HIGH : Severity.MEDIUM);
        finding.setDescription(String.format(Locale.ROOT, "%s of %s: %.4g where %.4g was expected (%s detector)%s", a.kind(), a.metric(),
                a.value(), a.expected(), a.detector(), count > 1 ? "; the latest of " + count : ""));
        finding.setElement(e);
        twin.getFindings().add(finding);
        return true;
    }
}
