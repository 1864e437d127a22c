package io.twinbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.twinbench.analysis.AnomalyKind;
import io.twinbench.analysis.Detection;
import io.twinbench.analysis.SeasonalDetector;
import io.twinbench.analysis.SeriesAnalysis;
import io.twinbench.analysis.evaluate.LabelledWindow;
import io.twinbench.analysis.evaluate.SyntheticSeries;

/**
 * Three weeks of a server-like metric every 5 minutes (daily curve, quiet weekends, drift,
 * noise) with one anomaly of a known kind injected after the first week; the detector must
 * find it, name its kind, and raise nothing else once it has seen a week.
 */
class SeasonalDetectorTest {

    private static final long MONDAY = 1_795_996_800_000L; // 2026-11-30T00:00:00Z, a Monday
    private static final long STEP = 300_000;
    private static final int PER_DAY = 288;
    private static final int POINTS = 21 * PER_DAY;

    private static SyntheticSeries load(long seed) {
        return SyntheticSeries.serverLoad(MONDAY, STEP, POINTS, seed);
    }

    private static List<Detection> detect(SyntheticSeries.Labelled labelled) {
        return SeriesAnalysis.detect(labelled.series(), new SeasonalDetector(SeasonalDetector.Settings.defaults()));
    }

    /** Detections after the first week, which is when the baseline knows the weekly rhythm. */
    private static List<Detection> afterFirstWeek(List<Detection> found) {
        return found.stream().filter(d -> d.time() >= MONDAY + 7 * 86_400_000L).toList();
    }

    private static List<Detection> outside(LabelledWindow window, List<Detection> found) {
        return found.stream().filter(d -> !window.contains(d.time())).toList();
    }

    @Test
    void theDailyCurveWeekendsAndSlowDriftAreNotAnomalies() {
        int falseAlarms = 0;
        for (long seed = 1; seed <= 3; seed++) {
            List<Detection> found = afterFirstWeek(detect(load(seed).build("clean")));
            assertTrue(found.size() <= 1, "seed " + seed + ": " + found);
            falseAlarms += found.size();
        }
        assertTrue(falseAlarms <= 1, "at most one false alarm in six weeks of 5-minute points: " + falseAlarms);
    }

    @Test
    void aSpikeIsFoundAsASpikeAndNothingElseIs() {
        SyntheticSeries.Labelled labelled = load(7).spike(10 * PER_DAY + 40, 9).build("spike");
        List<Detection> found = afterFirstWeek(detect(labelled));
        LabelledWindow window = labelled.labels().get(0);
        assertEquals(1, found.stream().filter(d -> window.contains(d.time())).count(), found.toString());
        assertEquals(AnomalyKind.SPIKE, found.get(0).kind());
        assertEquals(List.of(), outside(window, found));
    }

    @Test
    void aLevelShiftIsFoundAsOneAndTheBaselineMovesToIt() {
        SyntheticSeries.Labelled labelled = load(11).levelShift(9 * PER_DAY + 100, 8).build("shift");
        List<Detection> found = afterFirstWeek(detect(labelled));
        LabelledWindow window = labelled.labels().get(0);
        assertFalse(found.isEmpty(), "the shift is found");
        assertTrue(found.stream().allMatch(d -> d.kind() == AnomalyKind.LEVEL_SHIFT), found.toString());
        assertEquals(List.of(), outside(window, found), "after the shift the new level is normal");
    }

    @Test
    void aTrendIsFoundAsOneAndTheBaselineFollowsItsEnd() {
        SyntheticSeries.Labelled labelled = load(13).trend(11 * PER_DAY + 30, 0.6, 60).build("trend");
        List<Detection> found = afterFirstWeek(detect(labelled));
        LabelledWindow window = labelled.labels().get(0);
        assertTrue(found.stream().anyMatch(d -> window.contains(d.time()) && d.kind() == AnomalyKind.TREND), found.toString());
        assertEquals(List.of(), outside(window, found), "nothing but the ramp and its end");
    }

    @Test
    void aChangedDailyRhythmIsFoundAsSeasonalityAndThenLearned() {
        SyntheticSeries.Labelled labelled = load(17).seasonalityChange(12 * PER_DAY, 10, 10).build("seasonality");
        List<Detection> found = afterFirstWeek(detect(labelled));
        LabelledWindow window = labelled.labels().get(0);
        assertTrue(found.stream().anyMatch(d -> window.contains(d.time()) && d.kind() == AnomalyKind.SEASONALITY), found.toString());
        assertEquals(List.of(), found.stream().filter(d -> d.time() < window.from()).toList(), "nothing before the change");
        assertEquals(List.of(), found.stream().filter(d -> d.time() > MONDAY + 17 * 86_400_000L).toList(),
                "the new rhythm is learned within days");
    }

    /**
     * An agent's series at a 2 s interval that starts with its own start-up (a minute of 5 to
     * 50 % CPU), then an hour of steady 4 to 6 %, then one core busy for 40 s. The level and
     * deviation learned in the first minute must not hide the busy core an hour later.
     */
    @Test
    void aBusyStartDoesNotHideAChangeAnHourLater() {
        long start = MONDAY + 10 * 3_600_000L;
        long step = 2_000;
        SplittableRandom random = new SplittableRandom(3);
        SeasonalDetector detector = new SeasonalDetector(SeasonalDetector.Settings.defaults());
        List<Long> anomalous = new ArrayList<>();
        for (int i = 0; i < 1_850; i++) {
            double value;
            if (i < 30) {
                value = 5 + 45 * random.nextDouble();
            } else if (i >= 1_830) {
                value = 50 + 4 * random.nextDouble();
            } else {
                value = 4 + 2 * random.nextDouble();
            }
            detector.observe(start + i * step, value);
            if (detector.isAnomalous()) {
                anomalous.add((long) i);
            }
        }
        assertTrue(anomalous.contains(1_830L), "the busy core is found at its first point: " + anomalous);
        assertTrue(anomalous.stream().allMatch(i -> i >= 1_830), "the steady hour is normal: " + anomalous);
    }

    /**
     * A host's CPU at the agent's 5 s interval: 1 to 2 % between the agent's inventory rounds,
     * 14 to 18 % at each round (one sample a minute), for two hours, then 60 % for 50 s. The
     * rounds recur, so they are not anomalies; the busy host still is.
     */
    @Test
    void whatRecursEveryMinuteIsNormalAndALargerChangeIsNot() {
        long start = MONDAY + 10 * 3_600_000L;
        SplittableRandom random = new SplittableRandom(5);
        SeasonalDetector detector = new SeasonalDetector(SeasonalDetector.Settings.defaults());
        List<Integer> anomalous = new ArrayList<>();
        for (int i = 0; i < 1_450; i++) {
            double value;
            if (i >= 1_440) {
                value = 60 + 4 * random.nextDouble();
            } else if (i % 12 == 0) {
                value = 14 + 4 * random.nextDouble();
            } else {
                value = 1 + random.nextDouble();
            }
            detector.observe(start + i * 5_000L, value);
            if (detector.isAnomalous()) {
                anomalous.add(i);
            }
        }
        assertEquals(List.of(1_440, 1_441, 1_442, 1_443), anomalous.subList(0, Math.min(4, anomalous.size())),
                "no round is an anomaly and the busy host is, from its first sample: " + anomalous);
    }
}
