package io.twinbench.store;

import java.time.Instant;

/**
 * What the fleet shows of an enrolled agent: when it last spoke, with which version, how far its
 * stream is committed, what it said it cannot collect (notes, may be empty) and what its quotas refused.
 */
public record AgentActivity(String id, String hostname, String agentVersion, Instant lastSeen, long lastSeq, boolean revoked, String notes,
        AgentRefusals refused) {
}
