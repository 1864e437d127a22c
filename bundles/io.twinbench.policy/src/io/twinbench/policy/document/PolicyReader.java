package io.twinbench.policy.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.serialization.NodeReader;
import com.networknt.schema.serialization.node.TokenStreamLocationAware;

import io.twinbench.policy.document.PolicyDocument.Named;
import io.twinbench.policy.document.PolicyFormatException.Problem;
import io.twinbench.remedy.plan.PlanFormatException;
import io.twinbench.remedy.plan.PlanReader;

/**
 * Reads a policy document from YAML or JSON and checks it against the policy schema
 * ({@code policy.schema.json}, JSON Schema 2020-12) with networknt's validator, which keeps each
 * node's line, so every problem names file, line and field. A rule's fix is checked as the
 * actions of a remediation plan. The CEL in it is compiled afterwards (see CompiledPolicy).
 */
public final class PolicyReader {

    /** A policy is an analyst's file, not a data dump: anything larger is refused before it is parsed. */
    public static final int MAX_BYTES = 1 << 20;
    static final int MAX_PROBLEMS = 20;

    private static final Schema SCHEMA = loadSchema();
    private static final NodeReader NODES = NodeReader.builder().locationAware().build();

    public PolicyDocument read(Path file) throws IOException, PolicyFormatException {
        if (Files.size(file) > MAX_BYTES) {
            throw new PolicyFormatException(List.of(new Problem(file.toString(), 0, "", "larger than " + (MAX_BYTES >> 10) + " KiB")));
        }
        return read(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    public PolicyDocument read(String file, String text) throws PolicyFormatException {
        if (text.length() > MAX_BYTES) {
            throw new PolicyFormatException(List.of(new Problem(file, 0, "", "larger than " + (MAX_BYTES >> 10) + " KiB")));
        }
        if (text.isBlank()) {
            throw new PolicyFormatException(List.of(new Problem(file, 0, "", "is empty")));
        }
        JsonNode root;
        try {
            root = NODES.readTree(text, file.toLowerCase(Locale.ROOT).endsWith(".json") ? InputFormat.JSON : InputFormat.YAML);
        } catch (IOException | RuntimeException e) {
            // the YAML parser's error may come wrapped; its location is in the Jackson exception
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof JsonProcessingException parse) {
                    JsonLocation where = parse.getLocation();
                    throw new PolicyFormatException(List.of(new Problem(file, where == null ? 0 : where.getLineNr(), "", parse.getOriginalMessage())));
                }
            }
            throw new PolicyFormatException(List.of(new Problem(file, 0, "", "cannot be parsed: " + e.getMessage())));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new PolicyFormatException(List.of(new Problem(file, 0, "", "is empty")));
        }
        List<Problem> problems = new ArrayList<>();
        for (com.networknt.schema.Error error : SCHEMA.validate(root)) {
            if (problems.size() == MAX_PROBLEMS) {
                break;
            }
            problems.add(problem(file, error));
        }
        if (!problems.isEmpty()) {
            throw new PolicyFormatException(problems);
        }
        return document(file, root, text);
    }

    private static Problem problem(String file, com.networknt.schema.Error error) {
        JsonNode node = error.getInstanceNode();
        String field = field(error.getInstanceLocation().toString());
        String property = error.getProperty();
        // an unknown or missing field: point at it, not at the object that holds it
        if (property != null && node != null && node.has(property)) {
            node = node.get(property);
            field = field.isEmpty() ? property : field + "." + property;
        }
        String message = error.getMessage();
        if ("additionalProperties".equals(error.getKeyword()) && property != null) {
            message = "unknown field '" + property + "'";
        } else if ("required".equals(error.getKeyword()) && property != null) {
            message = "'" + property + "' is required";
        }
        return new Problem(file, line(node), field, message);
    }

    /** /spec/rules/2/expression as spec.rules[2].expression. */
    static String field(String pointer) {
        StringBuilder field = new StringBuilder();
        for (String part : pointer.replaceFirst("^[$/]+", "").split("[/.]")) {
            if (part.isEmpty() || part.equals("$")) {
                continue;
            }
            if (part.chars().allMatch(Character::isDigit)) {
                field.append('[').append(part).append(']');
            } else {
                field.append(field.length() == 0 ? "" : ".").append(part);
            }
        }
        return field.toString();
    }

