package io.twinbench.remedy.plan;

import java.util.List;

/**
 * The endpoints a plan is for: agent ids, or a selector the workbench resolves to ids when the
 * plan is approved (a hostname glob such as {@code web-*}). Only ids are signed into the plan
 * an agent receives, so an agent never has to judge a selector.
 */
public record Targets(List<String> endpoints, String selector) {

    public Targets {
        endpoints = List.copyOf(endpoints);
        selector = selector == null ? "" : selector;
    }

    public boolean includes(String agentId) {
        return endpoints.contains(agentId);
    }

    /** Whether a hostname matches the selector ({@code *} for any run of characters). */
    public boolean selects(String hostname) {
        if (selector.isEmpty()) {
            return false;
        }
        String regex = java.util.Arrays.stream(selector.split("\\*", -1)).map(java.util.regex.Pattern::quote)
                .reduce((a, b) -> a + ".*" + b).orElse("");
        return hostname.matches(regex);
    }
}
