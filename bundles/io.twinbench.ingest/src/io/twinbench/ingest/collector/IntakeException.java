package io.twinbench.ingest.collector;

/** A frame that decoded but cannot be taken into the twin; the message says which field and why. */
final class IntakeException extends Exception {

    private static final long serialVersionUID = 1L;

    IntakeException(String message) {
        super(message);
    }
}
