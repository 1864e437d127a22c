package io.twinbench.rollout.engine;

import java.util.Set;

/** Where a rollout is; kept in the store as these words. */
public final class RolloutState {

    /** Pushing the plan to the stage's endpoints and waiting until each confirmed it. */
    public static final String APPLYING = "applying";
    /** The stage's endpoints changed; measuring until the bake time is over and every metric is decided. */
    public static final String BAKING = "baking";
    /** Every stage passed; the analysis goes on for the spec's after period. */
    public static final String AFTER = "after";
    /** An A/B stage is decided: the losing plan is being rolled back from its arm; then the winner's arm bakes on. */
    public static final String RETIRING_LOSER = "retiring-loser";
    public static final String SUCCEEDED = "succeeded";
    /** Undoing the failed stage only. */
    public static final String ROLLING_BACK_STAGE = "rolling-back-stage";
    /** Undoing every endpoint the rollout changed. */
    public static final String ROLLING_BACK = "rolling-back";
    public static final String ROLLED_BACK = "rolled-back";

    public static final Set<String> FINISHED = Set.of(SUCCEEDED, ROLLED_BACK);

    private RolloutState() {
    }

    public static boolean rollingBack(String state) {
        return ROLLING_BACK.equals(state) || ROLLING_BACK_STAGE.equals(state);
    }
}
