package io.twinbench.cases;

/** A case that cannot be read, written or verified; the message names the case, file or line. */
public class CaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CaseException(String message) {
        super(message);
    }

    public CaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
