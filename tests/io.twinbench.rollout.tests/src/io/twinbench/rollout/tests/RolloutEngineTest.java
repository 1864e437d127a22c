package io.twinbench.rollout.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.twinbench.remedy.plan.Plan;
import io.twinbench.rollout.cohort.Cohorts;
import io.twinbench.rollout.engine.DecisionKind;
import io.twinbench.rollout.engine.RolloutEngine;
import io.twinbench.rollout.engine.RolloutState;
import io.twinbench.rollout.spec.RolloutSpecReader;
import io.twinbench.store.PlanDeliveries;
import io.twinbench.store.Rollouts;

class RolloutEngineTest {

    private static final String SPEC = """
            plan: tag
            seed: 3
            baseline: 3
            stages:
              - canary: 2
                bake: 1m
              - wave: 50%
                bake: 1m
              - wave: 100%
                bake: 30s
            analysis:
              interval: 20s
              metrics:
                - name: errors
                  measure: error-log-lines
                  count: 2
                  failure: "max > 5.0"
            """;

    @Test
    void aGoodPlanGoesThroughCanaryAndWavesToEveryTarget(@TempDir Path workspace) throws Exception {
        try (FleetOnStore lab = new FleetOnStore(workspace, 8)) {
            Plan plan = lab.plan("tag", 1);
            RolloutEngine engine = lab.engine();
            engine.start("rollout.yaml", SPEC, plan, lab.signed(plan), "alice");
            Rollouts.Rollout done = run(lab, engine, "tag@1", e -> 10, e -> 0);
            assertEquals(RolloutState.SUCCEEDED, done.state());
            assertEquals(lab.fleet, lab.touched("tag"));
            assertTrue(lab.store.plans().ofPlan("tag").stream().allMatch(d -> d.state().equals("confirmed")));
            List<String> kinds = lab.store.rollouts().decisions("tag@1").stream().map(Rollouts.Decision::kind).toList();
            assertEquals(List.of(DecisionKind.STARTED, DecisionKind.TWINS, DecisionKind.STAGE_STARTED, DecisionKind.APPLIED, DecisionKind.STAGE_PASSED,
                    DecisionKind.STAGE_STARTED, DecisionKind.APPLIED, DecisionKind.STAGE_PASSED, DecisionKind.STAGE_STARTED, DecisionKind.APPLIED,
                    DecisionKind.STAGE_PASSED, DecisionKind.SUCCEEDED), kinds);
            assertTrue(lab.store.rollouts().measurements("tag@1", 1).stream().allMatch(m -> m.outcome().equals("successful")));
            io.twinbench.rollout.engine.RolloutTimeline timeline = io.twinbench.rollout.engine.RolloutTimeline.of(lab.store, "tag@1").orElseThrow();
            assertEquals(List.of("twins", "stage 1: canary 2", "stage 2: wave 50%", "stage 3: wave 100%"), timeline.steps().stream()
                    .map(io.twinbench.rollout.engine.RolloutTimeline.Step::label).toList());
            assertTrue(timeline.steps().stream().allMatch(s -> s.status() == io.twinbench.rollout.engine.RolloutTimeline.Status.PASSED));
            assertEquals(java.time.Duration.ofSeconds(70), timeline.steps().get(1).took(lab.clock.now), "applied in 10 s, baked a minute");
            String passed = decision(lab, "tag@1", DecisionKind.STAGE_PASSED).detail();
            assertTrue(passed.startsWith("stage 1 (canary to 2) passed: errors successful (2 measured: 2 successful, 0 failed, 0 inconclusive)"), passed);
        }
    }

