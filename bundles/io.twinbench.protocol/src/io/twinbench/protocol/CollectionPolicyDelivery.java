package io.twinbench.protocol;

/** Workbench to agent: the signed collection policy (its DSSE envelope, base64); trusted only once it verifies against the agent's root. */
public record CollectionPolicyDelivery(String envelope) implements Message {

    public CollectionPolicyDelivery {
        Fields.text("envelope", envelope, 256 << 10);
    }

    @Override
    public MessageType type() {
        return MessageType.COLLECTION_POLICY;
    }
}
