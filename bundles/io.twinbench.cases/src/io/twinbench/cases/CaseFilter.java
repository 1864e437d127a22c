package io.twinbench.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the timeline shows: a time range and, optionally, only some sources, endpoints, sides,
 * kinds, severities, a process (name or pid), a system call and a text. Empty sets and blank
 * strings mean "all".
 */
public record CaseFilter(long from, long to, Set<String> sources, Set<String> endpoints, Set<String> sides, Set<String> kinds,
        Set<String> severities, String process, String syscall, String text) {

    public CaseFilter {
        if (to < from) {
            throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
        }
        sources = Set.copyOf(sources);
        endpoints = Set.copyOf(endpoints);
        sides = Set.copyOf(sides);
        kinds = Set.copyOf(kinds);
        severities = Set.copyOf(severities);
        process = process == null ? "" : process.strip();
        syscall = syscall == null ? "" : syscall.strip();
        text = text == null ? "" : text.strip();
    }

    public static CaseFilter range(long from, long to) {
        return new CaseFilter(from, to, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), "", "", "");
    }

    public CaseFilter between(long newFrom, long newTo) {
        return new CaseFilter(newFrom, newTo, sources, endpoints, sides, kinds, severities, process, syscall, text);
    }

    public CaseFilter withText(String newText) {
        return new CaseFilter(from, to, sources, endpoints, sides, kinds, severities, process, syscall, newText);
    }

    /** True when only the range and lanes are chosen, so counts can come from the precomputed density. */
    boolean lanesOnly() {
        return kinds.isEmpty() && severities.isEmpty() && process.isEmpty() && syscall.isEmpty() && text.isEmpty();
    }

    /** The range and the lanes (source, endpoint, side): what the density pyramid can answer. */
    String laneWhere(List<Object> params) {
        List<String> terms = new ArrayList<>();
        terms.add("micros >= ? AND micros < ?");
        params.add(from);
        params.add(to);
        in(terms, params, "source", sources);
        in(terms, params, "endpoint", endpoints);
        in(terms, params, "side", sides);
        return String.join(" AND ", terms);
    }

    /**
     * Everything else: kinds, severities, process, system call and text (TRUE when none). A
     * lower-case text is looked for in the index's lower-cased copy of the messages when it has
     * one ({@code folded}): a plain substring search there takes half the time ILIKE does.
     */
    String termWhere(List<Object> params, boolean folded) {
        List<String> terms = new ArrayList<>();
        in(terms, params, "kind", kinds);
        in(terms, params, "severity", severities);
        if (!process.isEmpty()) {
            if (process.chars().allMatch(Character::isDigit) && process.length() < 10) {
                terms.add("pid = ?");
                params.add(Integer.parseInt(process));
            } else {
                terms.add("contains(lower(process), ?)");
                params.add(process.toLowerCase(Locale.ROOT));
            }
        }
        if (!syscall.isEmpty()) {
            terms.add("source = 'syscall' AND kind = ?");
            params.add(syscall);
        }
        if (!text.isEmpty()) {
            // as ripgrep's smart case: a text with a capital letter is matched as written (half the time), else in any case
            if (text.chars().anyMatch(Character::isUpperCase)) {
                terms.add("contains(message, ?)");
                params.add(text);
            } else if (folded) {
                terms.add("contains(folded, ?)");
                params.add(text);
            } else {
                terms.add("message ILIKE ? ESCAPE '\\'");
                params.add("%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        return terms.isEmpty() ? "TRUE" : String.join(" AND ", terms);
    }

    private static void in(List<String> terms, List<Object> params, String column, Set<String> values) {
        if (values.isEmpty()) {
            return;
        }
        terms.add(column + " IN (" + String.join(", ", java.util.Collections.nCopies(values.size(), "?")) + ")");
        params.addAll(values.stream().sorted().toList());
    }
}
