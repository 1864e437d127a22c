package io.twinbench.ingest.twin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import io.twinbench.store.TwinChange;

/**
 * A twin's history as an analyst reads it: the first inventory is a baseline, one line saying
 * what the endpoint had, not a thousand additions; changes that carry no meaning (a kernel
 * thread renamed as it takes other work, counters that move every round) are folded into one
 * line per round, kept for whoever unfolds them; everything else is a line of its own.
 */
public final class HistoryDigest {

    /** Attributes that move every round on a healthy endpoint: what they say is telemetry, not a change. */
    private static final Set<String> COUNTERS = Set.of("cpuPercent", "residentBytes", "usableBytes", "freeBytes", "availableBytes");

    /** What a line of the digest is. */
    public enum Kind {
        BASELINE, ADDED, REMOVED, CHANGED, FOLDED
    }

    /** One line: its changes (one, or all those a baseline or fold stands for) and what it says. */
    public record Line(Instant at, Kind kind, String section, String item, String details, String source, List<TwinChange> changes) {
    }

    private HistoryDigest() {
    }

    /**
     * Digests changes, newest first as given. firstInventory is when the twin's first inventory
     * was stored (its additions form the baseline), or null when unknown.
     */
    public static List<Line> of(List<TwinChange> newestFirst, Instant firstInventory) {
        List<Line> lines = new ArrayList<>();
        List<TwinChange> baseline = new ArrayList<>();
        Map<Instant, List<TwinChange>> churnByRound = new TreeMap<>();
        for (TwinChange c : newestFirst) {
            if (c.change() == TwinChange.Kind.ADDED && c.at().equals(firstInventory)) {
                baseline.add(c);
            } else if (c.change() == TwinChange.Kind.CHANGED && isChurn(c)) {
                churnByRound.computeIfAbsent(c.at(), at -> new ArrayList<>()).add(c);
            } else {
                lines.add(line(c));
            }
        }
        churnByRound.forEach((at, changes) -> lines.add(folded(at, changes)));
        if (!baseline.isEmpty()) {
            lines.add(baseline(baseline));
        }
        lines.sort((a, b) -> b.at().compareTo(a.at()) != 0 ? b.at().compareTo(a.at()) : Integer.compare(rank(a), rank(b)));
        return lines;
    }

    /** Every change on a line of its own, as it was stored (for an analyst who unfolds the digest). */
    public static List<Line> unfolded(List<TwinChange> newestFirst) {
        return newestFirst.stream().map(HistoryDigest::line).toList();
    }

    /**
     * A change of no meaning: only counters moved, or a kernel thread (a child of kthreadd, pid 2,
     * without a command line) took another name, as kworkers do with every job.
     */
    static boolean isChurn(TwinChange c) {
        SortedMap<String, String> before = InventoryJson.parse(c.before());
        SortedMap<String, String> after = InventoryJson.parse(c.after());
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        boolean kernelThread = isKernelThread(before) && isKernelThread(after);
        boolean any = false;
        for (String key : keys) {
            if (Objects.equals(before.get(key), after.get(key))) {
                continue;
            }
            any = true;
            if (!COUNTERS.contains(key) && !(kernelThread && key.equals("name"))) {
                return false;
            }
        }
        return any;
    }

    private static boolean isKernelThread(Map<String, String> process) {
        String commandLine = process.get("commandLine");
        return (commandLine == null || commandLine.isBlank()) && ("2".equals(process.get("parentPid")) || "2".equals(process.get("pid")));
    }

    private static int rank(Line line) {
        return line.kind() == Kind.BASELINE ? 2 : line.kind() == Kind.FOLDED ? 1 : 0;
    }

    private static Line line(TwinChange c) {
        String details = switch (c.change()) {
            case ADDED -> InventoryJson.parse(c.after()).getOrDefault("name", "");
            case REMOVED -> InventoryJson.parse(c.before()).getOrDefault("name", "");
            case CHANGED -> InventoryJson.differences(c.before(), c.after());
        };
        return new Line(c.at(), Kind.valueOf(c.change().name()), c.section(), c.itemKey(), details, c.source(), List.of(c));
    }

    private static Line baseline(List<TwinChange> additions) {
        Map<String, Integer> bySection = new TreeMap<>();
        additions.forEach(c -> bySection.merge(c.section(), 1, Integer::sum));
        StringBuilder details = new StringBuilder();
        bySection.forEach((section, n) -> details.append(details.length() == 0 ? "" : ", ").append(n).append(' ').append(section));
        TwinChange first = additions.get(0);
        return new Line(first.at(), Kind.BASELINE, "all", "first inventory: " + additions.size() + " items", details.toString(),
                first.source(), List.copyOf(additions));
    }

    private static Line folded(Instant at, List<TwinChange> changes) {
        long renames = changes.stream().filter(c -> !Objects.equals(InventoryJson.parse(c.before()).get("name"),
                InventoryJson.parse(c.after()).get("name"))).count();
        Set<String> sections = new TreeSet<>();
        changes.forEach(c -> sections.add(c.section()));
        long counters = changes.size() - renames;
        String what = (renames > 0 ? renames + " kernel thread rename" + (renames == 1 ? "" : "s") : "") + (renames > 0 && counters > 0 ? ", " : "")
                + (counters > 0 ? counters + " counter update" + (counters == 1 ? "" : "s") : "");
        return new Line(at, Kind.FOLDED, String.join(", ", sections), changes.size() + (changes.size() == 1 ? " change" : " changes")
                + " of no meaning folded", what,
                changes.get(0).source(), List.copyOf(changes));
    }
}
