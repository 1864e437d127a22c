package io.twinbench.cases;

/**
 * One event on a case's timeline. Immutable; the evidence it came from is named by {@code ref}
 * (a file of the bag and the byte offset of its line, or a packet's number in a pcapng file), so
 * the timeline never has to be trusted over the evidence itself.
 *
 * @param id position on the timeline, stable across export and import
 * @param micros microseconds since the epoch
 * @param source one of {@link Sources}
 * @param side "live" or "twin" (shadow recordings), otherwise "live"
 * @param connection the stream an exchange or packet belongs to, the pid family of a system call, or empty
 * @param element the twin element a change or anomaly concerns, or empty
 */
public record CaseEvent(long id, long micros, String endpoint, String source, String side, String kind, String severity, int pid,
        String process, String message, String ref, String connection, String element) {

    public static final String LIVE = "live";
    public static final String TWIN = "twin";

    public CaseEvent {
        endpoint = nonNull(endpoint);
        source = nonNull(source);
        side = side == null || side.isEmpty() ? LIVE : side;
        kind = nonNull(kind);
        severity = nonNull(severity);
        process = nonNull(process);
        message = nonNull(message);
        ref = nonNull(ref);
        connection = nonNull(connection);
        element = nonNull(element);
    }

    /** The lane this event is drawn in: endpoint, source and side. */
    public Lane lane() {
        return new Lane(endpoint, source, side);
    }

    public CaseEvent withId(long newId) {
        return new CaseEvent(newId, micros, endpoint, source, side, kind, severity, pid, process, message, ref, connection, element);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
