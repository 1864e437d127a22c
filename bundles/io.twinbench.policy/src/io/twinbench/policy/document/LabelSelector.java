package io.twinbench.policy.document;

import java.util.List;
import java.util.Map;

/**
 * Which endpoints a group holds, as Kubernetes chooses by labels: every matchLabels pair present,
 * and every expression true (In, NotIn, Exists, DoesNotExist over a label's value).
 */
public record LabelSelector(Map<String, String> matchLabels, List<Requirement> matchExpressions) {

    /** One expression: key operator (values). */
    public record Requirement(String key, String operator, List<String> values) {
        public Requirement {
            values = List.copyOf(values);
        }

        boolean holds(Map<String, String> labels) {
            String value = labels.get(key);
            return switch (operator) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> false;
            };
        }
    }

    public LabelSelector {
        matchLabels = Map.copyOf(matchLabels);
        matchExpressions = List.copyOf(matchExpressions);
    }

    public boolean matches(Map<String, String> labels) {
        return matchLabels.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())))
                && matchExpressions.stream().allMatch(r -> r.holds(labels));
    }

    /** As kubectl writes a selector: tier=web,env in (prod,staging). */
    @Override
    public String toString() {
        List<String> parts = new java.util.ArrayList<>();
        new java.util.TreeMap<>(matchLabels).forEach((k, v) -> parts.add(k + "=" + v));
        for (Requirement r : matchExpressions) {
            parts.add(switch (r.operator()) {
                case "Exists" -> r.key();
                case "DoesNotExist" -> "!" + r.key();
                case "NotIn" -> r.key() + " notin (" + String.join(",", r.values()) + ")";
                default -> r.key() + " in (" + String.join(",", r.values()) + ")";
            });
        }
        return String.join(",", parts);
    }
}
