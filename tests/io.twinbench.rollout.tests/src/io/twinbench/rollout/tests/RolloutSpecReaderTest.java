package io.twinbench.rollout.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.twinbench.rollout.spec.Measure;
import io.twinbench.rollout.spec.Metric;
import io.twinbench.rollout.spec.OnFailure;
import io.twinbench.rollout.spec.RolloutSpec;
import io.twinbench.rollout.spec.RolloutSpecException;
import io.twinbench.rollout.spec.RolloutSpecReader;
import io.twinbench.rollout.spec.Stage;

class RolloutSpecReaderTest {

    static final String EXAMPLE = """
            plan: hide-server-version
            seed: 7
            pin: {in: [web-1], out: [db-1]}
            baseline: 2
            stages:
              - canary: 1
                bake: 2m
              - wave: 50%
                bake: 5m
              - wave: 100%
                bake: 5m
            analysis:
              interval: 30s
              after: 10m
              metrics:
                - name: errors
                  measure: error-log-lines
                  count: 3
                  success: "result <= 1.0"
                  failure: "max > 10.0"
                  compare: {alpha: 0.05, worse: higher}
                - name: restarts
                  measure: restarts:lighttpd
                  interval: 1m
                  failure: "max >= 1.0"
            onFailure: rollback-stage
            """;

    @Test
    void readsEveryPartOfTheExample() throws Exception {
        RolloutSpec spec = new RolloutSpecReader().read("rollout.yaml", EXAMPLE);
        assertEquals("hide-server-version", spec.plan());
        assertEquals(7, spec.seed());
        assertEquals(Set.of("web-1"), spec.pinnedIn());
        assertEquals(Set.of("db-1"), spec.pinnedOut());
        assertEquals(2, spec.baseline().of(10));
        assertEquals(List.of(Stage.Kind.CANARY, Stage.Kind.WAVE, Stage.Kind.WAVE), spec.stages().stream().map(Stage::kind).toList());
        assertEquals(5, spec.stages().get(1).reach().of(10));
        assertEquals(Duration.ofMinutes(2), spec.stages().get(0).bake());
        assertEquals(Duration.ofMinutes(10), spec.after());
        assertEquals(OnFailure.ROLLBACK_STAGE, spec.onFailure());
        Metric errors = spec.metrics().get(0);
        assertEquals(Measure.Kind.ERROR_LOG_LINES, errors.measure().kind());
        assertEquals(Duration.ofSeconds(30), errors.interval());
        assertEquals(3, errors.count());
        assertTrue(errors.comparison().higherIsWorse());
        assertTrue(errors.success().holds(List.of(0.0, 1.0), Double.NaN));
        assertTrue(errors.failure().holds(List.of(0.0, 11.0), Double.NaN));
        Metric restarts = spec.metrics().get(1);
        assertEquals("lighttpd", restarts.measure().unit());
        assertTrue(restarts.measure().counter());
        assertNull(restarts.success());
        assertEquals(Duration.ofMinutes(1), restarts.interval());
    }

    @Test
    void jsonReadsTheSameSchema() throws Exception {
        RolloutSpec spec = new RolloutSpecReader().read("rollout.json", """
                {"plan": "p", "stages": [{"canary": "10%", "bake": "1m"}, {"wave": "100%"}],
                 "analysis": {"metrics": [{"name": "cpu", "measure": "cpu", "success": "result < 80.0"}]}}
                """);
        assertEquals(1, spec.stages().get(0).reach().of(3), "a share of a small fleet is never none");
        assertEquals(OnFailure.ROLLBACK_ALL, spec.onFailure(), "rolling back everything is the default");
    }

