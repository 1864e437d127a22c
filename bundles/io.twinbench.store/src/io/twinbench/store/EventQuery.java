package io.twinbench.store;

import java.util.Set;

/**
 * Which events to read: one twin's, with from ≤ time < to (epoch ms), of the given kinds (all
 * when empty), at least as serious as one of minSeverities (all when empty), whose message or
 * source contains text (ignoring case; any when blank), newest first, at most limit.
 */
public record EventQuery(String twinId, long from, long to, Set<String> kinds, Set<String> severities, String text, int limit) {

    public EventQuery {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        severities = severities == null ? Set.of() : Set.copyOf(severities);
        text = text == null ? "" : text.strip();
    }

    public static EventQuery all(String twinId, int limit) {
        return new EventQuery(twinId, 0, Long.MAX_VALUE, Set.of(), Set.of(), "", limit);
    }
}
