package io.twinbench.protocol;

/**
 * Workbench to agent: the signed root of trust for plans (its DSSE envelope, base64). An agent
 * without a root keeps the first it gets over its authenticated channel; after that it accepts
 * only the next version signed to the thresholds of both roots.
 */
public record TrustRootUpdate(String envelope) implements Message {

    public TrustRootUpdate {
        Fields.text("envelope", envelope, 1 << 20);
    }

    @Override
    public MessageType type() {
        return MessageType.TRUST_ROOT;
    }
}
