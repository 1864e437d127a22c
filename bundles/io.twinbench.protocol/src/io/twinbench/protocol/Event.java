package io.twinbench.protocol;

import java.util.Map;

/**
 * Something that happened on the endpoint at one time, in epoch milliseconds: a log line, or a
 * security event (a login, a sudo, a new listening port, user or service, an audit record).
 * element names the twin element it concerns when known ({@link ElementIds}); attributes carry
 * what the source said in fields (user, remote address, command, audit type, ...).
 */
public record Event(long timestamp, String kind, Severity severity, String source, String element, String message,
        Map<String, String> attributes) {

    public static final int MAX_MESSAGE = 8_000;

    public Event {
        Fields.nonNegative("timestamp", timestamp);
        Fields.text("kind", kind, 60);
        if (severity == null) {
            throw new IllegalArgumentException("field 'severity' is missing");
        }
        Fields.text("source", source, 400);
        if (element != null) {
            Fields.text("element", element, 400);
        }
        if (message == null) {
            throw new IllegalArgumentException("field 'message' is missing");
        }
        if (message.length() > MAX_MESSAGE) {
            throw new IllegalArgumentException("field 'message' is longer than " + MAX_MESSAGE + " characters");
        }
        attributes = Fields.map("attributes", attributes, 64);
    }

    /** Event kinds the agent produces; other sources (OTLP logs) may add their own. */
    public static final class Kinds {
        public static final String LOG = "log";
        public static final String AUTH_SUCCESS = "auth.success";
        public static final String AUTH_FAILURE = "auth.failure";
        public static final String SUDO = "sudo";
        public static final String NEW_LISTENER = "listener.new";
        public static final String NEW_USER = "user.new";
        public static final String NEW_SERVICE = "service.new";
        public static final String AUDIT = "audit";

        private Kinds() {
        }
    }
}
