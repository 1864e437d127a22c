package io.twinbench.protocol;

/** Agent to workbench: the collection policy it enforces now (serial, 0 for none), or one it refused and why. */
public record CollectionReport(long serial, String state, String detail) implements Message {

    public static final String ENFORCED = "enforced";
    public static final String REFUSED = "refused";

    public CollectionReport {
        Fields.nonNegative("serial", serial);
        Fields.text("state", state, 20);
        if (!ENFORCED.equals(state) && !REFUSED.equals(state)) {
            throw new IllegalArgumentException("state '" + state + "' is neither " + ENFORCED + " nor " + REFUSED);
        }
        detail = Fields.cut(detail, 2000);
    }

    @Override
    public MessageType type() {
        return MessageType.COLLECTION_REPORT;
    }
}
