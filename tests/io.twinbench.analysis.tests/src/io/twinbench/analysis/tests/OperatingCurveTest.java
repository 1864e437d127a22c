package io.twinbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.twinbench.analysis.Detectors;
import io.twinbench.analysis.SeriesAnalysis;
import io.twinbench.analysis.evaluate.OperatingCurve;
import io.twinbench.analysis.evaluate.Scorecard;
import io.twinbench.analysis.evaluate.SyntheticSeries;

/**
 * A detector's range on a labelled set: a run per threshold, the most labels found within a
 * false-alarm budget, and the default threshold's scorecard as a plain run gives it.
 */
class OperatingCurveTest {

    private static final long MONDAY = 1_795_996_800_000L;
    private static final long STEP = 300_000;
    private static final int PER_DAY = 288;
    private static final long WEEK = 7 * 86_400_000L;

    private static List<SyntheticSeries.Labelled> set() {
        return List.of(SyntheticSeries.serverLoad(MONDAY, STEP, 14 * PER_DAY, 21).spike(9 * PER_DAY + 50, 10).spike(11 * PER_DAY + 70, -9)
                .build("two spikes"), SyntheticSeries.serverLoad(MONDAY, STEP, 14 * PER_DAY, 22).levelShift(10 * PER_DAY + 10, 8).build("shift"));
    }

    @Test
    void theDefaultThresholdScoresAsAPlainRunDoes() {
        List<SyntheticSeries.Labelled> set = set();
        for (Detectors d : List.of(Detectors.SEASONAL, Detectors.GAUSSIAN)) {
            Scorecard plain = new Scorecard(0, 0, 0, 0);
            for (SyntheticSeries.Labelled l : set) {
                plain = plain.plus(Scorecard.of(l.labels(),
                        SeriesAnalysis.detect(l.series(), d.create()).stream().filter(x -> x.time() >= MONDAY + WEEK).toList()));
            }
            assertEquals(plain, OperatingCurve.trace(d, set, WEEK).atDefault(), d.id());
        }
    }

    @Test
    void aLargerBudgetNeverFindsFewerAndEachBudgetIsMetByARunWithinIt() {
        OperatingCurve curve = OperatingCurve.trace(Detectors.GAUSSIAN, set(), WEEK);
        assertTrue(curve.points().size() > 20, "a ladder of thresholds: " + curve.points().size());
        int before = 0;
        for (int budget : new int[] {0, 1, 2, 5, 10, 100, 10_000}) {
            int found = curve.mostFound(budget);
            assertTrue(found >= before, budget + ": " + found + " < " + before);
            assertTrue(found == 0 || curve.points().stream().anyMatch(p -> p.scorecard().found() == found && p.scorecard().falseAlarms() <= budget),
                    "a run finds " + found + " within " + budget);
            before = found;
        }
        assertTrue(curve.mostFound(Integer.MAX_VALUE) >= Math.max(2, curve.atDefault().found()),
                "with any number of alarms, at least what the default finds: " + curve.points());
        assertTrue(curve.points().stream().anyMatch(p -> p.scorecard().falseAlarms() > 10), "low thresholds alarm on noise");
    }
}
