package io.twinbench.sim.simulate;

import java.util.Date;

import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.ElementKind;
import io.twinbench.model.twin.Recommendation;
import io.twinbench.model.twin.Service;
import io.twinbench.model.twin.Twin;
import io.twinbench.model.twin.TwinFactory;

/** A simulation's checked recommendations as findings of the twin, about the element they change, for a remediation plan to use. */
public final class TwinRecommendations {

    private TwinRecommendations() {
    }

    /**
     * Records the run's recommendations in the twin as the store holds it now, at the end of the
     * run (an agent may have changed it while the simulation ran): its latest snapshot, with the
     * findings added, becomes a new one. Returns the version saved, or empty without a stored twin
     * or without recommendations.
     */
    public static java.util.OptionalLong recordInLatest(io.twinbench.store.TwinStore store, String twinId, SimulationReport report, Date at) {
        if (report.recommendations().isEmpty()) {
            return java.util.OptionalLong.empty();
        }
        java.util.Optional<Twin> latest = store.snapshots().latest(twinId);
        if (latest.isEmpty()) {
            return java.util.OptionalLong.empty();
        }
        addTo(latest.get(), report, at);
        return java.util.OptionalLong.of(store.snapshots().save(latest.get()));
    }

    /** Adds one finding per recommendation; returns how many. */
    public static int addTo(Twin twin, SimulationReport report, Date at) {
        int added = 0;
        for (io.twinbench.sim.simulate.Recommendation r : report.recommendations()) {
            Recommendation finding = TwinFactory.eINSTANCE.createRecommendation();
            finding.setResource(r.resource());
            finding.setChange(r.change());
            finding.setScenario(report.scenario());
            finding.setBefore(r.before());
            finding.setAfter(r.after());
            finding.setVerified(r.verified());
            finding.setDetectedAt(at);
            finding.setScore(r.verified() ? 1.0 : 0.5);
            finding.setDescription((r.verified() ? "Checked on the twin: " : "Not checked: ") + r.change() + " (" + r.before() + " → " + r.after()
                    + ", scenario '" + report.scenario() + "', phase '" + r.phase() + "')");
            finding.setElement(subject(twin, r.subject()));
            twin.getFindings().add(finding);
            added++;
        }
        return added;
    }

    /** The first element of the subject's kind with its name (any name when it names none); the endpoint when the twin has none such. */
    private static Element subject(Twin twin, io.twinbench.sim.simulate.Recommendation.Subject subject) {
        return twin.elementsOfKind(subject.kind()).stream().filter(e -> subject.name() == null || subject.name().equals(name(e))).findFirst()
                .or(() -> twin.elementsOfKind(ElementKind.ENDPOINT).stream().findFirst()).orElse(null);
    }

    /** What a subject's name matches: a service by its unit, any other element by its name. */
    private static String name(Element element) {
        return element instanceof Service service && service.getUnit() != null ? service.getUnit() : element.getName();
    }
}
