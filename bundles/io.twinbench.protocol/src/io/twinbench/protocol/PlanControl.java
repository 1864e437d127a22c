package io.twinbench.protocol;

/** Workbench to agent: confirm an applied plan (it stays), or roll it back (with the analyst's reason). */
public record PlanControl(String planId, long version, String action, String reason) implements Message {

    public static final String CONFIRM = "confirm";
    public static final String ROLLBACK = "rollback";

    public PlanControl {
        Fields.text("planId", planId, 100);
        Fields.nonNegative("version", version);
        if (!CONFIRM.equals(action) && !ROLLBACK.equals(action)) {
            throw new IllegalArgumentException("field 'action' is neither confirm nor rollback");
        }
        reason = Fields.cut(reason, 2000);
    }

    @Override
    public MessageType type() {
        return MessageType.PLAN_CONTROL;
    }
}