    @Test
    void aPlanThatRaisesErrorsOnTheCanariesIsRolledBackAndLaterWavesAreNeverTouched(@TempDir Path workspace) throws Exception {
        try (FleetOnStore lab = new FleetOnStore(workspace, 8)) {
            Plan plan = lab.plan("tag", 1);
            Set<String> canaries = new HashSet<>(Cohorts.assign(new RolloutSpecReader().read("r.yaml", SPEC), lab.fleet).stages().get(0));
            RolloutEngine engine = lab.engine();
            engine.start("rollout.yaml", SPEC, plan, lab.signed(plan), "alice");
            Set<String> changed = new HashSet<>();
            Rollouts.Rollout done = run(lab, engine, "tag@1", e -> 10, e -> changed(lab, e) ? 3 : 0);
            assertEquals(RolloutState.ROLLED_BACK, done.state());
            assertEquals(canaries, new HashSet<>(lab.touched("tag")), "no endpoint past the canaries was ever sent the plan");
            assertTrue(lab.store.plans().ofPlan("tag").stream().allMatch(d -> d.state().equals("rolled-back")));
            Rollouts.Decision failed = decision(lab, "tag@1", DecisionKind.FAILED);
            assertTrue(failed.detail().contains("metric errors failed"), failed.detail());
            assertTrue(decision(lab, "tag@1", DecisionKind.ROLLED_BACK).figures().contains("seconds"));
            assertEquals(List.of(io.twinbench.rollout.engine.RolloutTimeline.Status.PASSED, io.twinbench.rollout.engine.RolloutTimeline.Status.FAILED,
                    io.twinbench.rollout.engine.RolloutTimeline.Status.SKIPPED, io.twinbench.rollout.engine.RolloutTimeline.Status.SKIPPED),
                    io.twinbench.rollout.engine.RolloutTimeline.of(lab.store, "tag@1").orElseThrow().steps().stream()
                            .map(io.twinbench.rollout.engine.RolloutTimeline.Step::status).toList());
        }
    }

    @Test
    void aPlanUnderItsThresholdButWorseThanTheBaselineFailsTheComparison(@TempDir Path workspace) throws Exception {
        String spec = SPEC.replace("failure: \"max > 5.0\"", "failure: \"max > 90.0\"").replace("measure: error-log-lines", "measure: cpu")
                .replace("count: 2", "count: 3\n      compare: {alpha: 0.05, worse: higher}");
        try (FleetOnStore lab = new FleetOnStore(workspace, 8)) {
            Plan plan = lab.plan("tag", 1);
            RolloutEngine engine = lab.engine();
            engine.start("rollout.yaml", spec, plan, lab.signed(plan), "alice");
            int[] tick = {0};
            Rollouts.Rollout done = run(lab, engine, "tag@1", e -> (changed(lab, e) ? 45 : 20) + (tick[0]++ % 7), e -> 0);
            assertEquals(RolloutState.ROLLED_BACK, done.state());
            Rollouts.Decision compared = decision(lab, "tag@1", DecisionKind.COMPARED);
            assertTrue(compared.detail().contains("significantly higher"), compared.detail());
            assertEquals(2, lab.touched("tag").size(), "only the canaries changed");
        }
    }

    @Test
    void haltingStopsEveryRolloutAndUndoesOrWithdrawsEveryChange(@TempDir Path workspace) throws Exception {
        try (FleetOnStore lab = new FleetOnStore(workspace, 8)) {
            RolloutEngine engine = lab.engine();
            Plan tag = lab.plan("tag", 1);
            Plan other = lab.plan("other", 1);
            engine.start("a.yaml", SPEC, tag, lab.signed(tag), "alice");
            engine.start("b.yaml", SPEC.replace("plan: tag", "plan: other"), other, lab.signed(other), "alice");
            engine.step();
            lab.agentsAnswer("tag"); // the other plan's canaries have not answered: their plan is still pending
            engine.step();
            assertEquals(List.of("other@1", "tag@1"), engine.haltAll("bob", "incident 42").stream().sorted().toList());
            for (int i = 0; i < 5; i++) {
                lab.agentsAnswer("tag");
                lab.agentsAnswer("other");
                engine.step();
            }
            for (String id : List.of("tag@1", "other@1")) {
                assertEquals(RolloutState.ROLLED_BACK, lab.store.rollouts().get(id).orElseThrow().state());
            }
            assertTrue(lab.store.plans().ofPlan("tag").stream().allMatch(d -> d.state().equals("rolled-back")));
            assertTrue(lab.store.plans().ofPlan("other").stream().allMatch(d -> d.state().equals(PlanDeliveries.WITHDRAWN)),
                    "a plan not yet answered is taken back, never sent");
            assertTrue(decision(lab, "tag@1", DecisionKind.ABORTED).detail().contains("incident 42"));
        }
    }

