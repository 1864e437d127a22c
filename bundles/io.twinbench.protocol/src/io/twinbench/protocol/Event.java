package io.twinbench.protocol;

import java.util.LinkedHashMap;
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
    public static final int MAX_ELEMENT = 400;
    public static final int MAX_ATTRIBUTES = 64;
    /** The attribute that says how many attributes a fitted event left out. */
    public static final String ATTRIBUTES_LEFT_OUT = "attributesLeftOut";

    public Event {
        Fields.nonNegative("timestamp", timestamp);
        Fields.text("kind", kind, 60);
        if (severity == null) {
            throw new IllegalArgumentException("field 'severity' is missing");
        }
        Fields.text("source", source, 400);
        if (element != null) {
            Fields.text("element", element, MAX_ELEMENT);
        }
        if (message == null) {
            throw new IllegalArgumentException("field 'message' is missing");
        }
        if (message.length() > MAX_MESSAGE) {
            throw new IllegalArgumentException("field 'message' is longer than " + MAX_MESSAGE + " characters");
        }
        attributes = Fields.map("attributes", attributes, MAX_ATTRIBUTES);
    }

    /**
     * An event of text an endpoint wrote (a log line, a user name, an audit record's fields), cut
     * to what an event holds: the element and message end in "…" where cut, attributes past the
     * limit are left out and counted. A crafted line too long for an event must still be seen as
     * the login failure it is, not refused and lost. A blank element is none.
     */
    public static Event fitted(long timestamp, String kind, Severity severity, String source, String element, String message,
            Map<String, String> attributes) {
        Map<String, String> kept = attributes;
        if (attributes != null && attributes.size() > MAX_ATTRIBUTES) {
            kept = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : attributes.entrySet()) {
                if (kept.size() == MAX_ATTRIBUTES - 1) {
                    break;
                }
                kept.put(e.getKey(), e.getValue());
            }
            kept.put(ATTRIBUTES_LEFT_OUT, Integer.toString(attributes.size() - kept.size()));
        }
        return new Event(timestamp, kind, severity, source, element == null || element.isBlank() ? null : Fields.cut(element, MAX_ELEMENT),
                message == null ? "" : Fields.cut(message, MAX_MESSAGE), kept);
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
