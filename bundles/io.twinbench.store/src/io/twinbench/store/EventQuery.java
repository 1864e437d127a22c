package io.twinbench.store;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which events to read: one twin's, with from ≤ time < to (epoch ms), of the given kinds (all
 * when empty), at least as serious as one of minSeverities (all when empty), whose message or
 * source contains text (ignoring case; any when blank), and whose fields equal every one of
 * fields (an analyst's pivots: {@code source}, {@code element} or any attribute name), newest
 * first, at most limit.
 */
public record EventQuery(String twinId, long from, long to, Set<String> kinds, Set<String> severities, String text,
        Map<String, String> fields, int limit) {

    /** The fields that are columns of every event; any other name is an attribute. */
    public static final Set<String> COLUMNS = Set.of("kind", "severity", "source", "element");

    public EventQuery {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        severities = severities == null ? Set.of() : Set.copyOf(severities);
        text = text == null ? "" : text.strip();
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(fields));
    }

    public EventQuery(String twinId, long from, long to, Set<String> kinds, Set<String> severities, String text, int limit) {
        this(twinId, from, to, kinds, severities, text, Map.of(), limit);
    }

    public static EventQuery all(String twinId, int limit) {
        return new EventQuery(twinId, 0, Long.MAX_VALUE, Set.of(), Set.of(), "", limit);
    }

    /** The same question over another time range. */
    public EventQuery between(long newFrom, long newTo) {
        return new EventQuery(twinId, newFrom, newTo, kinds, severities, text, fields, limit);
    }
}
