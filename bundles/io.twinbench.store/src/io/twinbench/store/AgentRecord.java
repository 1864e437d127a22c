package io.twinbench.store;

import java.time.Instant;

/** An enrolled agent: the certificate it was given and whether it is still trusted. */
public record AgentRecord(String id, String hostname, String certificateSerial, Instant certificateNotAfter,
        Instant enrolledAt, Instant revokedAt) {

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
