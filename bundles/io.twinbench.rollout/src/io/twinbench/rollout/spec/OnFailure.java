package io.twinbench.rollout.spec;

/** What a failed analysis does: roll back only the stage that failed, or every endpoint the rollout changed. Either way the rollout halts. */
public enum OnFailure {
    ROLLBACK_STAGE("rollback-stage"), ROLLBACK_ALL("rollback-all");

    private final String label;

    OnFailure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
