package io.twinbench.policy.document;

import java.util.List;
import java.util.Map;

/**
 * A policy as read and checked against its schema (its CEL is compiled separately, by
 * {@code CompiledPolicy}). A security baseline has rules; a twin management policy has settings,
 * by their path in the document (retention.snapshots.daily); an orchestration policy has groups
 * of endpoints chosen by label and what must hold while they change. text: the document as written,
 * which is what the store versions.
 */
public record PolicyDocument(String file, String kind, String name, String description, List<Named> matchConditions,
        List<Named> variables, List<RuleSpec> rules, Map<String, Setting> settings, List<GroupSpec> groups, String text) {

    public static final String SECURITY_BASELINE = "SecurityBaseline";
    public static final String TWIN_MANAGEMENT = "TwinManagement";
    public static final String ORCHESTRATION = "Orchestration";

    /** A value a twin management policy sets (retention.raw: 3d; a list as its JSON text), with where it is written. */
    public record Setting(String value, int line, String field) {
    }

    /** A match condition or variable: a name and its expression. */
    public record Named(String name, Expression expression) {
    }

    public PolicyDocument {
        matchConditions = List.copyOf(matchConditions);
        variables = List.copyOf(variables);
        rules = List.copyOf(rules);
        groups = List.copyOf(groups);
        settings = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(settings));
    }
}
