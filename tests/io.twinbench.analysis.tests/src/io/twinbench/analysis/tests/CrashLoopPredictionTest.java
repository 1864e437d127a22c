package io.twinbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.twinbench.analysis.predict.CrashLoopModel;
import io.twinbench.analysis.predict.FailurePredictions;
import io.twinbench.analysis.predict.Forecast;
import io.twinbench.model.build.TwinBuilder;
import io.twinbench.store.SectionWrite;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.TwinChange;
import io.twinbench.store.TwinStore;

/**
 * Services that keep restarting, read from the twin's history: one whose restarts come ever
 * closer is predicted to enter a crash loop, one already in a loop is predicted at the restart
 * that made it one; one restarted at a steady pace (an hourly job), one that calmed down and one
 * that stopped for good are not.
 */
class CrashLoopPredictionTest {

    private static final long MINUTE = 60_000;
    private static final long START = 1_795_996_800_000L;

    @TempDir
    Path workspace;

    /** Restart times with these gaps in minutes after START. */
    private static long[] restarts(long... gapsMinutes) {
        long[] t = new long[gapsMinutes.length + 1];
        t[0] = START;
        for (int i = 0; i < gapsMinutes.length; i++) {
            t[i + 1] = t[i] + gapsMinutes[i] * MINUTE;
        }
        return t;
    }

    @Test
    void restartsComingEverCloserArePredictedToBecomeALoopWithTheHeldOutGapScored() {
        long[] t = restarts(160, 80, 40, 20);
        Forecast f = CrashLoopModel.forecast("svc/flaky.service", FailurePredictions.CRASH_LOOP, t, t[t.length - 1] + MINUTE).orElseThrow();
        // gaps halve each time: 10, 5, 2.5, 1.25, 0.6 minutes, so five restarts fit into ten minutes about 19 minutes after the last
        assertTrue(f.expectedAt() > t[t.length - 1] && f.expectedAt() < t[t.length - 1] + 40 * MINUTE,
                "expected " + (f.expectedAt() - t[t.length - 1]) / MINUTE + " min after the last restart");
        assertTrue(f.fit() > 0.8, "confidence " + f.fit());
        assertTrue(f.heldOutError() < 5, "the last gap (20 min) was predicted within 5 min: " + f.heldOutError());
        assertTrue(f.basis().contains("restarts per hour, the gaps between them shrinking"), f.basis());
    }

    @Test
    void fiveRestartsWithinTenMinutesAreALoopAlready() {
        long[] t = restarts(120, 3, 2, 2, 2, 2);
        Forecast f = CrashLoopModel.forecast("svc/db.service", FailurePredictions.CRASH_LOOP, t, t[5] + 60 * MINUTE).orElseThrow();
        assertEquals(t[5], f.expectedAt(), "the fifth restart within ten minutes");
        assertEquals(1.0, f.fit());
    }

    @Test
    void steadyOrFewRestartsPredictNothing() {
        long later = START + 24 * 60 * MINUTE;
        assertEquals(Optional.empty(), CrashLoopModel.forecast("svc/backup", "x", restarts(60, 61, 59, 60, 60, 61), later));
        assertEquals(Optional.empty(), CrashLoopModel.forecast("svc/web", "x", restarts(30, 10), later), "three restarts are too few");
        assertEquals(Optional.empty(), CrashLoopModel.forecast("svc/web", "x", restarts(10, 20, 40, 80), later), "gaps growing");
        long[] calmed = restarts(160, 80, 40, 20);
        assertTrue(CrashLoopModel.forecast("svc/web", "x", calmed, calmed[4] + MINUTE).isPresent());
        assertEquals(Optional.empty(), CrashLoopModel.forecast("svc/web", "x", calmed, calmed[4] + 30 * MINUTE),
                "quiet for three times the gap expected next: it calmed down");
    }

    private static String attributes(String state, String mainProcess) {
        return "{\"kind\":\"Service\",\"name\":\"x\",\"state\":\"" + state + "\"" + (mainProcess == null ? "" : ",\"<-part-of\":\"" + mainProcess + "\"")
                + "}";
    }

    private static TwinChange changed(String service, long at, String before, String after) {
        return new TwinChange("host1", Instant.ofEpochMilli(at), "agent:host1", "services", service, TwinChange.Kind.CHANGED, before, after);
    }

