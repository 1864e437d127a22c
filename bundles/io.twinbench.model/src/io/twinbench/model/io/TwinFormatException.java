package io.twinbench.model.io;

import java.io.IOException;

/** A twin file that cannot be read: the message names the file and, where known, the line. */
public class TwinFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public TwinFormatException(String message, Throwable cause) {
        super(message, cause);
    }

    public TwinFormatException(String message) {
        super(message);
    }
}
