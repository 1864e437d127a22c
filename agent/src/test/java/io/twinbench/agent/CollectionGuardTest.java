package io.twinbench.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.twinbench.protocol.CollectionPolicyDelivery;
import io.twinbench.protocol.CollectionReport;
import io.twinbench.protocol.Event;
import io.twinbench.protocol.Message;
import io.twinbench.protocol.Severity;
import io.twinbench.protocol.inventory.Item;
import io.twinbench.protocol.inventory.Section;
import io.twinbench.remedy.trust.Approvers;
import io.twinbench.remedy.trust.CollectionPolicy;
import io.twinbench.remedy.trust.Envelope;
import io.twinbench.remedy.trust.SigningKey;
import io.twinbench.remedy.trust.TrustRoot;

/** What a collection policy forbids does not leave the endpoint; only a policy the approvers signed, newer than the one kept, is taken. */
class CollectionGuardTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private final SigningKey alice = SigningKey.generate("alice");
    private final SigningKey bob = SigningKey.generate("bob");
    private final TrustRoot root = new TrustRoot(1, 2, List.of(alice.publicKey(), bob.publicKey()), null);
    private final List<Message> reports = new ArrayList<>();

    @TempDir
    Path state;

    private CollectionGuard guard() {
        return new CollectionGuard(state, () -> root, reports::add, Runnable::run);
    }

    private Message delivery(CollectionPolicy policy, SigningKey... keys) throws Exception {
        Envelope signed = keys.length == 2 ? new Approvers(root, List.of(keys)).sign(policy.unsigned(), "the collection policy")
                : policy.unsigned().withSignature(keys[0].sign(policy.unsigned()));
        return new CollectionPolicyDelivery(Base64.getEncoder().encodeToString(signed.toJson()));
    }

    private static CollectionPolicy noContents(long serial) {
        return new CollectionPolicy(serial, NOW, "agent-collection v" + serial, List.of("os", "config", "listeners"), false,
                List.of("/etc/ssh", "/etc/hosts"), List.of("/var/log/app.log"), false, List.of("tenant-[0-9]+"));
    }

    private static List<Section> inventory() {
        return List.of(new Section("os", List.of(new Item("os", Map.of("name", "Debian")))),
                new Section("users", List.of(new Item("user/root", Map.of("uid", "0")))),
                new Section("config", List.of(
                        config("/etc/ssh/sshd_config", "aa", "PermitRootLogin yes"),
                        config("/etc/hosts", "bb", "127.0.0.1 localhost tenant-42"),
                        config("/etc/crontab", "cc", "* * * * * root backup"))));
    }

    /** As the inventory records a configuration file. */
    private static Item config(String path, String sha256, String contents) {
        return new Item(io.twinbench.protocol.ElementIds.of("cfg", path), Map.of("path", path, "sha256", sha256, "value", contents));
    }

    @Test
    void withoutAPolicyEverythingTheCommandLineCollectsLeaves() {
        CollectionGuard guard = guard();
        assertEquals(inventory(), guard.inventory(inventory()));
        assertTrue(guard.syscallsAllowed());
        assertNull(guard.policy());
    }

    @Test
    void aSignedPolicyNarrowsWhatLeavesAndHoldsAcrossARestart() throws Exception {
        CollectionGuard guard = guard();
        assertTrue(guard.accept(delivery(noContents(1), alice, bob)));
        assertEquals(new CollectionReport(1, CollectionReport.ENFORCED, "agent-collection v1"), reports.get(0));

        for (CollectionGuard g : List.of(guard, restarted())) {
            List<Section> sent = g.inventory(inventory());
            assertEquals(List.of("os", "users", "config"), sent.stream().map(Section::name).toList());
            assertEquals(List.of(), sent.get(1).items(), "a section the policy leaves out is sent empty, so the twin drops it too");
            Map<String, Item> config = new java.util.TreeMap<>();
            sent.get(2).items().forEach(item -> config.put(item.attributes().get("path"), item));
            assertEquals(Set.of("/etc/ssh/sshd_config", "/etc/hosts"), config.keySet(), "/etc/crontab is outside the policy's paths");
            assertFalse(config.get("/etc/ssh/sshd_config").attributes().containsKey("value"), "no contents leave");
            assertEquals("aa", config.get("/etc/ssh/sshd_config").attributes().get("sha256"), "the hash still does");
            assertFalse(g.syscallsAllowed());

            Event app = new Event(1, Event.Kinds.LOG, Severity.INFO, "/var/log/app.log", null, "login of tenant-42 ok", Map.of("who", "tenant-7"));
            Event other = new Event(1, Event.Kinds.LOG, Severity.INFO, "/var/log/other.log", null, "secret business", Map.of());
            Event auth = new Event(1, Event.Kinds.AUTH_FAILURE, Severity.WARN, "/var/log/auth.log", null, "Failed password for root", Map.of());
            List<Event> events = g.events(List.of(app, other, auth), Set.of("/var/log/app.log", "/var/log/other.log"));
            assertEquals(List.of("login of *** ok", "Failed password for root"), events.stream().map(Event::message).toList(),
                    "a log the policy does not list is not followed; security events are not application logs");
            assertEquals("***", events.get(0).attributes().get("who"));
        }
    }

    private CollectionGuard restarted() {
        CollectionGuard again = guard();
        again.load();
        assertEquals(1, again.policy().serial(), "the policy kept in the state directory is verified and applied at start");
        return again;
    }

    @Test
    void anUnderSignedOrOlderPolicyIsRefusedAndReportedWhileTheKeptOneHolds() throws Exception {
        CollectionGuard guard = guard();
        guard.accept(delivery(noContents(2), alice, bob));
        guard.accept(delivery(CollectionPolicy.unrestricted(3, NOW, "forged"), alice));
        CollectionReport under = (CollectionReport) reports.get(1);
        assertEquals(CollectionReport.REFUSED, under.state());
        assertEquals(3, under.serial());
        assertTrue(under.detail().contains("valid signature"), under.detail());

        guard.accept(delivery(CollectionPolicy.unrestricted(1, NOW, "replayed"), alice, bob));
        assertTrue(((CollectionReport) reports.get(2)).detail().contains("not newer"), reports.get(2).toString());
        assertEquals(2, guard.policy().serial());
        assertFalse(guard.syscallsAllowed());

        guard.accept(delivery(noContents(2), alice, bob));
        assertEquals(new CollectionReport(2, CollectionReport.ENFORCED, "agent-collection v2"), reports.get(3), "the same one again: said enforced, nothing changes");

        guard.accept(delivery(CollectionPolicy.unrestricted(4, NOW, "withdrawn"), alice, bob));
        assertEquals(inventory(), guard.inventory(inventory()), "a newer unrestricted policy gives back what the command line collects");
        assertTrue(guard.syscallsAllowed());
        assertTrue(Files.exists(state.resolve(CollectionGuard.FILE)));
    }

    @Test
    void aPolicySentWithTheCertificateHoldsFromTheFirstRoundAndAForgedOneDoesNot() throws Exception {
        Envelope signed = new Approvers(root, List.of(alice, bob)).sign(noContents(5).unsigned(), "the collection policy");
        CollectionGuard.keepEnrolmentPolicy(state, signed.toJson());
        CollectionGuard guard = guard();
        guard.load();
        assertEquals(5, guard.policy().serial());
        assertFalse(guard.inventory(inventory()).get(2).items().get(0).attributes().containsKey("value"));

        Envelope forged = noContents(6).unsigned().withSignature(alice.sign(noContents(6).unsigned()));
        CollectionGuard.keepEnrolmentPolicy(state, forged.toJson());
        CollectionGuard other = guard();
        other.load();
        assertNull(other.policy(), "one approver of two: not applied");
    }
}
