package io.twinbench.rollout.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.twinbench.model.build.TwinBuilder;
import io.twinbench.model.twin.SoftwarePackage;
import io.twinbench.model.twin.TwinPackage;
import io.twinbench.policy.document.PolicyReader;
import io.twinbench.policy.service.PolicyAb;
import io.twinbench.policy.service.PolicyWorkspace;
import io.twinbench.remedy.plan.Plan;
import io.twinbench.rollout.engine.RolloutEngine;
import io.twinbench.rollout.engine.RolloutState;
import io.twinbench.store.Rollouts;

/**
 * Two versions of a policy compared on two cohorts: each version's fixes become one plan, an A/B
 * rollout gives each to an arm and measures both, the better one reaches every endpoint and the
 * other is rolled back; the candidate, put in force, is the version its plan is named after.
 */
class PolicyAbRolloutTest {

    private static final String V1 = """
            apiVersion: twinbench.io/v1
            kind: SecurityBaseline
            metadata: {name: no-telnet}
            spec:
              rules:
                - name: no-telnet-server
                  forEach: twin.packages
                  expression: item.name != 'telnetd'
                  remedy: plan
                  fix:
                    - package: telnetd
                      remove: true
            """;

    /** The candidate keeps the package and turns its service off instead, and adds a rule. */
    private static final String V2 = V1.replace("""
                    - package: telnetd
                      remove: true
            """, """
                    - service: inetd
                      do: disable
                - name: no-rsh
                  forEach: twin.packages
                  expression: item.name != 'rsh-server'
                  remedy: plan
                  fix:
                    - service: inetd
                      do: disable
            """);

    private static final String AB = """
            plan: policy-no-telnet-v1
            seed: 5
            ab: {plan: policy-no-telnet-v2, arm: 2, bake: 1m}
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
            """;

    @Test
    void eachVersionsFixesGoToOneArmAndTheBetterVersionReachesEveryEndpoint(@TempDir Path workspace) throws Exception {
        try (FleetOnStore lab = new FleetOnStore(workspace, 8)) {
            for (String endpoint : lab.fleet) {
                TwinBuilder twin = new TwinBuilder(endpoint, endpoint, Date.from(lab.clock.now));
                twin.<SoftwarePackage>element(TwinPackage.eINSTANCE.getSoftwarePackage(), "pkg/telnetd", "telnetd", p -> p.setVersion("0.17"));
                lab.store.snapshots().save(twin.twin());
            }
            new PolicyWorkspace(lab.store, lab.clock).apply(new PolicyReader().read("no-telnet.yaml", V1), "ana", "no telnet");
            PolicyAb ab = new PolicyAb(lab.store, lab.clock, lab.store.snapshots()::latest);
            assertThrows(IllegalArgumentException.class, () -> ab.draft("no-telnet", 1, null, 1L, "ana"), "a version against itself");

            PolicyAb.Pair pair = ab.draft("no-telnet", 1, new PolicyReader().read("candidate.yaml", V2), null, "ana");
            assertEquals(List.of("policy-no-telnet-v1", "policy-no-telnet-v2"), List.of(pair.a().planId(), pair.b().planId()));
            assertEquals(lab.fleet, pair.targets());
            assertTrue(pair.a().document().contains("package: telnetd"), pair.a().document());
            assertEquals(1, pair.b().document().split("service: inetd", -1).length - 1, "the action both rules share, once: " + pair.b().document());
            assertTrue(lab.store.library().draft("policy-no-telnet-v2").isPresent(), "drafted into the library, to be tried, approved and signed");

            Plan a = lab.approved("a.yaml", pair.a().document(), 1);
            Plan b = lab.approved("b.yaml", pair.b().document(), 2); // approved after a: the higher version, so it can reach a's arm
            RolloutEngine engine = lab.engine();
            engine.start("ab.yaml", AB, new RolloutEngine.Signed(a, lab.signed(a)), new RolloutEngine.Signed(b, lab.signed(b)), "alice");
            int[] tick = {0};
            Rollouts.Rollout done = null;
            for (int i = 0; i < 300 && done == null; i++) {
                lab.agentsAnswer(a.id());
                lab.agentsAnswer(b.id());
                engine.step();
                Rollouts.Rollout r = lab.store.rollouts().get("policy-no-telnet-v1@1").orElseThrow();
                done = RolloutState.FINISHED.contains(r.state()) ? r : null;
                // the endpoints that removed the package work harder (its clients retry) than those that only turned it off
                lab.live(e -> (confirmed(lab, e, a.id()) ? 50 : 20) + (tick[0]++ % 5), e -> 0);
            }
            assertEquals(RolloutState.SUCCEEDED, done.state(), String.valueOf(lab.store.rollouts().decisions(done.id())));
            assertEquals("b", done.winner());
            assertEquals(lab.fleet, lab.touched(b.id()), "the better version reached every endpoint");
            assertTrue(lab.store.plans().ofPlan(a.id()).stream().allMatch(d -> d.state().equals("rolled-back")), "the other was rolled back");

            var adopted = new PolicyWorkspace(lab.store, lab.clock).apply(new PolicyReader().read("candidate.yaml", V2), "ana", "won its A/B");
            assertEquals(pair.b().planId(), PolicyAb.planId("no-telnet", adopted.version().version()));
        }
    }

    private static boolean confirmed(FleetOnStore lab, String endpoint, String plan) {
        return lab.store.plans().ofPlan(plan).stream().anyMatch(d -> d.agentId().equals(endpoint) && d.state().equals("confirmed"));
    }
}
