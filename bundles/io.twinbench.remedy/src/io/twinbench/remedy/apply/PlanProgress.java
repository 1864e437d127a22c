package io.twinbench.remedy.apply;

/**
 * One thing that happened while an endpoint applied a plan, as the agent reports it: a step
 * (index into the plan's actions, or its checks when {@code check} is set) and its new state.
 */
public record PlanProgress(String planId, long version, Kind kind, int index, String state, String detail) {

    public enum Kind {
        ACTION, CHECK, PLAN
    }

    public static final String APPLIED = "applied";
    public static final String FAILED = "failed";
    public static final String PASSED = "passed";
    public static final String UNDONE = "undone";
    public static final String AWAITING_CONFIRMATION = "awaiting-confirmation";
    public static final String CONFIRMED = "confirmed";
    public static final String ROLLED_BACK = "rolled-back";
    public static final String REFUSED = "refused";
}
