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
    void anAnalystPivotsOnAnyFieldAndCountsThemOverTime() {
        store.events().append(List.of(
                new StoredEvent(0, "a", now.minusSeconds(50).toEpochMilli(), "auth.failure", "WARN", "/var/log/auth.log", "user/root",
                        "Failed password for root", "{\"address\":\"203.0.113.9\",\"user\":\"root\"}"),
                new StoredEvent(0, "a", now.minusSeconds(40).toEpochMilli(), "auth.failure", "WARN", "/var/log/auth.log", "user/bob",
                        "Failed password for bob", "{\"address\":\"203.0.113.9\",\"user\":\"bob\"}"),
                new StoredEvent(0, "a", now.minusSeconds(5).toEpochMilli(), "sudo", "INFO", "journal", "user/bob",
                        "bob ran \"rm\" as root", "{\"command\":\"say \\\"100%_done\\\"\",\"user\":\"bob\"}")));
        java.util.function.Function<Map<String, String>, List<String>> only = fields -> store.events()
                .find(new EventQuery("a", 0, Long.MAX_VALUE, Set.of(), Set.of(), "", fields, 100)).stream().map(StoredEvent::elementId).toList();
        assertEquals(List.of("user/bob", "user/root"), only.apply(Map.of("address", "203.0.113.9")), "an attribute");
        assertEquals(List.of("user/bob", "user/bob"), only.apply(Map.of("element", "user/bob")), "the element");
        assertEquals(List.of("user/bob"), only.apply(Map.of("source", "/var/log/auth.log", "user", "bob")), "two pivots together");
        assertEquals(List.of("user/bob"), only.apply(Map.of("command", "say \"100%_done\"")), "quotes, % and _ literally");
        assertEquals(List.of(), only.apply(Map.of("user", "bo")), "whole values only");

        EventQuery lastMinute = new EventQuery("a", now.minusSeconds(60).toEpochMilli(), now.toEpochMilli(), Set.of(), Set.of(), "", 100);
        assertEquals(List.of(0L, 1L, 1L, 0L, 0L, 1L), java.util.Arrays.stream(store.events().histogram(lastMinute, 6)).boxed().toList(),
                "ten-second buckets");
        assertEquals(List.of(2L, 0L), java.util.Arrays.stream(store.events().histogram(
                new EventQuery("a", now.minusSeconds(60).toEpochMilli(), now.toEpochMilli(), Set.of("auth.failure"), Set.of(), "", 100), 2))
                .boxed().toList(), "with the table's filters, thirty-second buckets");
        assertEquals(java.util.OptionalLong.of(now.minusSeconds(50).toEpochMilli()), store.events().firstTime("a"));
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
