package io.twinbench.policy.document;

import java.util.List;

/**
 * A policy as read and checked against its schema (its CEL is compiled separately, by
 * {@code CompiledPolicy}). text: the document as written, which is what the store versions.
 */
public record PolicyDocument(String file, String kind, String name, String description, List<Named> matchConditions,
        List<Named> variables, List<RuleSpec> rules, String text) {

    public static final String SECURITY_BASELINE = "SecurityBaseline";

    /** A match condition or variable: a name and its expression. */
    public record Named(String name, Expression expression) {
    }

    public PolicyDocument {
        matchConditions = List.copyOf(matchConditions);
        variables = List.copyOf(variables);
        rules = List.copyOf(rules);
    }
}
