package io.twinbench.rollout.analysis;

import java.util.List;
import java.util.Locale;

import dev.cel.runtime.CelEvaluationException;
import io.twinbench.rollout.spec.Metric;

/**
 * Argo Rollouts' rules for one measurement and for a metric's run of them: a measurement fails
 * when its failure condition holds; otherwise it succeeds when the success condition holds, or
 * when there is only a failure condition; with only a success condition that does not hold it
 * fails; with both and neither holding it is inconclusive. No values (no endpoint sent anything)
 * and a condition that cannot be evaluated are inconclusive too, never a pass.
 */
public final class MetricJudge {

    private MetricJudge() {
    }

    public static Judgement judge(Metric metric, Reading reading) {
        List<Double> values = reading.cohortValues();
        if (values.isEmpty()) {
            return new Judgement(Outcome.INCONCLUSIVE, "no endpoint of the cohort sent anything to measure " + metric.measure() + " by");
        }
        String figures = figures(values, reading.baselineMean());
        try {
            if (metric.failure() != null && metric.failure().holds(values, reading.baselineMean())) {
                return new Judgement(Outcome.FAILED, "failure condition " + metric.failure() + " holds: " + figures);
            }
            if (metric.success() == null) {
                return new Judgement(Outcome.SUCCESSFUL, "failure condition " + metric.failure() + " does not hold: " + figures);
            }
            if (metric.success().holds(values, reading.baselineMean())) {
                return new Judgement(Outcome.SUCCESSFUL, "success condition " + metric.success() + " holds: " + figures);
            }
            return metric.failure() == null ? new Judgement(Outcome.FAILED, "success condition " + metric.success() + " does not hold: " + figures)
                    : new Judgement(Outcome.INCONCLUSIVE, "neither condition holds: " + figures);
        } catch (CelEvaluationException e) {
            return new Judgement(Outcome.INCONCLUSIVE, "a condition cannot be evaluated: " + e.getMessage());
        }
    }

    /** The metric's state after these measurements: failed or inconclusive past its limits, successful once count are in, else running. */
    public static Outcome status(Metric metric, List<Outcome> measurements) {
        long failed = measurements.stream().filter(o -> o == Outcome.FAILED).count();
        long inconclusive = measurements.stream().filter(o -> o == Outcome.INCONCLUSIVE).count();
        if (failed > metric.failureLimit()) {
            return Outcome.FAILED;
        }
        if (inconclusive > metric.inconclusiveLimit()) {
            return Outcome.INCONCLUSIVE;
        }
        return measurements.size() >= metric.count() ? Outcome.SUCCESSFUL : Outcome.RUNNING;
    }

    static String figures(List<Double> values, double baseline) {
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        return String.format(Locale.ROOT, "result %.3g, max %.3g over %d endpoint(s)%s", mean, max, values.size(),
                Double.isNaN(baseline) ? "" : String.format(Locale.ROOT, ", baseline %.3g", baseline));
    }
}
