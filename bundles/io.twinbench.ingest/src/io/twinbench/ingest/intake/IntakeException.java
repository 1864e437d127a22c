package io.twinbench.ingest.intake;

/** A frame that decoded but cannot be taken into the twin; the message says which field and why. */
public final class IntakeException extends Exception {

    private static final long serialVersionUID = 1L;

    public IntakeException(String message) {
        super(message);
    }
}