    static int line(JsonNode node) {
        if (node instanceof TokenStreamLocationAware located && located.tokenStreamLocation() != null) {
            return located.tokenStreamLocation().getLineNr();
        }
        return 0;
    }

    private static PolicyDocument document(String file, JsonNode root, String text) throws PolicyFormatException {
        JsonNode metadata = root.get("metadata");
        JsonNode spec = root.get("spec");
        if (PolicyDocument.TWIN_MANAGEMENT.equals(root.get("kind").asText())) {
            Map<String, PolicyDocument.Setting> settings = new java.util.TreeMap<>();
            settings(spec, "", settings);
            CollectionSettings.check(file, settings);
            return new PolicyDocument(file, PolicyDocument.TWIN_MANAGEMENT, metadata.get("name").asText(), text(metadata, "description"),
                    List.of(), List.of(), List.of(), settings, List.of(), text);
        }
        if (PolicyDocument.ORCHESTRATION.equals(root.get("kind").asText())) {
            return orchestration(file, root, text);
        }
        RuleSpec.Action defaultAction = action(spec.get("action"), RuleSpec.Action.DENY);
        List<Named> conditions = named(spec.get("matchConditions"), "spec.matchConditions");
        List<Named> variables = named(spec.get("variables"), "spec.variables");
        List<RuleSpec> rules = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        JsonNode ruleNodes = spec.get("rules");
        for (int i = 0; i < ruleNodes.size(); i++) {
            JsonNode r = ruleNodes.get(i);
            String at = "spec.rules[" + i + "]";
            List<Object> fix = fix(file, r.get("fix"), at + ".fix", problems);
            rules.add(new RuleSpec(r.get("name").asText(), text(r, "description"), expression(r, "forEach", at), expression(r, "expression", at),
                    text(r, "message"), expression(r, "messageExpression", at), action(r.get("action"), defaultAction),
                    r.has("remedy") ? RuleSpec.Remedy.valueOf(r.get("remedy").asText().toUpperCase(Locale.ROOT)) : RuleSpec.Remedy.REPORT, fix,
                    line(r)));
        }
        duplicates(file, rules.stream().map(RuleSpec::name).toList(), ruleNodes, "spec.rules", problems);
        duplicates(file, variables.stream().map(Named::name).toList(), spec.get("variables"), "spec.variables", problems);
        if (!problems.isEmpty()) {
            throw new PolicyFormatException(problems);
        }
        return new PolicyDocument(file, root.get("kind").asText(), metadata.get("name").asText(), text(metadata, "description"), conditions,
                variables, rules, Map.of(), List.of(), text);
    }

    private static PolicyDocument orchestration(String file, JsonNode root, String text) throws PolicyFormatException {
        List<GroupSpec> groups = new ArrayList<>();
        JsonNode nodes = root.get("spec").get("groups");
        for (JsonNode g : nodes) {
            List<GroupSpec.KeepServing> keep = new ArrayList<>();
            if (g.has("keepServing")) {
                g.get("keepServing").forEach(k -> keep.add(new GroupSpec.KeepServing(k.get("service").asText(), k.get("atLeast").asInt())));
            }
            groups.add(new GroupSpec(g.get("name").asText(), selector(g.get("selector")), g.has("maxChanging") ? g.get("maxChanging").asInt() : 0, keep,
                    line(g)));
        }
        List<Problem> problems = new ArrayList<>();
        duplicates(file, groups.stream().map(GroupSpec::name).toList(), nodes, "spec.groups", problems);
        if (!problems.isEmpty()) {
            throw new PolicyFormatException(problems);
        }
        JsonNode metadata = root.get("metadata");
        return new PolicyDocument(file, PolicyDocument.ORCHESTRATION, metadata.get("name").asText(), text(metadata, "description"), List.of(),
                List.of(), List.of(), Map.of(), groups, text);
    }

