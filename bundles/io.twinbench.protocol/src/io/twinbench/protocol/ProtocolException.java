package io.twinbench.protocol;

/**
 * A frame or message that breaks the protocol. The message names what is wrong (the header
 * field, or the message field with its path) so both ends can log a reason a person can act on.
 */
public class ProtocolException extends Exception {

    private static final long serialVersionUID = 1L;

    public ProtocolException(String message) {
        super(message);
    }

    public ProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
