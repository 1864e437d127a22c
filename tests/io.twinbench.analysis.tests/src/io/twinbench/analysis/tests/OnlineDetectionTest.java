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
}
