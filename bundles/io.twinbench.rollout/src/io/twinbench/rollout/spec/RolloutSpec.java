package io.twinbench.rollout.spec;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * How a signed plan reaches its targets: after the twins (stage 0, always), the stages in order;
 * endpoints ordered by a stable hash of their id and the seed, pinned ones first or never; a
 * baseline cohort left unchanged to compare against; the analysis; what a failure does; and how
 * long analysis goes on after the last stage. In an A/B rollout, ab is the experiment and the
 * first of the stages is its A/B stage; otherwise ab is null.
 */
public record RolloutSpec(String plan, long seed, Set<String> pinnedIn, Set<String> pinnedOut, Amount baseline, List<Stage> stages,
        List<Metric> metrics, Duration after, OnFailure onFailure, AbTest ab) {

    public RolloutSpec {
        pinnedIn = Set.copyOf(pinnedIn);
        pinnedOut = Set.copyOf(pinnedOut);
        stages = List.copyOf(stages);
        metrics = List.copyOf(metrics);
    }
}
