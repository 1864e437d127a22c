package io.twinbench.remedy.plan;

import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads typed fields out of a YAML (or JSON) node tree, keeping each value's line so a problem
 * names the file, the line and the field. Documents are bounded: no aliases, no duplicate keys,
 * at most {@link #MAX_CODE_POINTS} characters. Plans and rollout specs are read with it.
 */
public final class YamlFields {

    static final int MAX_CODE_POINTS = 8 << 20;
    /** Where a node of a parsed tree starts: nowhere in a text (its problems name the field, line 0 says no line). */
    private static final Mark PARSED = new Mark("parsed", 0, -1, 0, new int[0], 0);
    private final String file;

    public YamlFields(String file) {
        this.file = file;
    }

    public Node compose(String text) throws PlanFormatException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setCodePointLimit(MAX_CODE_POINTS);
        try (StringReader reader = new StringReader(text)) {
            Node root = new Yaml(options).compose(reader);
            if (root == null) {
                throw fail(null, null, "empty");
            }
            return root;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            throw new PlanFormatException(file, line, null, "not valid YAML or JSON: " + e.getProblem());
        } catch (YAMLException e) {
            throw new PlanFormatException(file, 0, null, "not valid YAML or JSON: " + e.getMessage());
        }
    }

    /** The node tree of a value parsed as JSON, as composing its text would give it (every scalar as its text). */
    public Node tree(Object json, String field) throws PlanFormatException {
        if (json instanceof Map<?, ?> map) {
            List<NodeTuple> tuples = new java.util.ArrayList<>(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                tuples.add(new NodeTuple(scalar(key), tree(entry.getValue(), field.isEmpty() ? key : field + "." + key)));
            }
            return new MappingNode(Tag.MAP, tuples, DumperOptions.FlowStyle.FLOW);
        }
        if (json instanceof List<?> list) {
            List<Node> items = new java.util.ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                items.add(tree(list.get(i), field + "[" + i + "]"));
            }
            return new SequenceNode(Tag.SEQ, items, DumperOptions.FlowStyle.FLOW);
        }
        if (json == null || json instanceof String || json instanceof Number || json instanceof Boolean) {
            return scalar(String.valueOf(json));
        }
        throw fail(null, field, "not a JSON value");
    }

    private ScalarNode scalar(String value) {
        return new ScalarNode(Tag.STR, value, PARSED, PARSED, DumperOptions.ScalarStyle.PLAIN);
    }

    public PlanFormatException fail(Node node, String field, String problem) {
        return new PlanFormatException(file, node != null && node.getStartMark() != null ? node.getStartMark().getLine() + 1 : 0, field, problem);
    }

    public Map<String, Node> mapping(Node node, String field, Set<String> allowed) throws PlanFormatException {
        if (!(node instanceof MappingNode mapping)) {
            throw fail(node, field, "a mapping of keys to values is needed here");
        }
        Map<String, Node> keys = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
            String path = field == null || field.isEmpty() ? String.valueOf(key) : field + "." + key;
            if (key == null || allowed != null && !allowed.contains(key)) {
                throw fail(tuple.getKeyNode(), path, "unknown key" + (allowed != null ? "; expected one of " + String.join(", ", new java.util.TreeSet<>(allowed)) : ""));
            }
            keys.put(key, tuple.getValueNode());
        }
        return keys;
    }

    public List<Node> sequence(Node node, String field) throws PlanFormatException {
        if (!(node instanceof SequenceNode sequence)) {
            throw fail(node, field, "a list is needed here");
        }
        return sequence.getValue();
    }

    public String text(Node node, String field) throws PlanFormatException {
        if (!(node instanceof ScalarNode scalar)) {
            throw fail(node, field, "a single value is needed here");
        }
        return scalar.getValue();
    }

    public String required(Map<String, Node> keys, String key, String path, String what) throws PlanFormatException {
        Node node = keys.get(key);
        if (node == null) {
            throw fail(keys.isEmpty() ? null : keys.values().iterator().next(), path + key, what + " is needed");
        }
        String value = text(node, path + key);
        if (value.isBlank()) {
            throw fail(node, path + key, what + " is empty");
        }
        return value;
    }

    public String optional(Map<String, Node> keys, String key, String path) throws PlanFormatException {
        Node node = keys.get(key);
        return node == null ? null : text(node, path + key);
    }

    public long number(Node node, String field, long min, long max) throws PlanFormatException {
        String value = text(node, field);
        try {
            long n = Long.parseLong(value.trim());
            if (n < min || n > max) {
                throw fail(node, field, value + " is outside " + min + "…" + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw fail(node, field, "'" + value + "' is not a whole number");
        }
    }

    public double decimal(Node node, String field) throws PlanFormatException {
        String value = text(node, field);
        try {
            double d = Double.parseDouble(value.trim());
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw fail(node, field, "'" + value + "' is not a number");
        }
    }

    public java.time.Duration duration(Node node, String field) throws PlanFormatException {
        String value = text(node, field).trim();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)\\s*(ms|s|m|min|h)?").matcher(value);
        if (!m.matches()) {
            throw fail(node, field, "'" + value + "' is not a duration (500ms, 30s, 5m, 1h)");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> java.time.Duration.ofMillis(n);
            case "m", "min" -> java.time.Duration.ofMinutes(n);
            case "h" -> java.time.Duration.ofHours(n);
            default -> java.time.Duration.ofSeconds(n);
        };
    }

    public static String readAll(java.nio.file.Path path) throws IOException {
        return java.nio.file.Files.readString(path, java.nio.charset.StandardCharsets.UTF_8);
    }
}
