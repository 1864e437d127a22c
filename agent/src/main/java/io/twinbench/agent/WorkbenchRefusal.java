package io.twinbench.agent;

/** The workbench turned this agent away and said why; a permanent refusal will not change by retrying. */
final class WorkbenchRefusal extends Exception {

    private static final long serialVersionUID = 1L;
    private final boolean permanent;

    WorkbenchRefusal(String reason, boolean permanent) {
        super(reason);
        this.permanent = permanent;
    }

    boolean permanent() {
        return permanent;
    }
}
