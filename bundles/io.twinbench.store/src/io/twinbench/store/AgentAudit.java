package io.twinbench.store;

import java.time.Instant;

/** One decision about an agent's trust: enrolled, re-enrolled, revoked, a re-enrolment token made. */
public record AgentAudit(Instant at, String agentId, String action, String detail) {

    public static final String ENROLLED = "enrolled";
    public static final String RE_ENROLLED = "re-enrolled";
    public static final String RE_ENROLMENT_TOKEN = "re-enrolment token";
    public static final String REVOKED = "revoked";
}
