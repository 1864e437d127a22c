package io.twinbench.protocol;

/** Workbench to agent: stop a shadow session before its deadline (the analyst's reason goes with it). */
public record ShadowControl(String session, String action, String reason) implements Message {

    public static final String STOP = "stop";

    public ShadowControl {
        Fields.text("session", session, 100);
        if (!STOP.equals(action)) {
            throw new IllegalArgumentException("field 'action' is not stop");
        }
        reason = Fields.cut(reason, 2000);
    }

    @Override
    public MessageType type() {
        return MessageType.SHADOW_CONTROL;
    }
}
