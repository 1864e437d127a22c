package io.twinbench.protocol;

/** The kinds of message, with their wire codes. Codes are never reused. */
public enum MessageType {
    HELLO(1, Hello.class),
    ACK(2, Ack.class),
    NACK(3, Nack.class),
    REFUSAL(4, Refusal.class),
    ENROLL_REQUEST(5, EnrollRequest.class),
    ENROLL_RESPONSE(6, EnrollResponse.class),
    RESYNC(7, Resync.class),
    TELEMETRY(10, TelemetryBatch.class),
    EVENTS(11, EventBatch.class),
    INVENTORY_FULL(20, InventoryFull.class),
    INVENTORY_DELTA(21, InventoryDelta.class),
    SECTION_HASHES(22, SectionHashes.class),
    PLAN_DELIVERY(30, PlanDelivery.class),
    PLAN_CONTROL(31, PlanControl.class),
    TRUST_ROOT(32, TrustRootUpdate.class),
    PLAN_REPORT(33, PlanReport.class),
    SHADOW_ORDER(40, ShadowOrderDelivery.class),
    SHADOW_CONTROL(41, ShadowControl.class),
    SHADOW_REPORT(42, ShadowReport.class),
    SHADOW_RECORDS(43, ShadowRecords.class),
    COLLECTION_POLICY(50, CollectionPolicyDelivery.class),
    COLLECTION_REPORT(51, CollectionReport.class);

    private final int code;
    private final Class<? extends Message> messageClass;

    MessageType(int code, Class<? extends Message> messageClass) {
        this.code = code;
        this.messageClass = messageClass;
    }

    public int code() {
        return code;
    }

    public Class<? extends Message> messageClass() {
        return messageClass;
    }

    public static MessageType ofCode(int code) throws ProtocolException {
        for (MessageType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        throw new ProtocolException("unknown message type " + code);
    }
}
