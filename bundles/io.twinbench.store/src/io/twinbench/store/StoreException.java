package io.twinbench.store;

/** A store operation failed; the message says which and why, without SQL internals where avoidable. */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
