package io.twinbench.rollout.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.twinbench.model.build.TwinBuilder;
import io.twinbench.model.twin.Service;
import io.twinbench.model.twin.ServiceState;
import io.twinbench.model.twin.TwinPackage;
import io.twinbench.policy.document.PolicyReader;
import io.twinbench.policy.service.OrchestrationGate;
import io.twinbench.policy.service.PolicyWorkspace;
import io.twinbench.remedy.plan.Plan;
import io.twinbench.rollout.engine.RolloutEngine;
import io.twinbench.rollout.engine.RolloutState;
import io.twinbench.rollout.analysis.StoreMetrics;
import io.twinbench.store.Rollouts;

/**
 * An orchestration policy in force holds a rollout's endpoints back: never more of a group under
 * change at once than it allows, whatever the rollout's stage asks, and never so many that a
 * service it keeps serving would be up on too few of the group.
 */
class OrchestrationRolloutTest {

    private static final String ROLLOUT = """
            plan: tag
            seed: 3
            stages:
              - wave: 100%
                bake: 30s
            analysis:
              interval: 20s
              metrics:
                - name: errors
                  measure: error-log-lines
                  count: 1
                  failure: "max > 5.0"
            """;

    private static final String POLICY = """
            apiVersion: twinbench.io/v1
            kind: Orchestration
            metadata: {name: tiers}
            spec:
              groups:
                - name: web
                  selector: {matchLabels: {tier: web}}
                  maxChanging: 1
                - name: api
                  selector:
                    matchExpressions:
                      - {key: tier, operator: In, values: [api]}
                  keepServing:
                    - {service: lighttpd, atLeast: 3}
            """;

    /** web-1..4 are tier=web, web-5..8 tier=api; lighttpd is up on the api endpoints given. */
    private static RolloutEngine engine(FleetOnStore lab, Set<String> lighttpdUp) throws Exception {
        for (String endpoint : lab.fleet) {
            int n = Integer.parseInt(endpoint.substring(4));
            lab.store.labels().change(endpoint, Map.of("tier", n <= 4 ? "web" : "api"), List.of());
            TwinBuilder twin = new TwinBuilder(endpoint, endpoint, Date.from(lab.clock.now));
            twin.<Service>element(TwinPackage.eINSTANCE.getService(), "svc/lighttpd", "lighttpd", s -> {
                s.setUnit("lighttpd.service");
                s.setState(lighttpdUp.contains(endpoint) ? ServiceState.ACTIVE : ServiceState.INACTIVE);
            });
            lab.store.snapshots().save(twin.twin());
        }
        new PolicyWorkspace(lab.store, lab.clock).apply(new PolicyReader().read("tiers.yaml", POLICY), "ana", "one at a time");
        return new RolloutEngine(lab.store, lab.clock, (id, version) -> new StoreMetrics(lab.store, id, version),
                new OrchestrationGate(lab.store, lab.store.snapshots()::latest));
    }

    @Test
    void aWaveToTheWholeFleetChangesOneEndpointOfEachGroupAtATime(@TempDir Path workspace) throws Exception {
        try (FleetOnStore lab = new FleetOnStore(workspace, 8)) {
            RolloutEngine engine = engine(lab, Set.of("web-5", "web-6", "web-7", "web-8"));
            Plan plan = lab.plan("tag", 1);
            engine.start("rollout.yaml", ROLLOUT, plan, lab.signed(plan), "alice");
            int[] most = new int[2]; // of the web group, of the api group
            Rollouts.Rollout r = finish(lab, engine, 1, changing -> {
                most[0] = Math.max(most[0], (int) changing.stream().filter(e -> Integer.parseInt(e.substring(4)) <= 4).count());
                most[1] = Math.max(most[1], (int) changing.stream().filter(e -> Integer.parseInt(e.substring(4)) > 4).count());
            });
            assertEquals(RolloutState.SUCCEEDED, r.state(), String.valueOf(lab.store.rollouts().decisions("tag@1")));
            assertEquals(lab.fleet, lab.touched("tag"), "every endpoint changed in the end");
            assertEquals(1, most[0], "never more than one of the web group under change at once");
            assertEquals(1, most[1], "lighttpd stays up on three of the four api endpoints: one changes at a time");
        }
    }

    @Test
    void aServiceUpOnTooFewOfItsGroupHoldsTheGroupBackAndTheStageFailsSayingWhy(@TempDir Path workspace) throws Exception {
        try (FleetOnStore lab = new FleetOnStore(workspace, 8)) {
            RolloutEngine engine = engine(lab, Set.of("web-5", "web-6", "web-7"));
            Plan plan = lab.plan("tag", 1);
            engine.start("rollout.yaml", ROLLOUT, plan, lab.signed(plan), "alice");
            finish(lab, engine, 1, changing -> { });
            assertTrue(lab.touched("tag").stream().noneMatch(e -> Set.of("web-5", "web-6", "web-7").contains(e)),
                    "lighttpd is up on three api endpoints only: none of them may go down: " + lab.touched("tag"));
            String why = lab.store.rollouts().decisions("tag@1").stream().map(Rollouts.Decision::detail).filter(d -> d.contains("held back"))
                    .findFirst().orElseThrow(() -> new AssertionError(String.valueOf(lab.store.rollouts().decisions("tag@1"))));
            assertTrue(why.contains("keeps lighttpd up on at least 3"), why);
        }
    }

    @Test
    void aStagePacedByItsGroupsMayTakeLongerThanTheApplyTimeoutAsLongAsItMoves(@TempDir Path workspace) throws Exception {
        try (FleetOnStore lab = new FleetOnStore(workspace, 8)) {
            RolloutEngine engine = engine(lab, Set.of("web-5", "web-6", "web-7", "web-8"));
            Plan plan = lab.plan("tag", 1);
            engine.start("rollout.yaml", ROLLOUT, plan, lab.signed(plan), "alice");
            Rollouts.Rollout r = finish(lab, engine, 24, changing -> { }); // agents that take four minutes to apply and confirm
            assertEquals(RolloutState.SUCCEEDED, r.state(), String.valueOf(lab.store.rollouts().decisions("tag@1")));
            java.time.Duration applying = io.twinbench.rollout.engine.RolloutTimeline.of(lab.store, "tag@1").orElseThrow().steps().get(1)
                    .took(lab.clock.now);
            assertTrue(applying.compareTo(RolloutEngine.APPLY_TIMEOUT) > 0, "four endpoints of a group one after another: " + applying);
        }
    }

    /**
     * Ten seconds of the fleet's life a step, its agents answering every answerEvery steps, until
     * the rollout finishes; each step's endpoints under change go to the observer.
     */
    private static Rollouts.Rollout finish(FleetOnStore lab, RolloutEngine engine, int answerEvery, Consumer<Set<String>> observer) {
        for (int i = 1; i < 400; i++) {
            if (i % answerEvery == 0) {
                lab.agentsAnswer("tag");
            }
            engine.step();
            observer.accept(lab.store.plans().changing());
            Rollouts.Rollout r = lab.store.rollouts().get("tag@1").orElseThrow();
            if (RolloutState.FINISHED.contains(r.state())) {
                return r;
            }
            lab.live(e -> 10, e -> 0);
        }
        throw new AssertionError("rollout tag@1 did not finish: " + lab.store.rollouts().decisions("tag@1"));
    }
}
