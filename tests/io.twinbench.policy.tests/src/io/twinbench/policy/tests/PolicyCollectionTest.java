package io.twinbench.policy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.twinbench.policy.document.PolicyFormatException;
import io.twinbench.policy.document.PolicyReader;
import io.twinbench.policy.service.PolicyWorkspace;
import io.twinbench.remedy.trust.Approvers;
import io.twinbench.remedy.trust.CollectionPolicy;
import io.twinbench.remedy.trust.CollectionPolicyVerifier;
import io.twinbench.remedy.trust.Envelope;
import io.twinbench.remedy.trust.SigningKey;
import io.twinbench.remedy.trust.TrustRoot;
import io.twinbench.store.CollectionPolicies;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.TwinStore;

/**
 * A twin management policy that says what agents may collect is issued to them signed by the
 * approvers whenever a change alters it (apply, rollback, withdraw), and only then; without the
 * approvers' keys such a change is refused before anything is kept.
 */
class PolicyCollectionTest {

    static final String NO_CONTENTS = """
            apiVersion: twinbench.io/v1
            kind: TwinManagement
            metadata:
              name: agent-collection
            spec:
              collection:
                config:
                  contents: false
                  paths: [/etc/ssh, /etc/hosts]
                syscalls: false
                redact: ['tenant-[0-9]+']
            """;

    private final SigningKey alice = SigningKey.generate("alice");
    private final SigningKey bob = SigningKey.generate("bob");
    private final TrustRoot root = new TrustRoot(1, 2, List.of(alice.publicKey(), bob.publicKey()), null);

    @TempDir
    Path dir;

    private CollectionPolicy verified(CollectionPolicies.Issued issued, long kept) throws Exception {
        return new CollectionPolicyVerifier(root).verify(Envelope.fromJson(issued.envelope()), kept);
    }

    @Test
    void aChangeToWhatAgentsCollectIsIssuedSignedAndOnlyWhenItChangesSomething() throws Exception {
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(dir))) {
            PolicyWorkspace policies = new PolicyWorkspace(store, Clock.systemUTC());
            Approvers approvers = new Approvers(root, List.of(alice, bob));

            IllegalArgumentException unsigned = assertThrows(IllegalArgumentException.class,
                    () -> policies.apply(new PolicyReader().read("c.yaml", NO_CONTENTS), "ana", "no contents off the endpoints"));
            assertTrue(unsigned.getMessage().contains("--key"), unsigned.getMessage());
            assertTrue(store.policies().inForce().isEmpty(), "refused before anything was kept");
            assertTrue(store.collection().latest().isEmpty());
            assertThrows(IllegalArgumentException.class, () -> policies.apply(new PolicyReader().read("c.yaml", NO_CONTENTS), "ana", "one approver",
                    new Approvers(root, List.of(alice))), "one approver of two");
            assertTrue(store.policies().inForce().isEmpty());

            policies.apply(new PolicyReader().read("c.yaml", NO_CONTENTS), "ana", "no contents off the endpoints", approvers);
            CollectionPolicies.Issued first = store.collection().latest().orElseThrow();
            CollectionPolicy one = verified(first, 0);
            assertEquals(1, one.serial());
            assertFalse(one.configContents());
            assertFalse(one.syscalls());
            assertEquals(List.of("/etc/ssh", "/etc/hosts"), one.configPaths());
            assertEquals(List.of("tenant-[0-9]+"), one.redact());
            assertEquals(null, one.sections(), "what the policy does not say stays as the agent's command line has it");
            assertEquals("agent-collection v1", one.source());
            assertTrue(first.issuedBy().contains("alice, bob"), first.issuedBy());

            String retentionToo = NO_CONTENTS + "  retention:\n    raw: 3d\n";
            policies.apply(new PolicyReader().read("c.yaml", retentionToo), "ana", "retention too");
            assertEquals(1, store.collection().latest().orElseThrow().serial(), "a change that leaves collection alone needs no keys and issues nothing");

            policies.withdraw("agent-collection", "ana", "done", approvers);
            CollectionPolicy open = verified(store.collection().latest().orElseThrow(), 1);
            assertEquals(2, open.serial());
            assertTrue(open.configContents() && open.syscalls() && open.configPaths() == null, "withdrawn: agents collect as configured again");

            policies.rollback("agent-collection", 1, "ana", "", approvers, true);
            CollectionPolicy back = verified(store.collection().latest().orElseThrow(), 2);
            assertEquals(3, back.serial());
            assertFalse(back.configContents(), "rolling back to version 1 restores what version 1 forbade");
            assertEquals("agent-collection v4", back.source());
        }
    }

    @Test
    void collectionSettingsAreCheckedWithTheirLineAndTwoPoliciesCannotMakeOneSetting() throws Exception {
        PolicyFormatException badPath = assertThrows(PolicyFormatException.class, () -> new PolicyReader().read("c.yaml",
                NO_CONTENTS.replace("paths: [/etc/ssh, /etc/hosts]", "paths: [etc/ssh]")));
        assertTrue(badPath.getMessage().contains("c.yaml:9") && badPath.getMessage().contains("paths"), badPath.getMessage());
        PolicyFormatException badSection = assertThrows(PolicyFormatException.class, () -> new PolicyReader().read("c.yaml",
                NO_CONTENTS.replace("syscalls: false", "sections: [os, secrets]")));
        assertTrue(badSection.getMessage().contains("sections"), badSection.getMessage());

        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(dir))) {
            PolicyWorkspace policies = new PolicyWorkspace(store, Clock.systemUTC());
            PolicyFormatException badPattern = assertThrows(PolicyFormatException.class, () -> policies.apply(new PolicyReader().read("c.yaml",
                    NO_CONTENTS.replace("'tenant-[0-9]+'", "'tenant-(['")), "ana", "typo", new Approvers(root, List.of(alice, bob))));
            assertTrue(badPattern.getMessage().contains("c.yaml:11: spec.collection.redact"), badPattern.getMessage());

            policies.apply(new PolicyReader().read("c.yaml", NO_CONTENTS), "ana", "first", new Approvers(root, List.of(alice, bob)));
            PolicyFormatException twice = assertThrows(PolicyFormatException.class, () -> policies.apply(new PolicyReader().read("d.yaml",
                    NO_CONTENTS.replace("name: agent-collection", "name: other")), "ana", "second", new Approvers(root, List.of(alice, bob))));
            assertTrue(twice.getMessage().contains("policy agent-collection in force sets it already"), twice.getMessage());
        }
    }
}
