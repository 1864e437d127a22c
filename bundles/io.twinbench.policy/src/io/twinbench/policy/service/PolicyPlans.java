package io.twinbench.policy.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import io.twinbench.policy.document.RuleSpec;
import io.twinbench.policy.eval.CompiledPolicy;
import io.twinbench.policy.eval.CompiledRule;
import io.twinbench.policy.eval.RuleVerdict;

/**
 * The remediation plans a policy's failing rules call for: one per rule whose remedy is a plan,
 * its fix as the actions, the twins it fails on as the targets. They go into the workspace's plan
 * library as drafts, so nothing reaches an endpoint before it is tried on twins, approved and
 * signed like any plan.
 */
public final class PolicyPlans {

    /** A plan to add to the library: its id, title and document (YAML, the plan format). */
    public record Draft(String planId, String title, String document, List<String> targets) {
    }

    /** The id of the plan a rule of a policy drafts. */
    public static String planId(String policy, String rule) {
        String id = "policy-" + policy + "-" + rule;
        return id.length() > 100 ? id.substring(0, 100) : id;
    }

    public List<Draft> of(CompiledPolicy policy, long version, List<RuleVerdict> verdicts) {
        List<Draft> drafts = new ArrayList<>();
        for (CompiledRule rule : policy.rules()) {
            RuleSpec spec = rule.spec();
            if (spec.remedy() != RuleSpec.Remedy.PLAN || spec.fix().isEmpty()) {
                continue;
            }
            List<RuleVerdict> failing = verdicts.stream().filter(v -> v.policy().equals(policy.name()) && v.rule().equals(spec.name())
                    && v.status() == RuleVerdict.Status.FAILS).toList();
            if (failing.isEmpty()) {
                continue;
            }
            List<String> targets = List.copyOf(new TreeSet<>(failing.stream().map(RuleVerdict::twinId).toList()));
            String id = planId(policy.name(), spec.name());
            String title = "Make " + spec.name() + " of policy " + policy.name() + " hold";
            drafts.add(draft(id, title, "policy " + policy.name() + " version " + version + ", rule " + spec.name() + ": " + failing.get(0).message(),
                    targets, spec.fix()));
        }
        return drafts;
    }

    /**
     * One plan with the fixes of every rule of the policy whose remedy is a plan and that fails
     * on some twin, in the rules' order (an action two rules share once, at its last place), for
     * the given targets: a version of the policy as a
     * single change, which an A/B rollout can compare with another version's. Empty when the
     * version calls for no plan.
     */
    public java.util.Optional<Draft> combined(CompiledPolicy policy, String planId, String versionText, List<RuleVerdict> verdicts,
            List<String> targets) {
        List<Object> actions = new ArrayList<>();
        List<String> rules = new ArrayList<>();
        for (CompiledRule rule : policy.rules()) {
            RuleSpec spec = rule.spec();
            boolean fails = verdicts.stream().anyMatch(v -> v.policy().equals(policy.name()) && v.rule().equals(spec.name())
                    && v.status() == RuleVerdict.Status.FAILS);
            if (spec.remedy() == RuleSpec.Remedy.PLAN && !spec.fix().isEmpty() && fails) {
                for (Object action : spec.fix()) {
                    // one restart after both rules' edits, not one between them
                    actions.remove(action);
                    actions.add(action);
                }
                rules.add(spec.name());
            }
        }
        if (actions.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(draft(planId, "Make policy " + policy.name() + " " + versionText + " hold",
                "policy " + policy.name() + " " + versionText + " as one change: rules " + String.join(", ", rules), targets, actions));
    }

    private static Draft draft(String id, String title, String reason, List<String> targets, List<Object> actions) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("id", id);
        plan.put("title", title);
        plan.put("reason", reason);
        plan.put("targets", Map.of("endpoints", targets));
        plan.put("actions", actions);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        return new Draft(id, title, new Yaml(options).dump(plan), targets);
    }
}
