package io.twinbench.protocol;

/**
 * An agent's first contact, before it has a certificate: the one-time token, who it wants to
 * be, and a PKCS#10 certificate request (base64 DER) for the key it keeps to itself.
 */
public record EnrollRequest(String token, String agentId, String hostname, String certificateRequest) implements Message {

    public EnrollRequest {
        Fields.text("token", token, 200);
        Fields.text("agentId", agentId, 200);
        Fields.text("hostname", hostname, 255);
        Fields.text("certificateRequest", certificateRequest, 16_384);
    }

    @Override
    public MessageType type() {
        return MessageType.ENROLL_REQUEST;
    }

    /** Tokens are secrets: never in logs. */
    @Override
    public String toString() {
        return "EnrollRequest[agentId=" + agentId + ", hostname=" + hostname + "]";
    }
}
