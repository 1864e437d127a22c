package io.twinbench.rollout.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.twinbench.rollout.analysis.BaselineComparison;
import io.twinbench.rollout.analysis.MetricJudge;
import io.twinbench.rollout.analysis.Outcome;
import io.twinbench.rollout.analysis.Reading;
import io.twinbench.rollout.spec.Metric;
import io.twinbench.rollout.spec.RolloutSpecReader;

class AnalysisTest {

    private static Metric metric(String conditions) throws Exception {
        return new RolloutSpecReader().read("r.yaml", "plan: p\nstages: [{wave: 100%}]\nanalysis:\n  metrics:\n    - name: m\n      measure: cpu\n"
                + "      count: 3\n      failureLimit: 1\n      inconclusiveLimit: 0\n" + conditions).metrics().get(0);
    }

    @Test
    void argoRulesDecideEachMeasurement() throws Exception {
        Metric both = metric("      success: \"result < 50.0\"\n      failure: \"max > 90.0\"\n");
        assertEquals(Outcome.SUCCESSFUL, MetricJudge.judge(both, new Reading(Map.of("a", 10.0, "b", 20.0), Map.of())).outcome());
        assertEquals(Outcome.FAILED, MetricJudge.judge(both, new Reading(Map.of("a", 10.0, "b", 95.0), Map.of())).outcome());
        assertEquals(Outcome.INCONCLUSIVE, MetricJudge.judge(both, new Reading(Map.of("a", 60.0), Map.of())).outcome());
        assertEquals(Outcome.INCONCLUSIVE, MetricJudge.judge(both, new Reading(Map.of(), Map.of())).outcome(), "no data is never a pass");
        Metric onlySuccess = metric("      success: \"result < 50.0\"\n");
        assertEquals(Outcome.FAILED, MetricJudge.judge(onlySuccess, new Reading(Map.of("a", 60.0), Map.of())).outcome());
        Metric onlyFailure = metric("      failure: \"result > baseline * 2.0\"\n");
        assertEquals(Outcome.SUCCESSFUL, MetricJudge.judge(onlyFailure, new Reading(Map.of("a", 15.0), Map.of("z", 10.0))).outcome());
        assertEquals(Outcome.FAILED, MetricJudge.judge(onlyFailure, new Reading(Map.of("a", 25.0), Map.of("z", 10.0))).outcome());
    }

    @Test
    void aMetricFailsPastItsLimitAndSucceedsOnceItsCountIsIn() throws Exception {
        Metric m = metric("      success: \"result < 50.0\"\n");
        assertEquals(Outcome.RUNNING, MetricJudge.status(m, List.of(Outcome.SUCCESSFUL, Outcome.FAILED)));
        assertEquals(Outcome.FAILED, MetricJudge.status(m, List.of(Outcome.FAILED, Outcome.SUCCESSFUL, Outcome.FAILED)));
        assertEquals(Outcome.SUCCESSFUL, MetricJudge.status(m, List.of(Outcome.SUCCESSFUL, Outcome.FAILED, Outcome.SUCCESSFUL)));
        assertEquals(Outcome.INCONCLUSIVE, MetricJudge.status(m, List.of(Outcome.INCONCLUSIVE)));
    }

    @Test
    void mannWhitneyFindsAStageWorseThanItsPeersThatAThresholdMisses() {
        Random random = new Random(42);
        double[] baseline = random.doubles(30).map(x -> 2 + x).toArray();
        double[] worse = random.doubles(30).map(x -> 2.8 + x).toArray();
        double[] same = random.doubles(30).map(x -> 2 + x).toArray();
        Metric.Comparison higher = new Metric.Comparison(0.05, true);
        BaselineComparison.Result r = BaselineComparison.compare(higher, worse, baseline);
        assertTrue(r.decided() && r.worse(), r.detail());
        assertFalse(BaselineComparison.compare(higher, same, baseline).worse());
        assertFalse(BaselineComparison.compare(new Metric.Comparison(0.05, false), worse, baseline).worse(), "higher is better when lower is worse");
        BaselineComparison.Result few = BaselineComparison.compare(higher, new double[] {9, 9}, baseline);
        assertFalse(few.decided() || few.worse(), few.detail());
    }
}
