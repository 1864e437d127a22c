package io.twinbench.protocol;

/**
 * The agent's new client certificate and the workbench CA it must trust from now on (both base64
 * DER), and the workspace's signed root of trust for plans when it has one (base64 of its DSSE
 * envelope; absent from older workbenches and from workspaces without one), and the signed
 * collection policy in force, if any, so a new agent narrows what it sends before its first round.
 */
public record EnrollResponse(String certificate, String caCertificate, String trustRoot, String collectionPolicy) implements Message {

    public EnrollResponse {
        Fields.text("certificate", certificate, 16_384);
        Fields.text("caCertificate", caCertificate, 16_384);
        if (trustRoot != null) {
            Fields.text("trustRoot", trustRoot, 1 << 20);
        }
        if (collectionPolicy != null) {
            Fields.text("collectionPolicy", collectionPolicy, 256 << 10);
        }
    }

    public EnrollResponse(String certificate, String caCertificate) {
        this(certificate, caCertificate, null, null);
    }

    @Override
    public MessageType type() {
        return MessageType.ENROLL_RESPONSE;
    }
}
