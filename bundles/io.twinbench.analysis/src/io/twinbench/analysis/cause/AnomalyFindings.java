package io.twinbench.analysis.cause;

import java.util.Date;
import java.util.List;

import io.twinbench.model.twin.Anomaly;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.Severity;
import io.twinbench.model.twin.Twin;
import io.twinbench.model.twin.TwinFactory;
import io.twinbench.store.StoredAnomaly;

/** Stored anomalies as the twin's findings, each pointing at its element, for the graph, Properties and reports. */
public final class AnomalyFindings {

    private AnomalyFindings() {
    }

    /** Adds each anomaly whose element the twin has as a finding about it; returns how many were added. */
    public static int attach(Twin twin, List<StoredAnomaly> anomalies) {
        int attached = 0;
        for (StoredAnomaly a : anomalies) {
            Element e = twin.findElement(a.elementId());
            if (e == null) {
                continue;
            }
            Anomaly finding = TwinFactory.eINSTANCE.createAnomaly();
            finding.setDetectedAt(new Date(a.timestamp()));
            finding.setScore(a.score());
            finding.setMetric(a.metric());
            finding.setSeverity(a.score() >= 10 ? Severity.HIGH : Severity.MEDIUM);
            finding.setDescription(String.format(java.util.Locale.ROOT, "%s of %s: %.4g where %.4g was expected (%s detector)", a.kind(),
                    a.metric(), a.value(), a.expected(), a.detector()));
            finding.setElement(e);
            twin.getFindings().add(finding);
            attached++;
        }
        return attached;
    }
}
