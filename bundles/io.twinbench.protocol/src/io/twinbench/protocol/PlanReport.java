package io.twinbench.protocol;

/**
 * Agent to workbench, through the spool like every other frame: what happened to a plan. kind is
 * PLAN (its state: accepted, refused, awaiting-confirmation, confirmed, rolled-back), ACTION or
 * CHECK (index into the plan's actions or checks, and that step's state).
 */
public record PlanReport(String planId, long version, String kind, int index, String state, String detail) implements Message {

    public PlanReport {
        Fields.text("planId", planId, 200);
        Fields.nonNegative("version", version);
        if (!"PLAN".equals(kind) && !"ACTION".equals(kind) && !"CHECK".equals(kind)) {
            throw new IllegalArgumentException("field 'kind' is not PLAN, ACTION or CHECK");
        }
        if (index < -1 || index > 100_000) {
            throw new IllegalArgumentException("field 'index' is out of range");
        }
        Fields.text("state", state, 40);
        detail = Fields.cut(detail, 4000);
    }

    @Override
    public MessageType type() {
        return MessageType.PLAN_REPORT;
    }
}
