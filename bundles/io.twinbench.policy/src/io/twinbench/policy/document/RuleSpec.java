package io.twinbench.policy.document;

import java.util.List;

/**
 * One rule of a policy (a validation, in Kubernetes' words). forEach, when given, is a list the
 * rule checks item by item (as {@code item}); the items that fail are the rule's offending
 * elements. fix: the plan actions (remediation plan format) that make the rule hold, parsed as
 * JSON values; empty without one.
 */
public record RuleSpec(String name, String description, Expression forEach, Expression expression, String message,
        Expression messageExpression, Action action, Remedy remedy, List<Object> fix, int line) {

    public enum Action { DENY, WARN, AUDIT }

    /** report: a failure is shown; plan: it also produces a plan that waits for approval. */
    public enum Remedy { REPORT, PLAN }

    public RuleSpec {
        fix = List.copyOf(fix);
    }
}