    private static LabelSelector selector(JsonNode node) {
        Map<String, String> labels = new java.util.TreeMap<>();
        if (node.has("matchLabels")) {
            node.get("matchLabels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        }
        List<LabelSelector.Requirement> expressions = new ArrayList<>();
        if (node.has("matchExpressions")) {
            for (JsonNode r : node.get("matchExpressions")) {
                List<String> values = new ArrayList<>();
                if (r.has("values")) {
                    r.get("values").forEach(v -> values.add(v.asText()));
                }
                expressions.add(new LabelSelector.Requirement(r.get("key").asText(), r.get("operator").asText(), values));
            }
        }
        return new LabelSelector(labels, expressions);
    }

    /** The leaves of a twin management spec by their path; the schema has said what may be there. */
    private static void settings(JsonNode node, String path, Map<String, PolicyDocument.Setting> into) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            if (field.getValue().isObject()) {
                settings(field.getValue(), at, into);
            } else {
                // a list (paths, patterns) is kept as its JSON text, a single value as its text
                String value = field.getValue().isArray() ? field.getValue().toString() : field.getValue().asText();
                into.put(at, new PolicyDocument.Setting(value, line(field.getValue()), "spec." + at));
            }
        }
    }

    private static void duplicates(String file, List<String> names, JsonNode nodes, String field, List<Problem> problems) {
        for (int i = 0; i < names.size(); i++) {
            if (names.indexOf(names.get(i)) < i) {
                problems.add(new Problem(file, line(nodes.get(i)), field + "[" + i + "].name", "'" + names.get(i) + "' is named twice"));
            }
        }
    }

    /** A fix is checked as a plan's actions now, so a policy never promises a plan that cannot be read. */
    private static List<Object> fix(String file, JsonNode node, String field, List<Problem> problems) {
        if (node == null) {
            return List.of();
        }
        List<Object> actions = new ArrayList<>();
        for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
            actions.add(new ObjectMapper().convertValue(it.next(), Object.class));
        }
        try {
            new PlanReader().readParsed(file, Map.of("id", "policy-fix", "title", "policy fix", "targets", Map.of("selector", "*"), "actions", actions));
        } catch (PlanFormatException e) {
            String inPlan = e.field() == null ? "" : e.field().replaceFirst("^actions", "");
            problems.add(new Problem(file, line(at(node, inPlan)), field + inPlan, e.problem()));
        }
        return actions;
    }

    /** The node a plan reader's field path ([2].set.Key) names inside a fix, as far as it exists. */
    private static JsonNode at(JsonNode fix, String path) {
        JsonNode node = fix;
        for (String part : path.split("[.\\[\\]]+")) {
            if (part.isEmpty()) {
                continue;
            }
            JsonNode next = part.chars().allMatch(Character::isDigit) && node.isArray() ? node.get(Integer.parseInt(part)) : node.get(part);
            if (next == null) {
                break;
            }
            node = next;
        }
        return node;
    }

    private static List<Named> named(JsonNode nodes, String field) {
        List<Named> named = new ArrayList<>();
        if (nodes != null) {
            for (int i = 0; i < nodes.size(); i++) {
                JsonNode n = nodes.get(i);
                named.add(new Named(n.get("name").asText(), expression(n, "expression", field + "[" + i + "]")));
            }
        }
        return named;
    }

    private static Expression expression(JsonNode holder, String key, String at) {
        JsonNode node = holder.get(key);
        return node == null ? null : new Expression(node.asText(), line(node), at + "." + key);
    }

    private static String text(JsonNode holder, String key) {
        JsonNode node = holder.get(key);
        return node == null ? "" : node.asText();
    }

    private static RuleSpec.Action action(JsonNode node, RuleSpec.Action otherwise) {
        return node == null ? otherwise : RuleSpec.Action.valueOf(node.asText().toUpperCase(Locale.ROOT));
    }

    private static Schema loadSchema() {
        try (InputStream in = PolicyReader.class.getResourceAsStream("policy.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("policy.schema.json is missing from the policy bundle");
            }
            String schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema, InputFormat.JSON);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the policy schema", e);
        }
    }
}
