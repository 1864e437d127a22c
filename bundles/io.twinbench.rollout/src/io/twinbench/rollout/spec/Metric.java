package io.twinbench.rollout.spec;

import java.time.Duration;

/**
 * One metric of a rollout's analysis, as Argo Rollouts has them: measured every interval, count
 * times per stage (at least; the stage's bake time may fit more); a measurement fails when its
 * failure condition holds, succeeds when its success condition holds, and is inconclusive when
 * it has both conditions and neither holds. The metric fails once more than failureLimit
 * measurements failed, and is inconclusive once more than inconclusiveLimit were. A comparison,
 * when given, also tests the stage's samples against the baseline cohort's.
 */
public record Metric(String name, Measure measure, Duration interval, int count, Condition success, Condition failure, int failureLimit,
        int inconclusiveLimit, Comparison comparison) {

    /** Which way a change is worse, and the significance the Mann–Whitney U test needs. */
    public record Comparison(double alpha, boolean higherIsWorse) {
    }
}
