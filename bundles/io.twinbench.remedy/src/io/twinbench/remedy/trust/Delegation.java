package io.twinbench.remedy.trust;

import java.util.List;

import io.twinbench.remedy.plan.ActionKinds;
import io.twinbench.remedy.plan.Plan;

/**
 * A pre-approval the root of trust records: a key (the orchestration loop's) that may sign, by
 * itself, plans for the named endpoints made only of the named kinds of action. It is no
 * approver: it never counts toward the root's threshold, and a plan naming another endpoint or
 * another kind of action is refused whatever it signs.
 */
public record Delegation(String name, PublicKey key, List<String> endpoints, List<String> actions) {

    public Delegation {
        endpoints = List.copyOf(endpoints);
        actions = List.copyOf(actions);
        if (endpoints.isEmpty() || actions.isEmpty()) {
            throw new IllegalArgumentException("a pre-approval names its endpoints and its kinds of action");
        }
        for (String kind : actions) {
            if (!ActionKinds.ALL.contains(kind)) {
                throw new IllegalArgumentException("'" + kind + "' is not a kind of action; the kinds are " + String.join(", ", ActionKinds.ALL));
            }
        }
    }

    /** Why the plan is outside this pre-approval on that endpoint, or null when it is inside. */
    public String outside(Plan plan, String agentId) {
        if (!endpoints.contains(agentId)) {
            return agentId + " is not among the endpoints pre-approved for " + name;
        }
        List<String> others = plan.targets().endpoints().stream().filter(e -> !endpoints.contains(e)).toList();
        if (!others.isEmpty()) {
            return "plan " + plan.id() + " also names " + String.join(", ", others) + ", not pre-approved for " + name;
        }
        List<String> kinds = plan.actions().stream().map(ActionKinds::of).filter(k -> !actions.contains(k)).distinct().toList();
        if (!kinds.isEmpty()) {
            return "plan " + plan.id() + " has action(s) of kind " + String.join(", ", kinds) + ", not pre-approved for " + name + " (it may "
                    + String.join(", ", actions) + ")";
        }
        return null;
    }
}