    @Test
    void aServiceRestartingEverFasterInTheTwinsHistoryIsPredictedAndOthersAreNot() {
        List<TwinChange> history = new ArrayList<>();
        long[] flaky = restarts(160, 80, 40, 20);
        for (int i = 0; i < flaky.length; i++) {
            // the unit's main process is a new one after each restart
            history.add(changed("svc/flaky.service", flaky[i], attributes("ACTIVE", "proc/" + (100 + i)), attributes("ACTIVE", "proc/" + (101 + i))));
        }
        long[] failing = restarts(200, 60, 25, 10);
        for (long at : failing) {
            history.add(changed("svc/worker.service", at - MINUTE, attributes("ACTIVE", "proc/7"), attributes("FAILED", null)));
            history.add(changed("svc/worker.service", at, attributes("FAILED", null), attributes("ACTIVE", "proc/8")));
        }
        for (long at : restarts(60, 60, 60, 60, 60)) {
            history.add(changed("svc/hourly.service", at, attributes("INACTIVE", null), attributes("ACTIVE", "proc/9")));
        }
        history.add(changed("svc/gone.service", START + 10 * MINUTE, attributes("ACTIVE", "proc/3"), attributes("INACTIVE", null)));
        history.add(changed("svc/gone.service", START + 20 * MINUTE, "not json", attributes("ACTIVE", "proc/4")));
        history.add(new TwinChange("host1", Instant.ofEpochMilli(START), "agent:host1", "processes", "proc/5", TwinChange.Kind.CHANGED,
                attributes("INACTIVE", null), attributes("ACTIVE", null)));
        history.sort(java.util.Comparator.comparing(TwinChange::at));

        long[] calmed = restarts(40, 20, 10, 5);
        for (long at : calmed) {
            history.add(changed("svc/calmed.service", at, attributes("ACTIVE", "proc/10"), attributes("ACTIVE", "proc/11")));
        }
        long now = START + 300 * MINUTE + 30_000;
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(workspace))) {
            store.inventories().writeWithSnapshot(new TwinBuilder("host1", "host1", new Date(START)).twin(),
                    List.of(new SectionWrite("services", "h", false, Map.of(), List.of(), history)), Instant.ofEpochMilli(now));
            List<Forecast> forecasts = new FailurePredictions(store).predict("host1", now, Duration.ofHours(24), Duration.ofDays(7));
            assertEquals(List.of("svc/worker.service", "svc/flaky.service"), forecasts.stream().map(Forecast::elementId).toList(),
                    "the two speeding up, soonest first; not the steady, the calmed, the stopped or a process");
            forecasts.forEach(f -> assertEquals(FailurePredictions.CRASH_LOOP, f.failureMode()));
        }
    }

    @Test
    void restartsFasterThanTheInventoryAreCountedFromSystemdsRestartCounter() {
        // read every ten minutes: the main process looks the same each time, but systemd counted the restarts in between
        List<TwinChange> history = new ArrayList<>();
        long[] counts = {0, 1, 2, 4, 9};
        for (int i = 1; i < counts.length; i++) {
            history.add(changed("svc/api.service", START + i * 10 * MINUTE, "{\"state\":\"ACTIVE\",\"restarts\":\"" + counts[i - 1] + "\"}",
                    "{\"state\":\"ACTIVE\",\"restarts\":\"" + counts[i] + "\"}"));
        }
        long now = START + 41 * MINUTE;
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(workspace))) {
            store.inventories().writeWithSnapshot(new TwinBuilder("host1", "host1", new Date(START)).twin(),
                    List.of(new SectionWrite("services", "h", false, Map.of(), List.of(), history)), Instant.ofEpochMilli(now));
            long[] seen = new io.twinbench.analysis.predict.ServiceRestarts(store).between("host1", Instant.ofEpochMilli(START),
                    Instant.ofEpochMilli(now)).get("svc/api.service");
            assertEquals(9, seen.length, "every restart the counter saw");
            List<Forecast> forecasts = new FailurePredictions(store).predict("host1", now, Duration.ofHours(24), Duration.ofDays(7));
            assertEquals(List.of("svc/api.service"), forecasts.stream().map(Forecast::elementId).toList(),
                    "five restarts within the last ten minutes: a crash loop, invisible to minute-apart inventories");
        }
    }
}
