package io.twinbench.rollout.cohort;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.twinbench.rollout.spec.RolloutSpec;
import io.twinbench.rollout.spec.Stage;

/**
 * Which endpoints each stage changes and which stay unchanged to compare against. Endpoints are
 * ordered by SHA-256 of the seed and their id, so the same endpoints are canaries again next
 * time unless the seed changes, and adding an endpoint moves no other; pinned-in endpoints come
 * first, pinned-out ones are never changed. A stage's baseline is taken from the endpoints it
 * leaves unchanged: the pinned-out ones first, then those the rollout reaches last.
 */
public record Cohorts(List<List<String>> stages, List<String> order, List<String> pinnedOut, int baselineSize) {

    public Cohorts {
        stages = stages.stream().map(List::copyOf).toList();
        order = List.copyOf(order);
        pinnedOut = List.copyOf(pinnedOut);
    }

    public static Cohorts assign(RolloutSpec spec, Collection<String> targets) {
        Set<String> all = new LinkedHashSet<>(targets);
        List<String> pinnedOut = all.stream().filter(spec.pinnedOut()::contains).sorted().toList();
        // one digest per endpoint, not one per comparison of the sort
        java.util.Map<String, String> ranks = new java.util.HashMap<>();
        all.forEach(id -> ranks.put(id, rank(spec.seed(), id)));
        Comparator<String> byRank = Comparator.comparing(ranks::get);
        List<String> first = all.stream().filter(spec.pinnedIn()::contains).sorted(byRank).toList();
        List<String> rest = all.stream().filter(id -> !spec.pinnedIn().contains(id) && !spec.pinnedOut().contains(id)).sorted(byRank).toList();
        List<String> order = new ArrayList<>(first);
        order.addAll(rest);
        List<List<String>> stages = new ArrayList<>();
        int reached = 0;
        for (Stage stage : spec.stages()) {
            int until = Math.max(reached, stage.reach().of(order.size()));
            stages.add(order.subList(reached, until));
            reached = until;
        }
        int baseline = spec.baseline() == null ? 0 : spec.baseline().of(all.size());
        return new Cohorts(stages, order, pinnedOut, baseline);
    }

    /** Every endpoint stages 0…stage change, in order. */
    public List<String> reachedBy(int stage) {
        List<String> reached = new ArrayList<>();
        for (int i = 0; i <= stage && i < stages.size(); i++) {
            reached.addAll(stages.get(i));
        }
        return reached;
    }

    /** The unchanged endpoints compared with the given stage: pinned-out first, then the last ones the rollout reaches. */
    public List<String> baselineFor(int stage) {
        List<String> baseline = new ArrayList<>();
        for (String id : pinnedOut) {
            if (baseline.size() < baselineSize) {
                baseline.add(id);
            }
        }
        int unchanged = order.size() - reachedBy(stage).size();
        for (int i = order.size() - 1; i >= order.size() - unchanged && baseline.size() < baselineSize; i--) {
            baseline.add(order.get(i));
        }
        return baseline;
    }

    static String rank(long seed, String id) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((seed + ":" + id).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
