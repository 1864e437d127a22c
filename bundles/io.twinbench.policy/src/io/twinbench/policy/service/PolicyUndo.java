package io.twinbench.policy.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.yaml.snakeyaml.Yaml;

import io.twinbench.policy.document.PolicyDocument;
import io.twinbench.policy.document.RuleSpec;
import io.twinbench.store.PlanDeliveries;
import io.twinbench.store.PlanLibrary;
import io.twinbench.store.TwinStore;

/**
 * What a policy changed on endpoints, undone: the plans its rules drafted that endpoints applied
 * and confirmed, when the version put back in force no longer calls for them (the rule is gone,
 * or its fix is another). Each is ordered back like any plan (the agent restores what the plan
 * changed and reports it); a plan the kept version still calls for stays applied.
 */
final class PolicyUndo {

    private PolicyUndo() {
    }

    /** keep: the version back in force, or null when the policy is withdrawn and all it changed is undone. */
    static List<PolicyWorkspace.Undone> undo(TwinStore store, String policy, PolicyDocument keep, String reason) {
        List<PolicyWorkspace.Undone> ordered = new ArrayList<>();
        for (PlanLibrary.Draft draft : store.library().drafts()) {
            if (draft.source() == null || !draft.source().startsWith("policy " + policy + " v") || stillCalledFor(keep, draft)) {
                continue;
            }
            for (PlanDeliveries.Delivery d : store.plans().ofPlan(draft.planId())) {
                if ("confirmed".equals(d.state()) && d.rollbackReason() == null
                        && store.plans().orderRollback(d.agentId(), d.planId(), d.version(), reason)) {
                    ordered.add(new PolicyWorkspace.Undone(d.agentId(), d.planId(), d.version()));
                }
            }
        }
        return ordered;
    }

    /** Whether the kept version has a rule that drafts this very plan: same id, remedy plan, same fix. */
    private static boolean stillCalledFor(PolicyDocument keep, PlanLibrary.Draft draft) {
        if (keep == null) {
            return false;
        }
        for (RuleSpec rule : keep.rules()) {
            if (PolicyPlans.planId(keep.name(), rule.name()).equals(draft.planId())) {
                return rule.remedy() == RuleSpec.Remedy.PLAN && Objects.equals(rule.fix(), actions(draft.document()));
            }
        }
        return false;
    }

    private static Object actions(String planYaml) {
        Object plan = new Yaml().load(planYaml); // the library's own draft, written by PolicyPlans
        return plan instanceof Map<?, ?> map ? map.get("actions") : null;
    }
}
