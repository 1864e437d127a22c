package io.twinbench.policy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.twinbench.model.build.TwinBuilder;
import io.twinbench.model.twin.SoftwarePackage;
import io.twinbench.model.twin.Twin;
import io.twinbench.model.twin.TwinPackage;
import io.twinbench.policy.document.PolicyReader;
import io.twinbench.policy.eval.ComplianceIndex;
import io.twinbench.policy.service.ComplianceFollower;
import io.twinbench.policy.service.PolicyWorkspace;
import io.twinbench.store.ComplianceVerdicts;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.TwinStore;

/**
 * The follower a collector feeds (the workbench's, serve's): a twin its agent changed is evaluated
 * again on the follower's own thread, the verdict that changed is told and kept in the store, and
 * a policy applied meanwhile is found at the next change.
 */
class ComplianceFollowerTest {

    private static final String POLICY = """
            apiVersion: twinbench.io/v1
            kind: SecurityBaseline
            metadata: {name: no-telnet}
            spec:
              rules:
                - name: no-telnet
                  forEach: twin.packages
                  expression: item.name != 'telnetd'
            """;

    @TempDir
    Path dir;

    private static Twin twin(String... packages) {
        TwinBuilder b = new TwinBuilder("web", "web", new java.util.Date());
        for (String p : packages) {
            b.<SoftwarePackage>element(TwinPackage.eINSTANCE.getSoftwarePackage(), "pkg/" + p, p, e -> e.setVersion("1.0"));
        }
        return b.twin();
    }

    @Test
    void aTwinChangedByItsAgentIsEvaluatedAgainAndTheChangedVerdictKept() throws Exception {
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(dir))) {
            store.snapshots().save(twin("nginx"));
            LinkedBlockingQueue<List<ComplianceIndex.Entry>> told = new LinkedBlockingQueue<>();
            try (ComplianceFollower follower = new ComplianceFollower(store, Clock.systemUTC(), store.snapshots()::latest, told::add)) {
                follower.reevaluate();
                assertEquals(List.of(), told.poll(30, TimeUnit.SECONDS), "no policy in force yet");

                new PolicyWorkspace(store, Clock.systemUTC()).apply(new PolicyReader().read("no-telnet.yaml", POLICY), "tester", "test");
                follower.twinUpdated(twin("nginx", "openssl"));
                List<ComplianceIndex.Entry> all = told.poll(30, TimeUnit.SECONDS);
                assertEquals(1, all.size(), "a policy applied meanwhile: everything evaluated again");

                Twin changed = twin("nginx", "telnetd");
                follower.twinUpdated(changed);
                List<ComplianceIndex.Entry> entries = told.poll(30, TimeUnit.SECONDS);
                assertEquals(1, entries.size());
                assertEquals(List.of("pkg/telnetd"), entries.get(0).verdict().offenders());
                ComplianceVerdicts.Stored kept = store.compliance().all().get(0);
                assertEquals(List.of("FAILS", List.of("pkg/telnetd")), List.of(kept.status(), kept.offenders()), "kept in the store");
                assertTrue(follower.current().entries().stream().anyMatch(e -> e.verdict().offenders().equals(List.of("pkg/telnetd"))));
            }
        }
    }

    private static final String WEB_TIER = """
            apiVersion: twinbench.io/v1
            kind: SecurityBaseline
            metadata: {name: web-tier}
            spec:
              matchConditions:
                - name: web
                  expression: twin.labels[?'tier'].orValue('') == 'web'
              rules:
                - name: owner
                  expression: "'owner' in twin.labels"
                  messageExpression: "'web endpoint ' + twin.id + ' has no owner label'"
            """;

    @Test
    void rulesReadTheEndpointsLabelsAndALabelChangeIsEvaluatedAgain() throws Exception {
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(dir))) {
            store.snapshots().save(twin("nginx"));
            PolicyWorkspace workspace = new PolicyWorkspace(store, Clock.systemUTC());
            PolicyWorkspace.Applied applied = workspace.apply(new PolicyReader().read("web-tier.yaml", WEB_TIER), "tester", "test");
            assertEquals("NOT_APPLICABLE", applied.evaluation().entries().get(0).verdict().status().name(), "no tier label: not a web twin");

            store.labels().change("web", java.util.Map.of("tier", "web"), List.of());
            PolicyWorkspace.Evaluation evaluation = workspace.evaluate();
            assertEquals(List.of("FAILS", "web endpoint web has no owner label"), List.of(evaluation.entries().get(0).verdict().status().name(),
                    evaluation.entries().get(0).verdict().message()));

            LinkedBlockingQueue<List<ComplianceIndex.Entry>> told = new LinkedBlockingQueue<>();
            try (ComplianceFollower follower = new ComplianceFollower(store, Clock.systemUTC(), store.snapshots()::latest, told::add)) {
                follower.reevaluate();
                assertEquals(1, told.poll(30, TimeUnit.SECONDS).size());
                store.labels().change("web", java.util.Map.of("owner", "alice"), List.of());
                follower.twinUpdated(twin("nginx"));
                List<ComplianceIndex.Entry> changed = told.poll(30, TimeUnit.SECONDS);
                assertEquals("HOLDS", changed.get(0).verdict().status().name(), "the twin did not change, its labels did");
                assertEquals("HOLDS", store.compliance().all().get(0).status());
            }
        }
    }
}
