package io.twinbench.protocol;

/** Workbench to agent: a signed shadow order (its DSSE envelope, base64); trusted only once it verifies against the agent's root. */
public record ShadowOrderDelivery(String envelope) implements Message {

    public static final int MAX_ENVELOPE = 256 << 10;

    public ShadowOrderDelivery {
        Fields.text("envelope", envelope, MAX_ENVELOPE);
    }

    @Override
    public MessageType type() {
        return MessageType.SHADOW_ORDER;
    }
}
