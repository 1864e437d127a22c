package io.twinbench.orchestrate;

import java.util.List;

/** Where a schedule is in the orchestration loop; kept in the store as these words. */
public final class LoopStage {

    /** Until its next run is due. */
    public static final String WAITING = "waiting";
    /** Its scenario runs on a fresh twin, and the recommendations are checked on twins with each change. */
    public static final String SIMULATING = "simulating";
    /** The simulation found an issue; the plan made from its checked recommendations is tried on the twin. */
    public static final String TRYING_ON_TWIN = "trying-on-twin";
    /** The plan passed on its twin and waits for an approver's signature. */
    public static final String AWAITING_APPROVAL = "awaiting-approval";
    /** The signed plan rolls out, stage by stage. */
    public static final String ROLLING_OUT = "rolling-out";
    /** Every stage passed; the analysis goes on for the spec's period after the last stage. */
    public static final String MONITORING = "monitoring";
    /** Something the analyst should look at: a plan that failed on its twin, a rollout rolled back, a simulation that could not run. It runs again when due. */
    public static final String NEEDS_ATTENTION = "needs-attention";

    /** The order the Orchestration view lists them in: what waits for the analyst first. */
    public static final List<String> BY_URGENCY = List.of(AWAITING_APPROVAL, NEEDS_ATTENTION, ROLLING_OUT, MONITORING, TRYING_ON_TWIN, SIMULATING,
            WAITING);

    private LoopStage() {
    }

    /** A stage's place in {@link #BY_URGENCY}, for sorting (an unknown word last). */
    public static int urgency(String stage) {
        int i = BY_URGENCY.indexOf(stage);
        return i < 0 ? BY_URGENCY.size() : i;
    }

    /** True where the analyst has something to do. */
    public static boolean waitsForAnalyst(String stage) {
        return AWAITING_APPROVAL.equals(stage) || NEEDS_ATTENTION.equals(stage);
    }
}
