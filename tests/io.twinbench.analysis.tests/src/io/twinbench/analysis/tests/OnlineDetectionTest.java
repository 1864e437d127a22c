package io.twinbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.twinbench.analysis.Detectors;
import io.twinbench.analysis.evaluate.SyntheticSeries;
import io.twinbench.analysis.live.OnlineDetection;
import io.twinbench.analysis.series.TimeSeries;
import io.twinbench.store.Sample;
import io.twinbench.store.SeriesAppend;
import io.twinbench.store.SeriesKey;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.StoredAnomaly;
import io.twinbench.store.TwinStore;

/**
 * Samples committed for a twin go through the online detector: its baseline is primed from
 * the series' stored history, the anomaly is stored the moment its sample is observed, and
 * samples already seen (a resent frame) are not judged twice.
 */
class OnlineDetectionTest {

    private static final long MONDAY = 1_795_996_800_000L;
    private static final long STEP = 300_000;
    private static final SeriesKey CPU = new SeriesKey("web1", "cpu", "cpu.load");

    @TempDir
    Path workspace;

    private static List<Sample> samples(TimeSeries s, int from, int to) {
        List<Sample> result = new ArrayList<>();
        for (int i = from; i < to; i++) {
            result.add(new Sample(s.time(i), s.value(i)));
        }
        return result;
    }

    @Test
    void aSpikeArrivingAfterAStoredWeekIsStoredAsAnAnomalyOfItsElement() {
        int week = 7 * 288;
        int spikeAt = week + 100;
        TimeSeries series = SyntheticSeries.serverLoad(MONDAY, STEP, week + 288, 21).spike(spikeAt, 10).build("cpu").series();
        Clock clock = Clock.fixed(Instant.ofEpochMilli(series.time(week)), ZoneOffset.UTC);
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(workspace))) {
            store.telemetry().append(CPU, "%", samples(series, 0, week));
            OnlineDetection detection = new OnlineDetection(store, Detectors.SEASONAL, clock);
            List<StoredAnomaly> found = new ArrayList<>();
            for (int i = week; i < series.size(); i += 12) {
                List<Sample> batch = samples(series, i, Math.min(series.size(), i + 12));
                store.telemetry().append(CPU, "%", batch);
                found.addAll(detection.observe(List.of(new SeriesAppend(CPU, "%", batch))));
            }
            assertEquals(1, found.size(), "primed by the stored week, only the spike stands out: " + found);
            StoredAnomaly spike = found.get(0);
            assertEquals(series.time(spikeAt), spike.timestamp());
            assertEquals("cpu", spike.elementId());
            assertEquals("cpu.load", spike.metric());
            assertEquals("spike", spike.kind());
            assertEquals("seasonal", spike.detector());
            assertTrue(spike.score() >= 5, "score " + spike.score());
            assertEquals(found, store.anomalies().find("web1", 0, Long.MAX_VALUE, 10), "stored as found");

            List<Sample> resent = samples(series, spikeAt - 2, spikeAt + 2);
            assertEquals(List.of(), detection.observe(List.of(new SeriesAppend(CPU, "%", resent))), "a resent frame is not judged again");
            assertEquals(1, store.anomalies().find("web1", 0, Long.MAX_VALUE, 10).size());
        }
    }

    @Test
    void theWatchScoresQueuedFramesOffTheCallersThreadAndTellsWhatItFound() {
        int week = 7 * 288;
        TimeSeries series = SyntheticSeries.serverLoad(MONDAY, STEP, week + 288, 21).spike(week + 100, 10).build("cpu").series();
        Clock clock = Clock.fixed(Instant.ofEpochMilli(series.time(week)), ZoneOffset.UTC);
        List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(workspace))) {
            store.telemetry().append(CPU, "%", samples(series, 0, week));
            try (io.twinbench.analysis.live.AnomalyWatch watch = new io.twinbench.analysis.live.AnomalyWatch(
                    new OnlineDetection(store, Detectors.SEASONAL, clock), (twin, found) -> found.forEach(a -> told.add(twin + " " + a.timestamp())))) {
                for (int i = week; i < series.size(); i += 12) {
                    watch.submit("web1", List.of(new SeriesAppend(CPU, "%", samples(series, i, Math.min(series.size(), i + 12)))));
                }
            }
            assertEquals(List.of("web1 " + series.time(week + 100)), told, "closing scores what was queued");
            assertEquals(1, store.anomalies().find("web1", 0, Long.MAX_VALUE, 10).size());
        }
    }

    /**
     * The collector's default detector is the rarity detector, and it is primed the same way:
     * an application's error counter that logs one to five errors now and then has a week of
     * it stored, then a day streams in with the usual errors and one burst of 40. The burst is
     * stored, and at most two of the usual errors (a week is a short record: over twenty such
     * days the rarity detector stored four); the seasonal detector, fed the same, stores dozens.
     */
    @Test
    void theCollectorsDefaultAlarmsOnARareBurstOfErrorsAndNotOnTheUsualOnes() {
        SeriesKey errors = new SeriesKey("web1", "app/shop", "errors");
        long minute = 60_000;
        int week = 7 * 1440;
        int burst = week + 600;
        java.util.Random random = new java.util.Random(11);
        List<Sample> all = new ArrayList<>();
        for (int i = 0; i < week + 1440; i++) {
            double u = random.nextDouble();
            all.add(new Sample(MONDAY + i * minute, i == burst ? 40 : u < 0.005 ? 3 + random.nextInt(3) : u < 0.04 ? 1 : 0));
        }
        assertEquals(Detectors.RARITY, Detectors.DEFAULT);
        List<StoredAnomaly> rarity = streamDay(errors, all, week, Detectors.DEFAULT, workspace.resolve("rarity"));
        StoredAnomaly stored = rarity.stream().filter(a -> a.timestamp() == MONDAY + burst * minute).findFirst().orElseThrow(
                () -> new AssertionError("the burst was not stored: " + rarity));
        assertEquals("rarity", stored.detector());
        assertTrue(rarity.size() <= 3, "the usual errors alarmed: " + rarity);
        List<StoredAnomaly> seasonal = streamDay(errors, all, week, Detectors.SEASONAL, workspace.resolve("seasonal"));
        assertTrue(seasonal.size() > 20, "the seasonal detector stored " + seasonal.size());
    }

    /** Stores the samples before `from`, then streams the rest in minute-long frames through the collector's detection. */
    private static List<StoredAnomaly> streamDay(SeriesKey key, List<Sample> all, int from, Detectors detectors, Path where) {
        Clock clock = Clock.fixed(Instant.ofEpochMilli(all.get(from).timestamp()), ZoneOffset.UTC);
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(where))) {
            store.telemetry().append(key, "errors", all.subList(0, from));
            OnlineDetection detection = new OnlineDetection(store, detectors, clock);
            List<StoredAnomaly> found = new ArrayList<>();
            for (int i = from; i < all.size(); i++) {
                List<Sample> frame = all.subList(i, i + 1);
                store.telemetry().append(key, "errors", frame);
                found.addAll(detection.observe(List.of(new SeriesAppend(key, "errors", frame))));
            }
            return found;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
