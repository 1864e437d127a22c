package io.twinbench.ingest.otlp;

/** An export the receiver cannot take, with the HTTP status that tells the exporter whether to retry. */
final class OtlpException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;

    OtlpException(int status, String message) {
        super(message);
        this.status = status;
    }

    OtlpException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    int status() {
        return status;
    }
}
