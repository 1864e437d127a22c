package io.twinbench.sim.simulate;

import java.util.Date;

import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.ElementKind;
import io.twinbench.model.twin.Recommendation;
import io.twinbench.model.twin.Twin;
import io.twinbench.model.twin.TwinFactory;

/** A simulation's checked recommendations as findings of the twin, about the element they change, for a remediation plan to use. */
public final class TwinRecommendations {

    private TwinRecommendations() {
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
            finding.setElement(subject(twin, r.resource()));
            twin.getFindings().add(finding);
            added++;
        }
        return added;
    }

    private static Element subject(Twin twin, String resource) {
        java.util.regex.Matcher service = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(Recommender.PORT) + ".*\\((\\S+)\\)")
                .matcher(resource);
        if (service.matches()) {
            java.util.Optional<Element> unit = twin.elementsOfKind(ElementKind.SERVICE).stream()
                    .filter(s -> s instanceof io.twinbench.model.twin.Service sv && service.group(1).equals(sv.getUnit() != null ? sv.getUnit() : sv.getName()))
                    .findFirst();
            if (unit.isPresent()) {
                return unit.get();
            }
        }
        if (resource.startsWith(Recommender.LOGIN)) {
            String account = resource.substring(Recommender.LOGIN.length());
            java.util.Optional<Element> user = twin.elementsOfKind(ElementKind.USER).stream().filter(u -> account.equals(u.getName())).findFirst();
            if (user.isPresent()) {
                return user.get();
            }
        }
        ElementKind kind = switch (resource) {
            case PhaseStatistics.CPU -> ElementKind.PROCESSOR;
            case PhaseStatistics.MEMORY -> ElementKind.MEMORY;
            case PhaseStatistics.PROCESSES -> ElementKind.OPERATING_SYSTEM;
            default -> ElementKind.ENDPOINT;
        };
        return twin.elementsOfKind(kind).stream().findFirst()
                .orElseGet(() -> twin.elementsOfKind(ElementKind.ENDPOINT).stream().findFirst().orElse(null));
    }
}
