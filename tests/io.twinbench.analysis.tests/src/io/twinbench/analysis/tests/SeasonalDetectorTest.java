package io.twinbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

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
}
