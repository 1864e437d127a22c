package io.twinbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.twinbench.analysis.predict.ExhaustionModel;
import io.twinbench.analysis.predict.FailurePredictions;
import io.twinbench.analysis.predict.Forecast;
import io.twinbench.analysis.predict.PredictionFindings;
import io.twinbench.model.build.TwinBuilder;
import io.twinbench.model.twin.Prediction;
import io.twinbench.model.twin.Twin;
import io.twinbench.model.twin.TwinPackage;
import io.twinbench.store.Sample;
import io.twinbench.store.SeriesKey;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.TwinStore;

/**
 * A file system filling at a steady rate is predicted full when the rate says, with high
 * confidence; flat or shrinking use predicts nothing; a memory leak is predicted as memory
 * running out; forecasts beyond the horizon are left out.
 */
class FailurePredictionsTest {

    private static final long START = 1_795_996_800_000L;
    private static final long STEP = 300_000;
    private static final double GB = 1e9;

    @TempDir
    Path workspace;

    /** 24 h of 5-minute points: start + perHour per hour, with Gaussian noise. */
    private static double[] usage(double start, double perHour, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] v = new double[288];
        for (int i = 0; i < v.length; i++) {
            v[i] = start + perHour * i / 12.0 + noise * (random.nextDouble() * 2 - 1) * Math.sqrt(3);
        }
        return v;
    }

    private static long[] times() {
        long[] t = new long[288];
        for (int i = 0; i < t.length; i++) {
            t[i] = START + i * STEP;
        }
        return t;
    }

    @Test
    void aSteadilyFillingFileSystemIsPredictedFullWhenItsRateSays() {
        long[] t = times();
        Optional<Forecast> f = ExhaustionModel.forecast("fs/root", FailurePredictions.FILESYSTEM_FULL, t, usage(40 * GB, GB, 0.05 * GB, 1),
                100 * GB);
        assertTrue(f.isPresent());
        double truth = t[t.length - 1] + (100 - (40 + 287 / 12.0)) * 3_600_000;
        assertEquals(truth, f.get().expectedAt(), 0.03 * (truth - t[t.length - 1]), "within 3 % of the true time left");
        assertTrue(f.get().fit() > 0.9, "confidence " + f.get().fit());
        assertEquals(GB, f.get().growthPerHour(), 0.02 * GB);
        assertTrue(f.get().heldOutError() < 0.1 * GB, "held-out error " + f.get().heldOutError());
    }

    @Test
    void flatOrShrinkingUseAndTooLittleHistoryPredictNothing() {
        long[] t = times();
        assertEquals(Optional.empty(), ExhaustionModel.forecast("fs/root", "x", t, usage(40 * GB, 0, 0.5 * GB, 2), 100 * GB));
        assertEquals(Optional.empty(), ExhaustionModel.forecast("fs/root", "x", t, usage(40 * GB, -GB, 0.05 * GB, 3), 100 * GB));
        assertEquals(Optional.empty(), ExhaustionModel.forecast("fs/root", "x", java.util.Arrays.copyOf(t, 10),
                java.util.Arrays.copyOf(usage(40 * GB, GB, 0, 4), 10), 100 * GB));
    }

    private static List<Sample> samples(double[] values) {
        List<Sample> s = new ArrayList<>();
        long[] t = times();
        for (int i = 0; i < values.length; i++) {
            s.add(new Sample(t[i], values[i]));
        }
        return s;
    }

    @Test
    void aTwinsFillingDiskAndLeakingMemoryArePredictedFromItsStoredTelemetry() {
        long now = START + 287 * STEP;
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(workspace))) {
            store.telemetry().append(new SeriesKey("web1", "fs/root", "fs.used.bytes"), "bytes", samples(usage(40 * GB, GB, 0.05 * GB, 5)));
            store.telemetry().append(new SeriesKey("web1", "fs/root", "fs.total.bytes"), "bytes", samples(usage(100 * GB, 0, 0, 6)));
            store.telemetry().append(new SeriesKey("web1", "fs/boot", "fs.used.bytes"), "bytes", samples(usage(0.2 * GB, 0, 0.001 * GB, 7)));
            store.telemetry().append(new SeriesKey("web1", "fs/boot", "fs.total.bytes"), "bytes", samples(usage(1 * GB, 0, 0, 8)));
            double[] used = usage(2 * GB, 0.05 * GB, 0.02 * GB, 9);
            double[] available = new double[used.length];
            for (int i = 0; i < used.length; i++) {
                available[i] = 8 * GB - used[i];
            }
            store.telemetry().append(new SeriesKey("web1", "memory", "memory.used"), "bytes", samples(used));
            store.telemetry().append(new SeriesKey("web1", "memory", "memory.available"), "bytes", samples(available));

            List<Forecast> forecasts = new FailurePredictions(store).predict("web1", now, Duration.ofHours(24), Duration.ofDays(30));
            assertEquals(List.of("fs/root " + FailurePredictions.FILESYSTEM_FULL, "memory " + FailurePredictions.MEMORY_EXHAUSTED),
                    forecasts.stream().map(f -> f.elementId() + " " + f.failureMode()).toList(), "soonest first; /boot is not filling");
            assertTrue(forecasts.get(1).expectedAt() > now + Duration.ofHours(30).toMillis(), "8 GB at 0.05 GB/h lasts days");
            assertEquals(List.of(), new FailurePredictions(store).predict("web1", now, Duration.ofHours(24), Duration.ofHours(12)),
                    "nothing within 12 hours");

            TwinBuilder b = new TwinBuilder("web1", "web1", new Date());
            b.element(TwinPackage.eINSTANCE.getFileSystem(), "fs/root", "/", e -> { });
            Twin twin = b.twin();
            assertEquals(1, PredictionFindings.attach(twin, forecasts), "only the file system is in this twin");
            Prediction p = (Prediction) twin.getFindings().get(0);
            assertEquals(FailurePredictions.FILESYSTEM_FULL, p.getFailureMode());
            assertEquals(forecasts.get(0).expectedAt(), p.getExpectedAt().getTime());
        }
    }

    @Test
    void drivesArePredictedToFailFromTheirSmartHealth() {
        long now = START + 287 * STEP;
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(workspace))) {
            double[] margin = usage(90, -1, 0.3, 11); // an ATA drive losing a point of margin an hour
            for (int i = 0; i < margin.length; i++) {
                margin[i] = Math.round(margin[i]);
            }
            store.telemetry().append(new SeriesKey("nas", "disk/dev/sda", "smart.margin"), "", samples(margin));
            store.telemetry().append(new SeriesKey("nas", "disk/dev/sda", "smart.healthy"), "", samples(usage(1, 0, 0, 12)));
            store.telemetry().append(new SeriesKey("nas", "disk/dev/sdb", "smart.margin"), "", samples(usage(87, 0, 0, 13)));
            double[] verdict = usage(1, 0, 0, 14);
            verdict[verdict.length - 1] = 0;
            store.telemetry().append(new SeriesKey("nas", "disk/dev/nvme0", "smart.healthy"), "", samples(verdict));
            store.telemetry().append(new SeriesKey("nas", "disk/dev/nvme1", "smart.percentage_used"), "%", samples(usage(50, 0.1, 0, 15)));

            List<Forecast> forecasts = new FailurePredictions(store).predict("nas", now, Duration.ofHours(24), Duration.ofDays(30));
            assertEquals(List.of("disk/dev/nvme0 " + FailurePredictions.DISK_FAILING, "disk/dev/sda " + FailurePredictions.DISK_FAILURE,
                    "disk/dev/nvme1 " + FailurePredictions.DISK_WORN_OUT), forecasts.stream().map(f -> f.elementId() + " " + f.failureMode()).toList(),
                    "the failed verdict now, then the margin, then the wear; not the drive whose margin holds");
            assertEquals(now, forecasts.get(0).expectedAt());
            assertEquals("the drive's SMART self-assessment failed", forecasts.get(0).basis());
            double marginLeftHours = 90 - 287 / 12.0;
            assertEquals(now + marginLeftHours * 3_600_000, forecasts.get(1).expectedAt(), 0.05 * marginLeftHours * 3_600_000,
                    "the margin of about 66 runs out in about 66 hours");
            assertTrue(forecasts.get(1).basis().startsWith("SMART: its margin above the failure threshold falls 1.0"), forecasts.get(1).basis());
            assertTrue(forecasts.get(2).basis().startsWith("SMART: 0.100 % of its rated endurance used per hour"), forecasts.get(2).basis());
        }
    }

    @Test
    void growingReallocatedOrAnyPendingSectorsPredictADriveFailingNow() {
        long now = START + 287 * STEP;
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(workspace))) {
            double[] reallocated = usage(8, 0, 0, 21);
            for (int i = 200; i < reallocated.length; i++) {
                reallocated[i] = 24; // 16 sectors reallocated this afternoon
            }
            store.telemetry().append(new SeriesKey("nas", "disk/dev/sda", "smart.5.reallocated_sector_ct"), "count", samples(reallocated));
            store.telemetry().append(new SeriesKey("nas", "disk/dev/sdb", "smart.197.current_pending_sector"), "count", samples(usage(2, 0, 0, 22)));
            store.telemetry().append(new SeriesKey("nas", "disk/dev/sdc", "smart.5.reallocated_sector_ct"), "count", samples(usage(3, 0, 0, 23)));
            store.telemetry().append(new SeriesKey("nas", "disk/dev/sdc", "smart.197.current_pending_sector"), "count", samples(usage(0, 0, 0, 24)));

            List<Forecast> forecasts = new FailurePredictions(store).predict("nas", now, Duration.ofHours(24), Duration.ofDays(30));
            assertEquals(List.of("disk/dev/sda", "disk/dev/sdb"), forecasts.stream().map(Forecast::elementId).sorted().toList(),
                    "sectors reallocated in the window, and sectors pending; not a drive with old, steady reallocations and none pending");
            forecasts.forEach(f -> assertEquals(FailurePredictions.SECTORS_FAILING, f.failureMode()));
            Forecast sda = forecasts.stream().filter(f -> f.elementId().equals("disk/dev/sda")).findFirst().orElseThrow();
            assertEquals(now, sda.expectedAt(), "at risk now");
            assertTrue(sda.basis().startsWith("SMART: 24 sectors failing (reallocated, pending or uncorrectable)"), sda.basis());
        }
    }
}
