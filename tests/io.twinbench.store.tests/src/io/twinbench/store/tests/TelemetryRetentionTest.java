package io.twinbench.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.twinbench.store.RetentionPolicy;
import io.twinbench.store.Rollup;
import io.twinbench.store.Sample;
import io.twinbench.store.SeriesKey;
import io.twinbench.store.TelemetryRetention;
import io.twinbench.store.TwinStore;

class TelemetryRetentionTest extends StoreFixture {

    private TwinStore store;
    private final SeriesKey key = new SeriesKey("t", "cpu", "cpu.load");
    private final Instant now = Instant.parse("2026-11-22T12:00:00Z");
    private final RetentionPolicy policy = new RetentionPolicy(Duration.ofDays(7), Duration.ofMinutes(1), Duration.ofDays(30));

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

    private long at(Duration ago, long plusMillis) {
        return now.minus(ago).toEpochMilli() / 60_000 * 60_000 + plusMillis;
    }

    @Test
    void oldSamplesBecomeMinuteRollupsRecentOnesStayAndReRunningChangesNothing() {
        long old = at(Duration.ofDays(8), 0);
        store.telemetry().append(key, "%", List.of(new Sample(old, 10), new Sample(old + 20_000, 30), new Sample(old + 40_000, 20),
                new Sample(old + 60_000, 5), new Sample(at(Duration.ofDays(1), 0), 50)));
        TelemetryRetention.Outcome outcome = store.retention().apply(policy, now);
        assertEquals(4, outcome.rawFolded());
        assertEquals(List.of(new Rollup(old, 60_000, 3, 10, 30, 20), new Rollup(old + 60_000, 60_000, 1, 5, 5, 5)),
                store.retention().rollups(key, 0, Long.MAX_VALUE));
        assertEquals(List.of(new Sample(at(Duration.ofDays(1), 0), 50)), store.telemetry().range(key, 0, Long.MAX_VALUE), "recent samples stay raw");
        assertEquals(0, store.retention().apply(policy, now).rawFolded());
        assertEquals(3, store.retention().rollups(key, 0, Long.MAX_VALUE).get(0).count(), "nothing counted twice");
        assertEquals(List.of(new Sample(old, 20), new Sample(old + 60_000, 5), new Sample(at(Duration.ofDays(1), 0), 50)),
                store.telemetry().history(key, 0, Long.MAX_VALUE), "history reads the rollups' means where the raw samples expired");
        assertEquals(List.of(new Sample(old + 60_000, 5)), store.telemetry().history(key, old + 1, old + 120_000));
    }

    @Test
    void lateSamplesFoldIntoTheirBucketAndOldRollupsExpire() {
        long old = at(Duration.ofDays(8), 0);
        store.telemetry().append(key, "%", List.of(new Sample(old, 10), new Sample(at(Duration.ofDays(40), 0), 1)));
        store.retention().apply(policy, now);
        store.telemetry().append(key, "%", List.of(new Sample(old + 30_000, 40)));
        TelemetryRetention.Outcome late = store.retention().apply(policy, now);
        assertEquals(1, late.rawFolded());
        assertEquals(List.of(new Rollup(old, 60_000, 2, 10, 40, 25)), store.retention().rollups(key, 0, Long.MAX_VALUE),
                "the late sample joined its bucket; the 40-day-old rollup expired");
    }

    @Test
    void aPolicyThatWouldLoseDataEarlyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RetentionPolicy(Duration.ofDays(7), Duration.ofMinutes(1), Duration.ofDays(1)));
    }
}
