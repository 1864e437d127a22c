package io.twinbench.change;

/** Where a plan of the workspace stands, from written to applied; the words the Plans view and `plan list` show. */
public enum PlanState {
    DRAFT("draft"),
    TESTED("tested on twin"),
    FAILED_ON_TWIN("failed on twin"),
    /** Signed by fewer approvers than the root requires. */
    APPROVED("approved"),
    SIGNED("signed"),
    DELIVERED("delivered"),
    APPLIED("applied"),
    ROLLED_BACK("rolled back"),
    REFUSED("refused");

    private final String label;

    PlanState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
