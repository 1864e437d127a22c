package io.twinbench.protocol;

/** The agent's new client certificate and the workbench CA it must trust from now on (both base64 DER). */
public record EnrollResponse(String certificate, String caCertificate) implements Message {

    public EnrollResponse {
        Fields.text("certificate", certificate, 16_384);
        Fields.text("caCertificate", caCertificate, 16_384);
    }

    @Override
    public MessageType type() {
        return MessageType.ENROLL_RESPONSE;
    }
}