    @Test
    void aWorkbenchStartedAgainCarriesOnFromTheStore(@TempDir Path workspace) throws Exception {
        try (FleetOnStore lab = new FleetOnStore(workspace, 8)) {
            Plan plan = lab.plan("tag", 1);
            lab.engine().start("rollout.yaml", SPEC, plan, lab.signed(plan), "alice");
            RolloutEngine first = lab.engine();
            for (int i = 0; i < 12; i++) {
                lab.agentsAnswer("tag");
                first.step();
                lab.live(e -> 10, e -> 0);
            }
            assertEquals(2, lab.store.rollouts().get("tag@1").orElseThrow().stage(), "the canaries passed before the restart");
            Rollouts.Rollout done = run(lab, lab.engine(), "tag@1", e -> 10, e -> 0);
            assertEquals(RolloutState.SUCCEEDED, done.state());
            assertEquals(lab.fleet, lab.touched("tag"));
        }
    }

    @Test
    void theAnalystPausesResumesAndPromotesWithAReason(@TempDir Path workspace) throws Exception {
        try (FleetOnStore lab = new FleetOnStore(workspace, 8)) {
            Plan plan = lab.plan("tag", 1);
            RolloutEngine engine = lab.engine();
            engine.start("rollout.yaml", SPEC.replace("bake: 1m", "bake: 1h"), plan, lab.signed(plan), "alice");
            engine.step();
            lab.agentsAnswer("tag");
            engine.step();
            assertEquals(RolloutState.BAKING, lab.store.rollouts().get("tag@1").orElseThrow().state());
            engine.pause("tag@1", "bob", "change freeze");
            lab.live(e -> 10, e -> 0);
            engine.step();
            assertTrue(lab.store.rollouts().measurements("tag@1", 1).isEmpty(), "nothing is measured while paused");
            engine.resume("tag@1", "bob");
            assertThrows(IllegalArgumentException.class, () -> engine.promote("tag@1", "bob", " "));
            engine.promote("tag@1", "bob", "canaries verified by hand");
            Rollouts.Rollout r = lab.store.rollouts().get("tag@1").orElseThrow();
            assertEquals(2, r.stage());
            assertEquals(RolloutState.APPLYING, r.state());
            assertTrue(decision(lab, "tag@1", DecisionKind.PROMOTED).detail().contains("canaries verified by hand"));
        }
    }

    @Test
    void twoProcessesMovingTheSameRolloutNeverDoubleItsSteps(@TempDir Path workspace) throws Exception {
        try (FleetOnStore lab = new FleetOnStore(workspace, 8)) {
            Plan plan = lab.plan("tag", 1);
            RolloutEngine workbench = lab.engine();
            RolloutEngine serve = lab.engine();
            workbench.start("rollout.yaml", SPEC, plan, lab.signed(plan), "alice");
            for (int i = 0; i < 200 && !RolloutState.FINISHED.contains(lab.store.rollouts().get("tag@1").orElseThrow().state()); i++) {
                lab.agentsAnswer("tag");
                Thread a = Thread.ofPlatform().start(workbench::step);
                Thread b = Thread.ofPlatform().start(serve::step);
                a.join();
                b.join();
                lab.live(e -> 10, e -> 0);
            }
            assertEquals(RolloutState.SUCCEEDED, lab.store.rollouts().get("tag@1").orElseThrow().state());
            List<String> kinds = lab.store.rollouts().decisions("tag@1").stream().map(Rollouts.Decision::kind).toList();
            assertEquals(3, kinds.stream().filter(DecisionKind.STAGE_PASSED::equals).count(), kinds.toString());
            assertEquals(3, kinds.stream().filter(DecisionKind.APPLIED::equals).count(), kinds.toString());
            assertEquals(1, kinds.stream().filter(DecisionKind.SUCCEEDED::equals).count(), kinds.toString());
            List<Rollouts.Measurement> canary = lab.store.rollouts().measurements("tag@1", 1);
            assertEquals(canary.size(), canary.stream().map(m -> m.metric() + m.at()).distinct().count(), "each interval measured once");
        }
    }

