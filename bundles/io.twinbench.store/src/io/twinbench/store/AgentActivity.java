package io.twinbench.store;

import java.time.Instant;

/** What the fleet shows of an enrolled agent: when it last spoke, with which version, how far its stream is committed. */
public record AgentActivity(String id, String hostname, String agentVersion, Instant lastSeen, long lastSeq, boolean revoked) {
}
