package io.twinbench.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.twinbench.model.build.TwinBuilder;
import io.twinbench.store.CollectionPolicies;
import io.twinbench.store.ComplianceVerdicts;
import io.twinbench.store.PolicyVersions;
import io.twinbench.store.TwinStore;

/** Policies are kept as versions with who, when and why; the same text twice is one version; verdicts keep their start and go with their twin. */
class PolicyVersionsTest extends StoreFixture {

    private final Instant at = Instant.parse("2026-12-07T09:00:00Z");

    @Test
    void versionsAreKeptWithWhoWhenAndWhyAndTheNewestIsInForceUntilWithdrawn() {
        try (TwinStore store = TwinStore.open(location())) {
            PolicyVersions policies = store.policies();
            PolicyVersions.Version v1 = policies.save("ssh", "SecurityBaseline", "rules: [a]\n", "alice", "CIS 5.2", at);
            assertEquals(1, v1.version());
            assertEquals(v1, policies.save("ssh", "SecurityBaseline", "rules: [a]\n", "bob", "again", at.plusSeconds(5)), "the same text is no new version");
            PolicyVersions.Version v2 = policies.save("ssh", "SecurityBaseline", "rules: [a, b]\n", "bob", "and b", at.plusSeconds(60));
            policies.save("ports", "SecurityBaseline", "rules: [p]\n", "carol", "ports", at);
            assertEquals(2, v2.version());
            assertEquals(List.of("ports", "ssh"), policies.inForce().stream().map(PolicyVersions.Version::name).toList());
            assertEquals("rules: [a, b]\n", policies.inForce().get(1).document());
            assertEquals(List.of("alice", "bob"), policies.history("ssh").stream().map(PolicyVersions.Version::author).toList());
            assertEquals("CIS 5.2", policies.version("ssh", 1).orElseThrow().reason());

            PolicyVersions.Version withdrawn = policies.withdraw("ssh", "dave", "replaced by ssh-v2", at.plusSeconds(120));
            assertTrue(withdrawn.withdrawn());
            assertEquals(3, withdrawn.version());
            assertEquals(List.of("ports"), policies.inForce().stream().map(PolicyVersions.Version::name).toList());
            PolicyVersions.Version back = policies.save("ssh", "SecurityBaseline", "rules: [a, b]\n", "dave", "back", at.plusSeconds(180));
            assertEquals(4, back.version(), "the text of a withdrawn policy brings it back as a new version");
            assertFalse(back.withdrawn());
        }
    }

    @Test
    void verdictsAreReplacedForgottenWithTheirRuleAndDeletedWithTheirTwin() {
        try (TwinStore store = TwinStore.open(location())) {
            store.snapshots().save(new TwinBuilder("web", "web", java.util.Date.from(at)).twin());
            ComplianceVerdicts verdicts = store.compliance();
            verdicts.put(List.of(new ComplianceVerdicts.Stored("ssh", 1, "no-root", "web", "FAILS", "DENY", "PermitRootLogin yes",
                    List.of("cfg/etc/ssh/sshd_config"), at, at), new ComplianceVerdicts.Stored("ssh", 1, "gone", "web", "HOLDS", "WARN", "",
                            List.of(), at, at)));
            verdicts.put(List.of(new ComplianceVerdicts.Stored("ssh", 2, "no-root", "web", "FAILS", "DENY", "PermitRootLogin yes",
                    List.of("cfg/etc/ssh/sshd_config"), at, at.plusSeconds(60))));
            assertEquals(2, verdicts.all().size());
            ComplianceVerdicts.Stored kept = verdicts.all().get(1);
            assertEquals(List.of(2L, "no-root", at, at.plusSeconds(60), List.of("cfg/etc/ssh/sshd_config")),
                    List.of(kept.version(), kept.rule(), kept.since(), kept.evaluated(), kept.offenders()));
            verdicts.forget("ssh", List.of("no-root"));
            assertEquals(List.of("no-root"), verdicts.all().stream().map(ComplianceVerdicts.Stored::rule).toList());
            store.deleteTwin("web");
            assertTrue(verdicts.all().isEmpty(), "deleting the twin deletes its verdicts");
        }
    }

    @Test
    void collectionPoliciesAreIssuedWithGrowingSerialsAndEachAgentsLastReportIsKept() {
        try (TwinStore store = TwinStore.open(location())) {
            CollectionPolicies collection = store.collection();
            assertTrue(collection.latest().isEmpty());
            assertEquals(1, collection.nextSerial());
            byte[] envelope = "{\"payload\":\"e30=\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            collection.issue(new CollectionPolicies.Issued(1, "lab v1", "{\"configContents\":false}", envelope, "ana", at));
            collection.issue(new CollectionPolicies.Issued(2, "lab v2", "{\"configContents\":true}", envelope, "ana", at.plusSeconds(60)));
            assertEquals(2, collection.latest().orElseThrow().serial());
            assertEquals("{\"configContents\":true}", collection.latest().orElseThrow().rules());
            assertTrue(java.util.Arrays.equals(envelope, collection.latest().orElseThrow().envelope()));
            assertEquals(3, collection.nextSerial());
            assertThrows(io.twinbench.store.StoreException.class, () -> collection.issue(new CollectionPolicies.Issued(2, "again", "{}", envelope, "eve", at)),
                    "a serial is issued once");

            store.snapshots().save(new TwinBuilder("web", "web", java.util.Date.from(at)).twin());
            collection.report(new CollectionPolicies.AgentState("web", 1, "enforced", "lab v1", at));
            collection.report(new CollectionPolicies.AgentState("web", 2, "refused", "too few signatures", at.plusSeconds(70)));
            assertEquals(List.of(new CollectionPolicies.AgentState("web", 2, "refused", "too few signatures", at.plusSeconds(70))), collection.states());
            store.deleteTwin("web");
            assertTrue(collection.states().isEmpty(), "deleting the twin deletes what its agent reported");
        }
    }
}
