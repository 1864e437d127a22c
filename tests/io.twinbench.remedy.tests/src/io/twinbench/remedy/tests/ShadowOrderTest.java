package io.twinbench.remedy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.twinbench.remedy.trust.Envelope;
import io.twinbench.remedy.trust.ShadowOrder;
import io.twinbench.remedy.trust.ShadowOrderVerifier;
import io.twinbench.remedy.trust.SigningKey;
import io.twinbench.remedy.trust.TrustException;
import io.twinbench.remedy.trust.TrustRoot;

/** A shadow order is trusted as a plan is: signed by the root's approvers, for this endpoint, in time, once. */
class ShadowOrderTest {

    private static final Instant NOW = TrustTest.NOW;
    private final SigningKey alice = SigningKey.generate("alice");
    private final SigningKey bob = SigningKey.generate("bob");
    private final SigningKey mallory = SigningKey.generate("mallory");
    private final TrustRoot root = new TrustRoot(1, 1, List.of(alice.publicKey(), bob.publicKey()), null);

    private ShadowOrder order(String endpoint, Instant expires) {
        return new ShadowOrder("shadow-1", endpoint, NOW.minusSeconds(5), expires, new ShadowOrder.Scope(List.of(), List.of("lighttpd"), List.of(),
                List.of(80)), List.of("syscalls", "packets", "http"), 1 << 20, 65536, null);
    }

    private static Envelope signed(ShadowOrder order, SigningKey key) throws TrustException {
        Envelope unsigned = order.unsigned();
        return Envelope.fromJson(unsigned.withSignature(key.sign(unsigned)).toJson());
    }

    private TrustException refused(Envelope envelope, String agent, Set<String> ran) {
        return assertThrows(TrustException.class, () -> new ShadowOrderVerifier(root).verify(envelope, agent, ran, NOW));
    }

    @Test
    void aSignedOrderVerifiesAndEachAttackIsRefusedWithItsReason() throws Exception {
        ShadowOrder good = order("web-1", NOW.plus(Duration.ofMinutes(10)));
        ShadowOrder verified = new ShadowOrderVerifier(root).verify(signed(good, alice), "web-1", Set.of(), NOW);
        assertEquals(good, verified);

        assertEquals(TrustException.Reason.UNSIGNED, refused(good.unsigned(), "web-1", Set.of()).reason());
        assertEquals(TrustException.Reason.UNKNOWN_KEY, refused(signed(good, mallory), "web-1", Set.of()).reason(), "a foreign key");
        assertEquals(TrustException.Reason.OTHER_ENDPOINT, refused(signed(good, alice), "db-1", Set.of()).reason());
        assertEquals(TrustException.Reason.EXPIRED, refused(signed(order("web-1", NOW.minusSeconds(1)), alice), "web-1", Set.of()).reason());
        assertEquals(TrustException.Reason.REPLAYED, refused(signed(good, alice), "web-1", Set.of("shadow-1")).reason());

        Envelope original = signed(good, alice);
        String widened = new String(original.payload(), java.nio.charset.StandardCharsets.UTF_8).replace("\"ports\":[80]", "\"ports\":[22]");
        Envelope tampered = new Envelope(original.payloadType(), widened.getBytes(java.nio.charset.StandardCharsets.UTF_8), original.signatures());
        TrustException changed = refused(tampered, "web-1", Set.of());
        assertEquals(TrustException.Reason.TAMPERED, changed.reason(), changed.getMessage());
    }

    @Test
    void anOrderWithAFieldOutOfBoundsIsRefusedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ShadowOrder.Scope(List.of(), List.of("../../etc"), List.of(),
                List.of()));
        assertTrue(e.getMessage().contains("scope.names"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new ShadowOrder.Scope(List.of(), List.of(), List.of(), List.of(70000)));
        assertTrue(e.getMessage().contains("scope.ports"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new ShadowOrder("s", "web-1", NOW, NOW.plusSeconds(60),
                new ShadowOrder.Scope(List.of(), List.of(), List.of(1), List.of()), List.of("keystrokes"), 1 << 20, 0, null));
        assertTrue(e.getMessage().contains("capture"), e.getMessage());
    }
}
