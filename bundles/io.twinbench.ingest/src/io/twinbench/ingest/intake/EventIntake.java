package io.twinbench.ingest.intake;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.twinbench.inventory.SecretRedactor;
import io.twinbench.protocol.Event;
import io.twinbench.protocol.Fields;
import io.twinbench.store.StoredEvent;

/**
 * Turns events from any source (an agent's batch, an OTLP export) into the store's form for
 * one twin: timestamps in epoch milliseconds, kinds in lower case, and every message and
 * attribute value passed through the workbench's own secret patterns (and masked whole when its
 * name says secret), whatever the source redacted already, so no secret reaches the store.
 */
public final class EventIntake {

    private final SourceTime time;
    private final SecretRedactor redactor;
    private final ObjectMapper json = new ObjectMapper();

    public EventIntake(Clock clock, SecretRedactor redactor) {
        this.time = new SourceTime(clock);
        this.redactor = redactor;
    }

    /** The stored form of the events; an event stamped far in the future is refused with its index. */
    public List<StoredEvent> storedFor(String twinId, List<Event> events) throws IntakeException {
        return storedFor(twinId, events, null);
    }

    /** As {@link #storedFor(String, List)}; with rejected given, an event far in the future is left out and told to it, the others kept. */
    public List<StoredEvent> storedFor(String twinId, List<Event> events, java.util.function.Consumer<String> rejected) throws IntakeException {
        long latest = time.latest();
        List<StoredEvent> result = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            long ts;
            try {
                ts = time.millis(e.timestamp(), latest, "events[" + i + "]");
            } catch (IntakeException x) {
                if (rejected == null) {
                    throw x;
                }
                rejected.accept(x.getMessage());
                continue;
            }
            Map<String, String> attributes = new TreeMap<>();
            e.attributes().forEach((k, v) -> attributes.put(Fields.cut(k, MAX_ATTRIBUTE_NAME), Fields.cut(redactor.redact(k, v), MAX_ATTRIBUTE_VALUE)));
            result.add(new StoredEvent(0, twinId, ts, e.kind().strip().toLowerCase(java.util.Locale.ROOT), e.severity().name(),
                    e.source(), e.element(), Fields.cut(redactor.redact(e.message()), Event.MAX_MESSAGE), attributes.isEmpty() ? null : encode(attributes)));
        }
        return result;
    }

    /** What the store's columns take: an attribute's name and value are cut to these and marked so ("…"). */
    static final int MAX_ATTRIBUTE_NAME = 200;
    static final int MAX_ATTRIBUTE_VALUE = 400;
    /** The event's attributes as JSON fit this (the store's column, with room for escapes). */
    static final int MAX_ATTRIBUTES_JSON = 30_000;


    /** The attributes as JSON, within the store's column: attributes past it are left out and counted in "twinbench.cut". */
    private String encode(Map<String, String> attributes) {
        try {
            String all = json.writeValueAsString(attributes);
            if (all.length() <= MAX_ATTRIBUTES_JSON) {
                return all;
            }
            Map<String, String> kept = new TreeMap<>();
            int size = 64;
            int left = 0;
            for (Map.Entry<String, String> a : attributes.entrySet()) {
                String one = json.writeValueAsString(Map.of(a.getKey(), a.getValue()));
                if (size + one.length() < MAX_ATTRIBUTES_JSON) {
                    kept.put(a.getKey(), a.getValue());
                    size += one.length();
                } else {
                    left++;
                }
            }
            kept.put("twinbench.cut", left + " attributes left out: the event's attributes were longer than the store keeps");
            return json.writeValueAsString(kept);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode event attributes", e);
        }
    }
}