    @Test
    void analysisGoesOnAfterTheLastStageAndAFailureThenRollsBackEveryEndpoint(@TempDir Path workspace) throws Exception {
        String spec = SPEC.replace("interval: 20s", "interval: 20s\n  after: 3m").replace("baseline: 3", "baseline: 1\npin: {out: [web-8]}");
        try (FleetOnStore lab = new FleetOnStore(workspace, 8)) {
            Plan plan = lab.plan("tag", 1);
            RolloutEngine engine = lab.engine();
            engine.start("rollout.yaml", spec, plan, lab.signed(plan), "alice");
            long[] afterLast = {-1};
            // quiet until every stage passed; then, a minute into the period after, the changed endpoints start logging errors
            Rollouts.Rollout done = run(lab, engine, "tag@1", e -> 10, e -> {
                Rollouts.Rollout r = lab.store.rollouts().get("tag@1").orElseThrow();
                if (r.state().equals(RolloutState.AFTER) && afterLast[0] < 0) {
                    afterLast[0] = lab.clock.now.toEpochMilli();
                }
                return afterLast[0] > 0 && lab.clock.now.toEpochMilli() - afterLast[0] > 60_000 && changed(lab, e) ? 3 : 0;
            });
            assertEquals(RolloutState.ROLLED_BACK, done.state());
            assertTrue(afterLast[0] > 0, "the rollout reached the period after its last stage");
            assertEquals(7, lab.store.plans().ofPlan("tag").stream().filter(d -> d.state().equals("rolled-back")).count(),
                    "every endpoint but the pinned-out one was changed, and each is rolled back");
            assertTrue(decision(lab, "tag@1", DecisionKind.FAILED).detail().contains("metric errors failed"));
        }
    }

    private static final String AB = """
            plan: tag
            seed: 3
            ab:
              plan: tag-b
              arm: 2
              bake: 1m
            stages:
              - wave: 100%
                bake: 30s
            analysis:
              interval: 10s
              metrics:
                - name: cpu
                  measure: cpu
                  count: 3
                  failure: "max > 90.0"
                  compare: {alpha: 0.05, worse: higher}
                - name: errors
                  measure: error-log-lines
                  failure: "max > 5.0"
            """;

    @Test
    void anABRolloutPromotesTheBetterPlanRollsTheLoserBackAndGivesItsArmTheWinner(@TempDir Path workspace) throws Exception {
        try (FleetOnStore lab = new FleetOnStore(workspace, 8)) {
            RolloutEngine engine = startAb(lab, AB, 1, 2);
            int[] tick = {0};
            // plan a makes its endpoints busier than plan b's, though under the failure threshold
            Rollouts.Rollout done = runAb(lab, engine, e -> (on(lab, e, "tag", 1) ? 45 : 20) + (tick[0]++ % 7), e -> 0);
            assertEquals(RolloutState.SUCCEEDED, done.state(), lab.store.rollouts().decisions("tag@1").toString());
            assertEquals("b", done.winner());
            Rollouts.Decision decided = decision(lab, "tag@1", DecisionKind.AB_DECIDED);
            assertTrue(decided.detail().startsWith("tag-b won: cpu: median"), decided.detail());
            assertTrue(decided.detail().contains("tag-b is significantly better"), decided.detail());
            assertTrue(decided.figures().contains("\"pAWorse\""), decided.figures());
            assertEquals(2, lab.touched("tag").size(), "plan a reached its arm only");
            assertTrue(lab.store.plans().ofPlan("tag").stream().allMatch(d -> d.state().equals("rolled-back")), "the loser is rolled back");
            assertEquals(lab.fleet, lab.touched("tag-b"), "the winner reached every target, the loser's arm too");
            assertTrue(lab.store.plans().ofPlan("tag-b").stream().allMatch(d -> d.state().equals("confirmed")));
            List<String> kinds = lab.store.rollouts().decisions("tag@1").stream().map(Rollouts.Decision::kind).toList();
            assertTrue(kinds.indexOf(DecisionKind.LOSER_ROLLED_BACK) > kinds.indexOf(DecisionKind.AB_DECIDED), kinds.toString());
            assertTrue(lab.store.rollouts().measurements("tag@1", 1).stream().anyMatch(m -> m.metric().equals("b:cpu")), "each arm measured");
            String report = io.twinbench.rollout.engine.RolloutReport.of(lab.store, "tag@1").orElseThrow().text();
            assertTrue(report.contains("A/B: a = tag on") && report.contains("winner: tag-b"), report);
        }
    }

