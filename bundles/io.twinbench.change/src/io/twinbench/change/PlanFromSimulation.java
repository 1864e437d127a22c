package io.twinbench.change;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import io.twinbench.model.twin.Recommendation;
import io.twinbench.remedy.plan.Action;
import io.twinbench.remedy.plan.Plan;
import io.twinbench.remedy.plan.PlanDocument;
import io.twinbench.remedy.plan.Targets;
import io.twinbench.model.twin.Twin;
import io.twinbench.sim.simulate.Recommender;

/**
 * A draft plan from the recommendations a simulation checked on a twin: one action (or a stop and
 * a disable) per recommendation an endpoint can carry out, each with the figures that justified
 * it as its {@code why}. Recommendations the twin did not confirm, and those no endpoint can act
 * on (more cores, more memory), stay out and are named in the plan's reason. The result is YAML
 * for the analyst to read and edit before it is tried and approved like any plan.
 */
public final class PlanFromSimulation {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ZoneOffset.UTC);

    /** The draft's text, the scenario it came from and how many recommendations it acts on. */
    public record Draft(String text, String scenario, int actions, List<String> leftOut) {
    }

    private PlanFromSimulation() {
    }

    /** From the newest scenario whose recommendations the twin holds; empty when it holds none an endpoint can act on. */
    public static Optional<Draft> of(Twin twin, String endpointId) {
        List<Recommendation> all = twin.getFindings().stream().filter(Recommendation.class::isInstance).map(Recommendation.class::cast)
                .filter(r -> r.getScenario() != null && r.getDetectedAt() != null).toList();
        Optional<Recommendation> newest = all.stream().max(Comparator.comparing(Recommendation::getDetectedAt));
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        String scenario = newest.get().getScenario();
        java.util.Date at = newest.get().getDetectedAt();
        List<Recommendation> run = all.stream().filter(r -> r.getScenario().equals(scenario) && r.getDetectedAt().equals(at)).toList();
        List<Action> actions = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (Recommendation r : run) {
            Optional<Recommender.EndpointChange> change = Recommender.endpointChange(r.getResource(), r.getChange());
            String figures = r.getChange() + ": " + r.getBefore() + " → " + r.getAfter() + " (scenario '" + scenario + "', phase figures from the twin)";
            if (!r.isVerified()) {
                leftOut.add(r.getChange() + " (not confirmed on the twin: " + r.getAfter() + ")");
            } else if (change.isEmpty()) {
                leftOut.add(r.getChange() + " (no change an endpoint makes itself)");
            } else {
                actions.addAll(actions(change.get(), figures));
            }
        }
        if (actions.isEmpty()) {
            return Optional.empty();
        }
        String reason = "Checked on the twin: scenario '" + scenario + "' run again with each change relieved what it found."
                + (leftOut.isEmpty() ? "" : " Left out: " + String.join("; ", leftOut) + ".");
        Plan plan = new Plan(("sim-" + endpointId).replaceAll("[^A-Za-z0-9._-]", "-") + "-" + STAMP.format(at.toInstant()),
                "What simulation '" + scenario + "' on " + endpointId + "'s twin recommended", reason, new Targets(List.of(endpointId), null), actions,
                List.of(), Plan.DEFAULT_CONFIRM_TIMEOUT, List.of(), 0, null);
        // the schema as the one plan writer puts it; a draft has no version yet
        Map<String, Object> document = PlanDocument.tree(plan);
        document.remove("version");
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setSplitLines(false); // a why stays on its line, as the analyst edits it
        options.setAllowUnicode(true);
        options.setDereferenceAliases(true); // the reader refuses aliases; shared values (the empty lists) are written out each time
        String text = "# Made from the recommendations of a simulation; read it, add checks, try it on a twin, then approve it.\n"
                + new Yaml(options).dump(document);
        return Optional.of(new Draft(text, scenario, actions.size(), leftOut));
    }

    private static List<Action> actions(Recommender.EndpointChange change, String why) {
        return switch (change.kind()) {
            case LOCK_ACCOUNT -> List.of(new Action.Account(change.subject(), true, why));
            case DISABLE_SERVICE -> List.of(new Action.Service(change.subject(), Action.ServiceOperation.STOP, why),
                    new Action.Service(change.subject(), Action.ServiceOperation.DISABLE, why));
            case LIMIT_PROCESSES -> List.of(new Action.Limit(change.subject(), "hard", "nproc", Long.toString(change.value()), why));
        };
    }
}
