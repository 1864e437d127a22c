package io.twinbench.model.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.twinbench.model.twin.Anomaly;
import io.twinbench.model.twin.Baseline;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.Finding;
import io.twinbench.model.twin.Prediction;
import io.twinbench.model.twin.Twin;

/**
 * The findings half of {@link TwinMerge}: a finding is the same finding when it is of the same
 * kind, about the same element and metric (or failure mode), detected at the same time; such
 * findings keep their identity and take the newer values, so a Properties page showing one stays
 * on it while the endpoint streams.
 */
final class FindingsMerge {

    private final List<Finding> stale = new ArrayList<>();
    private final List<Finding> fresh = new ArrayList<>();

    /** Plans the merge; elements maps the open twin's element ids after the element merge, gone what leaves. */
    FindingsMerge(Twin target, Twin newer, Map<String, Element> elements, Set<Element> gone) {
        Map<String, Finding> wanted = new LinkedHashMap<>();
        newer.getFindings().forEach(f -> wanted.put(key(f), f));
        Map<String, Finding> kept = new LinkedHashMap<>();
        for (Finding f : target.getFindings()) {
            Finding n = wanted.get(key(f));
            if (n == null || gone.contains(f.getElement()) || kept.putIfAbsent(key(f), f) != null) {
                stale.add(f);
            } else {
                TwinMerge.copyValues(n, f);
            }
        }
        for (Map.Entry<String, Finding> e : wanted.entrySet()) {
            Finding n = e.getValue();
            Element about = n.getElement() == null ? null : elements.get(n.getElement().getId());
            if (!kept.containsKey(e.getKey()) && (n.getElement() == null || about != null)) {
                Finding copy = EcoreUtil.copy(n);
                copy.setElement(about);
                fresh.add(copy);
            }
        }
    }

    /** Before elements leave, so no finding ever points at an element outside the twin. */
    void removeStale(Twin target) {
        if (!stale.isEmpty()) {
            target.getFindings().removeAll(stale);
        }
    }

    /** After new elements have joined, so the new findings can point at them. */
    void addFresh(Twin target) {
        if (!fresh.isEmpty()) {
            target.getFindings().addAll(fresh);
        }
    }

    int added() {
        return fresh.size();
    }

    int removed() {
        return stale.size();
    }

    static String key(Finding f) {
        String subject = switch (f) {
            case Anomaly a -> a.getMetric();
            case Prediction p -> p.getFailureMode();
            case Baseline b -> b.getMetric();
            default -> "";
        };
        return f.eClass().getName() + '\u0000' + (f.getElement() == null ? "" : f.getElement().getId()) + '\u0000' + subject + '\u0000'
                + (f.getDetectedAt() == null ? "" : f.getDetectedAt().getTime());
    }
}
