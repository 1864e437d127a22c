package io.twinbench.protocol;

/**
 * The agent's new client certificate and the workbench CA it must trust from now on (both base64
 * DER), and the workspace's signed root of trust for plans when it has one (base64 of its DSSE
 * envelope; absent from older workbenches and from workspaces without one).
 */
public record EnrollResponse(String certificate, String caCertificate, String trustRoot) implements Message {

    public EnrollResponse {
        Fields.text("certificate", certificate, 16_384);
        Fields.text("caCertificate", caCertificate, 16_384);
        if (trustRoot != null) {
            Fields.text("trustRoot", trustRoot, 1 << 20);
        }
    }

    public EnrollResponse(String certificate, String caCertificate) {
        this(certificate, caCertificate, null);
    }

    @Override
    public MessageType type() {
        return MessageType.ENROLL_RESPONSE;
    }
}
