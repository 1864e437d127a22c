package io.twinbench.rollout.analysis;

import java.util.Arrays;
import java.util.Locale;

import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;

import io.twinbench.rollout.spec.Metric;

/**
 * Whether a stage's samples are significantly worse than its unchanged peers': a one-sided
 * Mann–Whitney U test (Commons Math; it assumes no distribution, and telemetry is rarely normal),
 * so a change that stays under a fixed threshold but makes the canaries worse than the baseline
 * still fails. Too few samples on either side say nothing, and are reported as such.
 */
public final class BaselineComparison {

    /** Fewer samples than this on either side and the test has no power worth a decision. */
    public static final int MIN_SAMPLES = 5;

    public record Result(boolean decided, boolean worse, double pValue, double stageMedian, double baselineMedian, int stageSamples,
            int baselineSamples, String detail) {
    }

    private BaselineComparison() {
    }

    public static Result compare(Metric.Comparison comparison, double[] stage, double[] baseline) {
        double[] s = finite(stage);
        double[] b = finite(baseline);
        if (s.length < MIN_SAMPLES || b.length < MIN_SAMPLES) {
            return new Result(false, false, Double.NaN, median(s), median(b), s.length, b.length, String.format(Locale.ROOT,
                    "not compared: %d sample(s) of the stage and %d of the baseline, at least %d of each needed", s.length, b.length, MIN_SAMPLES));
        }
        double twoSided = new MannWhitneyUTest().mannWhitneyUTest(s, b);
        double stageMedian = median(s);
        double baselineMedian = median(b);
        double meanRankShift = mean(s) - mean(b);
        boolean worseDirection = comparison.higherIsWorse() ? meanRankShift > 0 || stageMedian > baselineMedian
                : meanRankShift < 0 || stageMedian < baselineMedian;
        double oneSided = Double.isNaN(twoSided) ? 1 : worseDirection ? twoSided / 2 : 1 - twoSided / 2;
        boolean worse = worseDirection && oneSided < comparison.alpha();
        return new Result(true, worse, oneSided, stageMedian, baselineMedian, s.length, b.length, String.format(Locale.ROOT,
                "Mann-Whitney U, one-sided p = %.4f (alpha %.3g): stage median %.3g over %d sample(s), baseline %.3g over %d: %s",
                oneSided, comparison.alpha(), stageMedian, s.length, baselineMedian, b.length,
                worse ? "significantly " + (comparison.higherIsWorse() ? "higher" : "lower") : "not significantly worse"));
    }

    private static double[] finite(double[] values) {
        return Arrays.stream(values).filter(Double::isFinite).toArray();
    }

    private static double median(double[] values) {
        return values.length == 0 ? Double.NaN : new Median().evaluate(values);
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }
}
