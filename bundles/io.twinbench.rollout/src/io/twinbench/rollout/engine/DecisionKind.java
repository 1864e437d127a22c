package io.twinbench.rollout.engine;

/** The kinds of decision a rollout records, each with its figures. */
public final class DecisionKind {

    public static final String STARTED = "started";
    public static final String TWINS = "twins";
    public static final String STAGE_STARTED = "stage-started";
    public static final String APPLIED = "applied";
    public static final String COMPARED = "compared";
    public static final String STAGE_PASSED = "stage-passed";
    /** An A/B stage's winner, from the comparison or because the other plan failed. */
    public static final String AB_DECIDED = "ab-decided";
    /** An A/B stage baked and neither plan is significantly better: the analyst chooses. */
    public static final String AB_UNDECIDED = "ab-undecided";
    public static final String LOSER_ROLLED_BACK = "loser-rolled-back";
    public static final String PROMOTED = "promoted";
    public static final String PAUSED = "paused";
    public static final String RESUMED = "resumed";
    public static final String FAILED = "failed";
    public static final String ABORTED = "aborted";
    public static final String ROLLBACK_ORDERED = "rollback-ordered";
    public static final String ROLLED_BACK = "rolled-back";
    public static final String SUCCEEDED = "succeeded";

    private DecisionKind() {
    }
}
