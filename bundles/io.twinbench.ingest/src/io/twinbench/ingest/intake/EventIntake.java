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
        long latest = time.latest();
        List<StoredEvent> result = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            long ts = time.millis(e.timestamp(), latest, "events[" + i + "]");
            Map<String, String> attributes = new TreeMap<>();
            e.attributes().forEach((k, v) -> attributes.put(k, redactor.redact(k, v)));
            result.add(new StoredEvent(0, twinId, ts, e.kind().strip().toLowerCase(java.util.Locale.ROOT), e.severity().name(),
                    e.source(), e.element(), redactor.redact(e.message()), attributes.isEmpty() ? null : encode(attributes)));
        }
        return result;
    }

    private String encode(Map<String, String> attributes) {
        try {
            return json.writeValueAsString(attributes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode event attributes", e);
        }
    }
}
