package io.twinbench.store;

/**
 * An event of a twin as the store keeps it: when (epoch ms), what kind, how serious, where it
 * was read (a log file, the audit log, an OTLP exporter), the element it concerns (or null),
 * the message and its attributes as a JSON object. id is 0 until stored.
 */
public record StoredEvent(long id, String twinId, long timestamp, String kind, String severity, String source, String elementId,
        String message, String attributesJson) {
}