    @Test
    void aPlanFailingItsConditionsLosesAtOnceAndALowerVersionWinnerLeavesTheLoserArmAsItWas(@TempDir Path workspace) throws Exception {
        try (FleetOnStore lab = new FleetOnStore(workspace, 8)) {
            RolloutEngine engine = startAb(lab, AB.replace("bake: 1m", "bake: 5m"), 3, 2);
            java.time.Instant started = lab.clock.now;
            List<String> armA = Cohorts.assign(new RolloutSpecReader().read("ab.yaml", AB), lab.fleet).arm("a");
            Rollouts.Rollout done = runAb(lab, engine, e -> 20, e -> on(lab, e, "tag", 3) ? 9 : 0);
            assertEquals(RolloutState.SUCCEEDED, done.state());
            Rollouts.Decision decided = decision(lab, "tag@3", DecisionKind.AB_DECIDED);
            assertTrue(decided.detail().startsWith("tag-b won: the other plan's metric errors of tag (arm a) failed"), decided.detail());
            assertTrue(decided.detail().contains("refuse tag-b's lower version 2"), decided.detail());
            assertTrue(decided.at().isBefore(started.plusSeconds(120)), "decided at once, not after the five minutes' bake: " + decided.at());
            assertTrue(lab.store.plans().ofPlan("tag").stream().allMatch(d -> d.state().equals("rolled-back")));
            assertTrue(lab.touched("tag-b").stream().noneMatch(armA::contains), "the loser's arm is never sent a version its agents refuse");
            assertEquals(6, lab.touched("tag-b").size());
        }
    }

    @Test
    void anUndecidedABStagePausesUntilTheAnalystNamesTheWinner(@TempDir Path workspace) throws Exception {
        try (FleetOnStore lab = new FleetOnStore(workspace, 8)) {
            RolloutEngine engine = startAb(lab, AB, 1, 2);
            int[] tick = {0};
            for (int i = 0; i < 30 && !lab.store.rollouts().get("tag@1").orElseThrow().paused(); i++) {
                lab.agentsAnswer("tag");
                lab.agentsAnswer("tag-b");
                engine.step();
                lab.live(e -> 20 + (tick[0]++ % 7), e -> 0);
            }
            Rollouts.Rollout paused = lab.store.rollouts().get("tag@1").orElseThrow();
            assertTrue(paused.paused(), "two plans alike cannot be told apart: " + lab.store.rollouts().decisions("tag@1"));
            assertTrue(decision(lab, "tag@1", DecisionKind.AB_UNDECIDED).detail().startsWith("neither plan is significantly better"));
            assertThrows(IllegalArgumentException.class, () -> engine.promote("tag@1", "bob", "cheaper to run"));
            assertThrows(IllegalArgumentException.class, () -> engine.promote("tag@1", "bob", "cheaper to run", "tag-c"));
            engine.resume("tag@1", "bob");
            engine.promote("tag@1", "bob", "cheaper to run", "tag");
            Rollouts.Rollout chosen = lab.store.rollouts().get("tag@1").orElseThrow();
            assertEquals("a", chosen.winner());
            assertEquals(RolloutState.RETIRING_LOSER, chosen.state());
            assertTrue(decision(lab, "tag@1", DecisionKind.PROMOTED).detail().contains("chosen by bob: cheaper to run"));
            Rollouts.Rollout done = runAb(lab, engine, e -> 20, e -> 0);
            assertEquals(RolloutState.SUCCEEDED, done.state());
            assertTrue(lab.store.plans().ofPlan("tag-b").stream().allMatch(d -> d.state().equals("rolled-back")));
            assertEquals(6, lab.touched("tag").size(), "tag's version 1 stays off the arm that applied tag-b's version 2");
        }
    }

