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
import java.util.Map;
import java.util.Set;

import io.twinbench.rollout.spec.RolloutSpec;
import io.twinbench.rollout.spec.Stage;

/**
 * Which endpoints each stage changes and which stay unchanged to compare against. Endpoints are
 * ordered by SHA-256 of the seed and their id, so the same endpoints are canaries again next
 * time unless the seed changes, and adding an endpoint moves no other; pinned-in endpoints come
 * first, pinned-out ones are never changed. A stage's baseline is taken from the endpoints it
 * leaves unchanged: the pinned-out ones first, then those the rollout reaches last.
 *
 * <p>In an A/B rollout the first endpoints of that order form arm a (the rollout's plan) and the
 * next as many arm b (the other plan); the winner's arm is the first stage, the stages after it
 * reach the endpoints no arm had, and the loser's arm comes last, once rolled back, when the
 * agents there can take the winner at all (they refuse a version below one they applied).
 */
public record Cohorts(List<List<String>> stages, List<String> order, List<String> pinnedOut, int baselineSize, Map<String, List<String>> arms) {

    public static final String ARM_A = "a";
    public static final String ARM_B = "b";

    public Cohorts {
        stages = stages.stream().map(List::copyOf).toList();
        order = List.copyOf(order);
        pinnedOut = List.copyOf(pinnedOut);
        arms = Map.copyOf(arms);
    }

    /** The cohorts before an A/B rollout decided: as if arm a wins. */
    public static Cohorts assign(RolloutSpec spec, Collection<String> targets) {
        return assign(spec, targets, ARM_A, true);
    }

    /** winner: the arm that won an A/B rollout; loserTakesWinner: whether the loser's arm gets the winner in the last stage. */
    public static Cohorts assign(RolloutSpec spec, Collection<String> targets, String winner, boolean loserTakesWinner) {
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
        Map<String, List<String>> arms = Map.of();
        List<Stage> left = spec.stages();
        int reached = 0;
        if (spec.ab() != null) {
            int size = Math.min(spec.ab().arm().of(order.size()), order.size() / 2);
            List<String> a = List.copyOf(order.subList(0, size));
            List<String> b = List.copyOf(order.subList(size, 2 * size));
            arms = Map.of(ARM_A, a, ARM_B, b);
            List<String> won = ARM_B.equals(winner) ? b : a;
            List<String> ordered = new ArrayList<>(won);
            ordered.addAll(order.subList(2 * size, order.size()));
            if (loserTakesWinner) {
                ordered.addAll(ARM_B.equals(winner) ? a : b);
            }
            order = ordered;
            stages.add(won);
            reached = size;
            left = left.subList(1, left.size());
        }
        for (Stage stage : left) {
            int until = Math.max(reached, stage.reach().of(order.size()));
            stages.add(order.subList(reached, until));
            reached = until;
        }
        int baseline = spec.baseline() == null ? 0 : spec.baseline().of(all.size());
        return new Cohorts(stages, order, pinnedOut, baseline, arms);
    }

    /** In an A/B rollout, the other arm than this; empty in other rollouts. */
    public List<String> arm(String name) {
        return arms.getOrDefault(name, List.of());
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
