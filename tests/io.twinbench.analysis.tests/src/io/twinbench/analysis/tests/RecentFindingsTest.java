package io.twinbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.twinbench.analysis.live.RecentFindings;
import io.twinbench.analysis.predict.FailurePredictions;
import io.twinbench.model.build.TwinBuilder;
import io.twinbench.model.build.TwinMerge;
import io.twinbench.model.twin.Anomaly;
import io.twinbench.model.twin.Finding;
import io.twinbench.model.twin.Prediction;
import io.twinbench.model.twin.Twin;
import io.twinbench.model.twin.TwinPackage;
import io.twinbench.store.Sample;
import io.twinbench.store.SeriesKey;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.StoredAnomaly;
import io.twinbench.store.TwinStore;

/**
 * A live twin's model carries, per series, the latest anomaly of the last day (saying how many
 * there were) and the failures predicted for it; an open twin merging newer models gains, keeps
 * and drops those findings as the store's anomalies come and age out.
 */
class RecentFindingsTest {

    private static final long HOUR = 3_600_000;
    private static final long NOW = 1_796_000_000_000L;

    @TempDir
    Path workspace;

    private static Twin web1() {
        TwinBuilder b = new TwinBuilder("web1", "web1", new Date(NOW));
        b.element(TwinPackage.eINSTANCE.getFileSystem(), "fs/root", "/", e -> { });
        b.element(TwinPackage.eINSTANCE.getProcessor(), "cpu", "CPU", e -> { });
        return b.twin();
    }

    private static StoredAnomaly anomaly(String element, String metric, long ts, double score) {
        return new StoredAnomaly("web1", element, metric, ts, 95, 12, score, "spike", "seasonal");
    }

    @Test
    void aLiveTwinCarriesItsLatestAnomalyPerSeriesAndItsPredictions() {
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(workspace))) {
            store.anomalies().append(List.of(anomaly("cpu", "cpu.load", NOW - 30 * HOUR, 8), // older than a day
                    anomaly("cpu", "cpu.load", NOW - 3 * HOUR, 5), anomaly("cpu", "cpu.load", NOW - HOUR, 6),
                    new StoredAnomaly("web1", "cpu", "cpu.load", NOW - HOUR, 95, 12, 4, "spike", "gaussian"),
                    anomaly("fs/root", "fs.used.bytes", NOW - 2 * HOUR, 12), anomaly("gone", "cpu.load", NOW - HOUR, 7),
                    new StoredAnomaly("web2", "cpu", "cpu.load", NOW - HOUR, 1, 1, 9, "spike", "seasonal")));
            List<Sample> used = new ArrayList<>();
            List<Sample> total = new ArrayList<>();
            for (long t = NOW - 24 * HOUR; t <= NOW - 60_000; t += 300_000) {
                used.add(new Sample(t, 40e9 + 1e9 * (t - (NOW - 24 * HOUR)) / HOUR));
                total.add(new Sample(t, 100e9));
            }
            store.telemetry().append(new SeriesKey("web1", "fs/root", "fs.used.bytes"), "bytes", used);
            store.telemetry().append(new SeriesKey("web1", "fs/root", "fs.total.bytes"), "bytes", total);

            Clock clock = Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC);
            Twin twin = web1();
            new RecentFindings(store, clock).addFindings(twin);

            List<Anomaly> anomalies = twin.getFindings().stream().filter(Anomaly.class::isInstance).map(Anomaly.class::cast).toList();
            assertEquals(List.of("cpu cpu.load " + (NOW - HOUR) + " 6.0", "fs/root fs.used.bytes " + (NOW - 2 * HOUR) + " 12.0"),
                    anomalies.stream().map(a -> a.getElement().getId() + " " + a.getMetric() + " " + a.getDetectedAt().getTime() + " "
                            + a.getScore()).toList(),
                    "one per series of this twin's elements: the latest of the last day, the strongest detector's where two flagged it");
            assertTrue(anomalies.get(0).getDescription().endsWith("the latest of 3"), anomalies.get(0).getDescription());
            List<Prediction> predictions = twin.getFindings().stream().filter(Prediction.class::isInstance).map(Prediction.class::cast)
                    .toList();
            assertEquals(1, predictions.size());
            assertEquals(FailurePredictions.FILESYSTEM_FULL, predictions.get(0).getFailureMode());
            assertSame(twin.findElement("fs/root"), predictions.get(0).getElement());
        }
    }

    @Test
    void anOpenTwinFollowsTheFindingsAsAnomaliesArriveAndAgeOut() {
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(workspace))) {
            store.anomalies().append(List.of(anomaly("cpu", "cpu.load", NOW - 23 * HOUR, 5)));
            Twin open = web1();
            new RecentFindings(store, Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC)).addFindings(open);
            Finding first = open.getFindings().get(0);
            Twin same = EcoreUtil.copy(open);
            assertTrue(TwinMerge.apply(open, same).isEmpty(), "the same findings again change nothing");

            store.anomalies().append(List.of(anomaly("fs/root", "fs.used.bytes", NOW + HOUR, 11)));
            Twin newer = web1();
            new RecentFindings(store, Clock.fixed(Instant.ofEpochMilli(NOW + 2 * HOUR), ZoneOffset.UTC)).addFindings(newer);
            TwinMerge.Outcome outcome = TwinMerge.apply(open, newer);

            assertEquals(1, outcome.findingsAdded(), outcome.toString());
            assertEquals(1, outcome.findingsRemoved(), "the CPU anomaly is more than a day old two hours later");
            assertTrue(open.getFindings().stream().noneMatch(f -> f == first));
            assertEquals("fs/root", open.getFindings().get(0).getElement().getId());
            assertSame(open.findElement("fs/root"), open.getFindings().get(0).getElement());
        }
    }
}
