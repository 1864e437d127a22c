package io.twinbench.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.twinbench.store.EventQuery;
import io.twinbench.store.RetentionPolicy;
import io.twinbench.store.StoreException;
import io.twinbench.store.StoredEvent;
import io.twinbench.store.TwinStore;

/** A twin's events: found by time, kind, severity and text, newest first, and expired by retention. */
class EventsTest extends StoreFixture {

    private TwinStore store;
    private final Instant now = Instant.parse("2026-11-22T12:00:00Z");

    @BeforeEach
    void open() {
        store = TwinStore.open(location());
    }

    @AfterEach
    void close() {
        if (store == null) {
            return; // the store's server was not there: the test was skipped
        }
        store.close();
    }

    private StoredEvent event(String twin, Instant at, String kind, String severity, String message) {
        return new StoredEvent(0, twin, at.toEpochMilli(), kind, severity, "/var/log/auth.log", null, message, "{\"user\":\"root\"}");
    }

    @Test
    void eventsAreFoundByTimeKindSeverityAndTextNewestFirst() {
        store.events().append(List.of(
                event("a", now.minusSeconds(30), "auth.failure", "WARN", "Failed password for root"),
                event("a", now.minusSeconds(20), "log", "ERROR", "disk 100% full"),
                event("a", now.minusSeconds(10), "auth.failure", "WARN", "Failed password for admin_x"),
                event("b", now.minusSeconds(5), "auth.failure", "WARN", "Failed password for root")));

        List<StoredEvent> all = store.events().find(EventQuery.all("a", 100));
        assertEquals(List.of("Failed password for admin_x", "disk 100% full", "Failed password for root"),
                all.stream().map(StoredEvent::message).toList(), "one twin's, newest first");
        assertEquals("{\"user\":\"root\"}", all.get(0).attributesJson());

        assertEquals(2, store.events().find(new EventQuery("a", 0, Long.MAX_VALUE, Set.of("auth.failure"), Set.of(), "", 100)).size());
        assertEquals(1, store.events().find(new EventQuery("a", 0, Long.MAX_VALUE, Set.of(), Set.of("ERROR"), "", 100)).size());
        assertEquals(List.of("disk 100% full"), store.events().find(new EventQuery("a", 0, Long.MAX_VALUE, Set.of(), Set.of(), "100%", 100))
                .stream().map(StoredEvent::message).toList(), "the text is matched literally, % included");
        assertEquals(1, store.events().find(new EventQuery("a", 0, Long.MAX_VALUE, Set.of(), Set.of(), "ADMIN_", 100)).size(),
                "ignoring case, _ literally");
        assertEquals(1, store.events().find(new EventQuery("a", now.minusSeconds(25).toEpochMilli(), now.minusSeconds(15).toEpochMilli(),
                Set.of(), Set.of(), "", 100)).size());
        assertEquals(1, store.events().find(EventQuery.all("a", 1)).size(), "the limit holds");
        assertEquals(Map.of("auth.failure", 2L, "log", 1L), store.events().countByKind("a", 0, Long.MAX_VALUE));
    }

    @Test
    void aBatchWithABadEventIsRefusedWhole() {
        StoredEvent tooLong = new StoredEvent(0, "a", now.toEpochMilli(), "log", "INFO", "s", null, "x".repeat(9000), null);
        assertThrows(StoreException.class, () -> store.events().append(List.of(event("a", now, "log", "INFO", "fine"), tooLong)));
        assertEquals(List.of(), store.events().find(EventQuery.all("a", 100)), "nothing of the refused batch is kept");
    }

    @Test
    void retentionExpiresOldEventsOnly() {
        store.events().append(List.of(event("a", now.minus(Duration.ofDays(100)), "log", "INFO", "old"),
                event("a", now.minus(Duration.ofDays(1)), "log", "INFO", "recent")));
        var outcome = store.retention().apply(RetentionPolicy.DEFAULT, now);
        assertEquals(1, outcome.eventsExpired());
        assertEquals(List.of("recent"), store.events().find(EventQuery.all("a", 100)).stream().map(StoredEvent::message).toList());
    }
}
