package io.twinbench.ingest.enrol;

/** An agent was refused enrolment or trust; the message is the reason, for both logs. */
public class EnrollmentException extends Exception {

    private static final long serialVersionUID = 1L;

    public EnrollmentException(String message) {
        super(message);
    }

    public EnrollmentException(String message, Throwable cause) {
        super(message, cause);
    }
}