    @Test
    void anABSpecNeedsTheOtherPlanSignedAndNamingEveryTarget(@TempDir Path workspace) throws Exception {
        try (FleetOnStore lab = new FleetOnStore(workspace, 8)) {
            Plan a = lab.plan("tag", 1);
            RolloutEngine engine = lab.engine();
            IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> engine.start("ab.yaml", AB, a, lab.signed(a), "alice"));
            assertTrue(missing.getMessage().contains("give its signed version too"), missing.getMessage());
            Plan narrow = new io.twinbench.remedy.plan.PlanReader().read("n.yaml", "id: tag-b\ntitle: t\ntargets: {endpoints: [web-1]}\nactions:\n"
                    + "  - service: lighttpd\n    do: restart\n").approvedAs(2, lab.clock.now.plusSeconds(3600), List.of("web-1"));
            IllegalArgumentException partial = assertThrows(IllegalArgumentException.class, () -> engine.start("ab.yaml", AB,
                    new RolloutEngine.Signed(a, lab.signed(a)), new RolloutEngine.Signed(narrow, lab.signed(narrow)), "alice"));
            assertTrue(partial.getMessage().startsWith("plan tag-b does not name web-2"), partial.getMessage());
            assertTrue(lab.store.rollouts().all().isEmpty(), "nothing is recorded of a rollout that did not start");
        }
    }

    /** Starts an A/B rollout of tag (arm a) against tag-b at these versions; returns its engine. */
    private static RolloutEngine startAb(FleetOnStore lab, String spec, long versionA, long versionB) throws Exception {
        Plan a = lab.plan("tag", versionA);
        Plan b = lab.plan("tag-b", versionB);
        RolloutEngine engine = lab.engine();
        engine.start("ab.yaml", spec, new RolloutEngine.Signed(a, lab.signed(a)), new RolloutEngine.Signed(b, lab.signed(b)), "alice");
        return engine;
    }

    private static boolean on(FleetOnStore lab, String endpoint, String plan, long version) {
        return lab.store.plans().get(endpoint, plan, version).filter(d -> d.state().equals("confirmed")).isPresent();
    }

    /** As run, with both plans' agents answering. */
    private static Rollouts.Rollout runAb(FleetOnStore lab, RolloutEngine engine, ToDoubleFunction<String> cpu, ToIntFunction<String> errors) {
        return run(lab, engine, lab.store.rollouts().all().get(0).id(), List.of("tag", "tag-b"), cpu, errors);
    }

    private static boolean changed(FleetOnStore lab, String endpoint) {
        return lab.store.plans().get(endpoint, "tag", 1).filter(d -> d.state().equals("confirmed")).isPresent();
    }

    private static Rollouts.Decision decision(FleetOnStore lab, String id, String kind) {
        return lab.store.rollouts().decisions(id).stream().filter(d -> d.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " decision in " + lab.store.rollouts().decisions(id)));
    }

    /** Lets the fleet live and answer, ten seconds a step, until the rollout finishes. */
    private static Rollouts.Rollout run(FleetOnStore lab, RolloutEngine engine, String id, ToDoubleFunction<String> cpu, ToIntFunction<String> errors) {
        return run(lab, engine, id, List.of(id.substring(0, id.indexOf('@'))), cpu, errors);
    }

    private static Rollouts.Rollout run(FleetOnStore lab, RolloutEngine engine, String id, List<String> plans, ToDoubleFunction<String> cpu,
            ToIntFunction<String> errors) {
        for (int i = 0; i < 300; i++) {
            plans.forEach(lab::agentsAnswer);
            engine.step();
            Rollouts.Rollout r = lab.store.rollouts().get(id).orElseThrow();
            if (RolloutState.FINISHED.contains(r.state())) {
                return r;
            }
            lab.live(cpu, errors);
        }
        throw new AssertionError("rollout " + id + " did not finish: " + lab.store.rollouts().decisions(id));
    }
}