    @Test
    void aConditionIsTypeCheckedWhenReadAndItsErrorNamesTheLineAndField() {
        RolloutSpecException e = assertThrows(RolloutSpecException.class, () -> new RolloutSpecReader().read("rollout.yaml",
                EXAMPLE.replace("success: \"result <= 1.0\"", "success: \"result + 1.0\"")));
        assertEquals(19, e.line());
        assertEquals("analysis.metrics[0].success", e.field());
        assertTrue(e.getMessage().startsWith("rollout.yaml:19: analysis.metrics[0].success: "), e.getMessage());
        RolloutSpecException unknown = assertThrows(RolloutSpecException.class, () -> new RolloutSpecReader().read("rollout.yaml",
                EXAMPLE.replace("failure: \"max > 10.0\"", "failure: \"errors > 10.0\"")));
        assertTrue(unknown.getMessage().contains("errors"), unknown.getMessage());
        assertEquals(20, unknown.line());
        RolloutSpecException whole = assertThrows(RolloutSpecException.class, () -> new RolloutSpecReader().read("rollout.yaml",
                EXAMPLE.replace("result <= 1.0", "result <= 1")));
        assertTrue(whole.getMessage().contains("write 1.0, not 1"), whole.getMessage());
    }

    @Test
    void eachMistakeNamesItsPlace() {
        assertProblem(EXAMPLE.replace("  - wave: 100%", "  - wave: 90%"), 10, "stages[2]", "the last stage must reach every target");
        assertProblem(EXAMPLE.replace("  - wave: 50%", "  - wave: 0%"), 8, "stages[1].wave", "between 0% and 100%");
        assertProblem(EXAMPLE.replace("measure: error-log-lines", "measure: latency"), 17, "analysis.metrics[0].measure", "not a measure");
        assertProblem(EXAMPLE.replace("onFailure: rollback-stage", "onFailure: ignore"), 26, "onFailure", "neither rollback-all nor rollback-stage");
        assertProblem(EXAMPLE.replace("seed: 7", "seeds: 7"), 2, "seeds", "unknown key");
        assertProblem(EXAMPLE.replace("out: [db-1]", "out: [web-1]"), 3, "pin.out", "pinned both in and out");
        assertProblem(EXAMPLE.replace("worse: higher", "worse: up"), 21, "analysis.metrics[0].compare.worse", "neither higher nor lower");
        assertProblem(EXAMPLE.replace("  - wave: 50%\n", "  - canary: 50%\n"), 8, "stages[1].canary", "only the first stage can be a canary");
        assertProblem(EXAMPLE.replace("      failure: \"max >= 1.0\"\n", ""), 22, "analysis.metrics[1]", "a success or a failure condition");
        assertProblem("plan: p\n", 1, "stages", "stages are needed");
    }

    @Test
    void anABSpecPutsItsStageFirstAndIsCheckedToo() throws Exception {
        String ab = EXAMPLE.replace("seed: 7\n", "seed: 7\nab: {plan: other, arm: 10%, bake: 5m}\n");
        RolloutSpec spec = new RolloutSpecReader().read("ab.yaml", ab);
        assertEquals("other", spec.ab().otherPlan());
        assertEquals(Stage.Kind.AB, spec.stages().get(0).kind());
        assertEquals(Duration.ofMinutes(5), spec.stages().get(0).bake());
        assertEquals(4, spec.stages().size());
        assertEquals(Stage.Kind.CANARY, spec.stages().get(1).kind());
        assertProblem(ab.replace("plan: other", "plan: hide-server-version"), 3, "ab.plan", "two different plans");
        assertProblem(ab.replace("arm: 10%", "arm: 60%"), 3, "ab.arm", "more than half");
        assertProblem(ab.replace("arm: 10%, ", ""), 3, "ab.arm", "how many endpoints each plan goes to");
        assertProblem(ab.substring(0, ab.indexOf("analysis:")), 3, "ab", "needs analysis metrics");
    }

    @Test
    void measuresAreNamedAndBounded() {
        assertEquals(Measure.Kind.CPU, Measure.parse("cpu").kind());
        assertThrows(IllegalArgumentException.class, () -> Measure.parse("restarts"));
        assertThrows(IllegalArgumentException.class, () -> Measure.parse("cpu:x"));
        assertThrows(IllegalArgumentException.class, () -> Measure.parse("restarts:$(reboot)"));
        assertFalse(Measure.parse("memory").counter());
    }

    private static void assertProblem(String text, int line, String field, String words) {
        RolloutSpecException e = assertThrows(RolloutSpecException.class, () -> new RolloutSpecReader().read("rollout.yaml", text));
        assertEquals(field, e.field(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains(words), e.getMessage());
    }
}
