package io.twinbench.change;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import io.twinbench.model.twin.Recommendation;
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
        List<Map<String, Object>> actions = new ArrayList<>();
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
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("id", ("sim-" + endpointId).replaceAll("[^A-Za-z0-9._-]", "-") + "-" + STAMP.format(at.toInstant()));
        plan.put("title", "What simulation '" + scenario + "' on " + endpointId + "'s twin recommended");
        plan.put("reason", "Checked on the twin: scenario '" + scenario + "' run again with each change relieved what it found."
                + (leftOut.isEmpty() ? "" : " Left out: " + String.join("; ", leftOut) + "."));
        plan.put("targets", Map.of("endpoints", List.of(endpointId)));
        plan.put("confirmTimeout", "5m");
        plan.put("actions", actions);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setSplitLines(false); // a why stays on its line, as the analyst edits it
        options.setAllowUnicode(true);
        String text = "# Made from the recommendations of a simulation; read it, add checks, try it on a twin, then approve it.\n"
                + new Yaml(options).dump(plan);
        return Optional.of(new Draft(text, scenario, actions.size(), leftOut));
    }

    private static List<Map<String, Object>> actions(Recommender.EndpointChange change, String why) {
        return switch (change.kind()) {
            case LOCK_ACCOUNT -> List.of(ordered("account", change.subject(), "do", "lock", "why", why));
            case DISABLE_SERVICE -> List.of(ordered("service", change.subject(), "do", "stop", "why", why),
                    ordered("service", change.subject(), "do", "disable", "why", why));
            case LIMIT_PROCESSES -> List.of(ordered("limit", "nproc", "for", change.subject(), "type", "hard", "value", Long.toString(change.value()),
                    "why", why));
        };
    }

    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
