package io.twinbench.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.twinbench.store.AgentRecord;
import io.twinbench.store.Sample;
import io.twinbench.store.SectionWrite;
import io.twinbench.store.SeriesAppend;
import io.twinbench.store.SeriesKey;
import io.twinbench.store.StoreException;
import io.twinbench.store.TelemetryFrame;
import io.twinbench.store.TwinChange;
import io.twinbench.store.TwinStore;

class AgentStreamsTest extends StoreFixture {

    private TwinStore store;
    private final SeriesKey key = new SeriesKey("a1", "memory", "memory.used");

    @BeforeEach
    void open() {
        store = TwinStore.open(location());
        store.enrollments().addToken("t1", Instant.now(), Instant.now().plusSeconds(60), null);
        store.enrollments().enrol("t1", new AgentRecord("a1", "host", "1f", Instant.now().plusSeconds(3600), Instant.now(), null), Instant.now());
    }

    @AfterEach
    void close() {
        if (store == null) {
            return; // the store's server was not there: the test was skipped
        }
        store.close();
    }

    private List<SeriesAppend> samples(double value) {
        return List.of(new SeriesAppend(key, "bytes", List.of(new Sample(1000, value))));
    }

    @Test
    void aFrameIsAppliedOnceAndItsSequenceCommitsWithIt() {
        assertTrue(store.agentStreams().commitTelemetry("a1", 1, samples(5), Instant.now()));
        assertFalse(store.agentStreams().commitTelemetry("a1", 1, samples(6), Instant.now()), "the same frame again");
        assertFalse(store.agentStreams().commitTelemetry("a1", 0, samples(6), Instant.now()), "an older frame");
        assertEquals(1, store.agentStreams().lastSeq("a1"));
        assertEquals(5.0, store.telemetry().range(key, 0, Long.MAX_VALUE).get(0).value());
    }

    @Test
    void aSampleForATimeAlreadyStoredReplacesItAndTheGroupStillCommits() {
        assertTrue(store.agentStreams().commitTelemetry("a1", 1, samples(5), Instant.now()));
        SeriesKey other = new SeriesKey("a1", "cpu", "cpu.load");
        List<Boolean> applied = store.agentStreams().commitTelemetry(List.of(
                new TelemetryFrame("a1", 2, samples(6)),
                new TelemetryFrame("a1", 2, List.of(new SeriesAppend(other, "%", List.of(new Sample(1000, 1))))),
                new TelemetryFrame("a1", 3, List.of(new SeriesAppend(other, "%", List.of(new Sample(2000, 2)))))), Instant.now());
        assertEquals(List.of(true, false, true), applied, "within a group, a repeated seq is a duplicate too");
        assertEquals(6.0, store.telemetry().range(key, 0, Long.MAX_VALUE).get(0).value(), "the clock stepped back: replaced");
        assertEquals(List.of(2.0), store.telemetry().range(other, 0, Long.MAX_VALUE).stream().map(Sample::value).toList());
        assertEquals(3, store.agentStreams().lastSeq("a1"));
    }

    @Test
    void aFailedFrameLeavesNeitherItsDataNorItsSequence() {
        SectionWrite broken = new SectionWrite("packages", "h".repeat(65), true, Map.of("pkg/a", "{}"), List.of(), List.of());
        assertThrows(StoreException.class, () -> store.agentStreams().commitInventory("a1", 1, "a1", List.of(broken), Instant.now()));
        assertEquals(0, store.agentStreams().lastSeq("a1"));
        assertTrue(store.inventories().items("a1").isEmpty(), "the items written before the failure are rolled back");
        assertThrows(StoreException.class, () -> store.agentStreams().commitTelemetry("stranger", 1, samples(1), Instant.now()));
        assertTrue(store.telemetry().range(new SeriesKey("stranger", "memory", "memory.used"), 0, Long.MAX_VALUE).isEmpty());
    }

    @Test
    void inventoryWritesKeepItemsHashesAndHistory() {
        Instant t = Instant.parse("2026-11-22T10:00:00Z");
        TwinChange added = new TwinChange("a1", t, "agent a1", "packages", "pkg/a", TwinChange.Kind.ADDED, null, "{\"version\":\"1\"}");
        assertTrue(store.agentStreams().commitInventory("a1", 1, "a1",
                List.of(new SectionWrite("packages", "h1", true, Map.of("pkg/a", "{\"version\":\"1\"}"), List.of(), List.of(added))), t));
        TwinChange removed = new TwinChange("a1", t.plusSeconds(60), "agent a1", "packages", "pkg/a", TwinChange.Kind.REMOVED, "{\"version\":\"1\"}", null);
        assertTrue(store.agentStreams().commitInventory("a1", 2, "a1",
                List.of(new SectionWrite("packages", "h2", false, Map.of(), List.of("pkg/a"), List.of(removed))), t.plusSeconds(60)));
        assertEquals(Map.of("packages", "h2"), store.inventories().hashes("a1"));
        assertTrue(store.inventories().items("a1").isEmpty());
        assertEquals(List.of(added, removed), store.inventories().changes("a1", t, t.plusSeconds(61), 10));
        assertEquals(List.of(added), store.inventories().changes("a1", t, t.plusSeconds(60), 10), "to is exclusive");
    }
}
