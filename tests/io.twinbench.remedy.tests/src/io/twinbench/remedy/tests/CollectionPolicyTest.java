package io.twinbench.remedy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.twinbench.remedy.trust.Approvers;
import io.twinbench.remedy.trust.CollectionPolicy;
import io.twinbench.remedy.trust.CollectionPolicyVerifier;
import io.twinbench.remedy.trust.Envelope;
import io.twinbench.remedy.trust.SigningKey;
import io.twinbench.remedy.trust.TrustException;
import io.twinbench.remedy.trust.TrustRoot;

/** A collection policy is taken only signed by the root's approvers to its threshold, and only when newer than the one kept. */
class CollectionPolicyTest {

    private static final Instant NOW = TrustTest.NOW;
    private final SigningKey alice = SigningKey.generate("alice");
    private final SigningKey bob = SigningKey.generate("bob");
    private final SigningKey mallory = SigningKey.generate("mallory");
    private final TrustRoot root = new TrustRoot(1, 2, List.of(alice.publicKey(), bob.publicKey()), null);

    private static CollectionPolicy policy(long serial) {
        return new CollectionPolicy(serial, NOW, "agent-collection v1", List.of("os", "packages", "config"), false, List.of("/etc/ssh"),
                List.of("/var/log/app.log"), false, List.of("(?i)tenant-[0-9]+"));
    }

    private TrustException refused(Envelope envelope, long kept) {
        return assertThrows(TrustException.class, () -> new CollectionPolicyVerifier(root).verify(Envelope.fromJson(envelope.toJson()), kept));
    }

    @Test
    void signedToTheThresholdItVerifiesAndEachAttackIsRefusedWithItsReason() throws Exception {
        Envelope signed = new Approvers(root, List.of(alice, bob)).sign(policy(3).unsigned(), "the collection policy");
        CollectionPolicy verified = new CollectionPolicyVerifier(root).verify(Envelope.fromJson(signed.toJson()), 2);
        assertEquals(policy(3), verified);
        assertEquals(3, CollectionPolicy.claimedSerial(signed));

        assertEquals(TrustException.Reason.UNSIGNED, refused(policy(3).unsigned(), 0).reason());
        Envelope aliceOnly = policy(3).unsigned().withSignature(alice.sign(policy(3).unsigned()));
        assertEquals(TrustException.Reason.UNDER_SIGNED, refused(aliceOnly, 0).reason(), "one approver of two");
        Envelope foreign = policy(3).unsigned().withSignature(mallory.sign(policy(3).unsigned()));
        assertEquals(TrustException.Reason.UNKNOWN_KEY, refused(foreign, 0).reason());
        assertEquals(TrustException.Reason.REPLAYED, refused(signed, 3).reason(), "the one kept, again");
        assertEquals(TrustException.Reason.REPLAYED, refused(signed, 4).reason(), "an older one after a newer");

        String widened = new String(signed.payload(), StandardCharsets.UTF_8).replace("\"configContents\":false", "\"configContents\":true");
        Envelope tampered = new Envelope(signed.payloadType(), widened.getBytes(StandardCharsets.UTF_8), signed.signatures());
        assertEquals(TrustException.Reason.TAMPERED, refused(tampered, 0).reason());
    }

    @Test
    void theApproversAreCheckedBeforeAnythingIsSigned() {
        TrustException under = assertThrows(TrustException.class, () -> new Approvers(root, List.of(alice)).sign(policy(1).unsigned(), "the collection policy"));
        assertEquals(TrustException.Reason.UNDER_SIGNED, under.reason());
        assertTrue(under.getMessage().contains("asks for 2"), under.getMessage());
        TrustException foreign = assertThrows(TrustException.class,
                () -> new Approvers(root, List.of(alice, mallory)).sign(policy(1).unsigned(), "the collection policy"));
        assertTrue(foreign.getMessage().contains("mallory's key is not an approver"), foreign.getMessage());
    }

    @Test
    void itOnlyNarrowsAndItsFieldsAreCheckedByName() {
        CollectionPolicy p = policy(1);
        assertTrue(p.configPathAllowed("/etc/ssh/sshd_config"));
        assertTrue(p.configPathAllowed("/etc/ssh"));
        assertFalse(p.configPathAllowed("/etc/sshd"), "a sibling with the same prefix is not under the path");
        assertFalse(p.sectionAllowed("users"));
        assertFalse(p.logAllowed("/var/log/other.log"));
        CollectionPolicy open = CollectionPolicy.unrestricted(2, NOW, "none");
        assertTrue(open.sectionAllowed("users") && open.configPathAllowed("/anything") && open.logAllowed("/x") && open.syscalls() && open.configContents());

        IllegalArgumentException path = assertThrows(IllegalArgumentException.class, () -> new CollectionPolicy(1, NOW, "x", null, true,
                List.of("etc/ssh"), null, true, List.of()));
        assertTrue(path.getMessage().contains("'configPaths'"), path.getMessage());
        IllegalArgumentException escape = assertThrows(IllegalArgumentException.class, () -> new CollectionPolicy(1, NOW, "x", null, true,
                null, List.of("/var/log/../../etc/shadow"), true, List.of()));
        assertTrue(escape.getMessage().contains("'logs'"), escape.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> new CollectionPolicy(1, NOW, "x", null, true,
                null, null, true, List.of("x*")));
        assertTrue(empty.getMessage().contains("'redact'"), "a pattern matching nothing at all would mask between every character: " + empty.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CollectionPolicy(1, NOW, "x", null, true, null, null, true, List.of("(unclosed")));
    }
}
