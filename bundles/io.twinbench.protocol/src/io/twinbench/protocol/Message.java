package io.twinbench.protocol;

/** A message between agent and workbench. Immutable, validated when built or decoded. */
public sealed interface Message permits Hello, Ack, Nack, Refusal, EnrollRequest, EnrollResponse, Resync, TelemetryBatch, EventBatch, InventoryFull, InventoryDelta, SectionHashes,
        PlanDelivery, PlanControl, TrustRootUpdate, PlanReport, ShadowOrderDelivery, ShadowControl, ShadowReport, ShadowRecords,
        CollectionPolicyDelivery, CollectionReport {

    MessageType type();
}
