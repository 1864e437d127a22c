package io.twinbench.remedy.apply;

/** An action that cannot be prepared, applied or undone, with the reason in the analyst's words. */
public final class StepException extends Exception {

    private static final long serialVersionUID = 1L;

    public StepException(String message) {
        super(message);
    }

    public StepException(String message, Throwable cause) {
        super(message, cause);
    }
}
