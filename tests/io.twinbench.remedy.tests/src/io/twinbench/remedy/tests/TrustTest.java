package io.twinbench.remedy.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.twinbench.remedy.plan.Plan;
import io.twinbench.remedy.plan.PlanReader;
import io.twinbench.remedy.trust.Envelope;
import io.twinbench.remedy.trust.KeyFile;
import io.twinbench.remedy.trust.PlanStatement;
import io.twinbench.remedy.trust.PlanVerifier;
import io.twinbench.remedy.trust.RootVerifier;
import io.twinbench.remedy.trust.SigningKey;
import io.twinbench.remedy.trust.TrustException;
import io.twinbench.remedy.trust.TrustRoot;

class TrustTest {

    static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    private final SigningKey alice = SigningKey.generate("alice");
    // bob keeps his key in hardware that signs ECDSA P-256 only: roots and plans mix both schemes
    private final SigningKey bob = SigningKey.generate(io.twinbench.remedy.trust.KeyAlgorithm.ECDSA_P256, "bob");
    private final SigningKey mallory = SigningKey.generate("mallory");

    static Plan plan(long version, Instant expires, String endpoint) throws Exception {
        return new PlanReader().read("p.yaml", """
                id: motd
                title: A banner
                targets: {endpoints: [%s]}
                actions:
                  - write: /etc/motd
                    content: hello
                """.formatted(endpoint)).approvedAs(version, expires, List.of(endpoint));
    }

    static Envelope signed(Plan plan, SigningKey... keys) {
        Envelope envelope = PlanStatement.unsigned(plan);
        for (SigningKey key : keys) {
            envelope = envelope.withSignature(key.sign(envelope));
        }
        return Envelope.fromJsonUnchecked(envelope.toJson());
    }

    private TrustRoot root(int threshold, SigningKey... keys) {
        return new TrustRoot(1, threshold, java.util.Arrays.stream(keys).map(SigningKey::publicKey).toList(), null);
    }

    @Test
    void aSignedPlanVerifiesAndEachAttackIsRefusedWithItsReason() throws Exception {
        PlanVerifier verifier = new PlanVerifier(root(1, alice, bob));
        Instant tomorrow = NOW.plusSeconds(86_400);
        assertEquals("motd", verifier.verify(signed(plan(5, tomorrow, "web-01"), alice), "web-01", 4, NOW).id());

        byte[] payload = PlanStatement.unsigned(plan(5, tomorrow, "web-01")).payload();
        Envelope good = signed(plan(5, tomorrow, "web-01"), alice);
        payload[payload.length / 2] ^= 1;
        Envelope tampered = new Envelope(good.payloadType(), payload, good.signatures());
        refused(TrustException.Reason.TAMPERED, () -> verifier.verify(tampered, "web-01", 4, NOW));
        refused(TrustException.Reason.REPLAYED, () -> verifier.verify(good, "web-01", 5, NOW));
        refused(TrustException.Reason.EXPIRED, () -> verifier.verify(good, "web-01", 4, tomorrow));
        refused(TrustException.Reason.OTHER_ENDPOINT, () -> verifier.verify(good, "web-02", 4, NOW));
        refused(TrustException.Reason.UNKNOWN_KEY, () -> verifier.verify(signed(plan(5, tomorrow, "web-01"), mallory), "web-01", 4, NOW));
        PlanVerifier fourEyes = new PlanVerifier(root(2, alice, bob));
        refused(TrustException.Reason.UNDER_SIGNED, () -> fourEyes.verify(signed(plan(5, tomorrow, "web-01"), alice, mallory), "web-01", 4, NOW));
        assertEquals(5, fourEyes.verify(signed(plan(5, tomorrow, "web-01"), alice, bob), "web-01", 4, NOW).version());
    }

    @Test
    void aPreApprovedKeySignsOnlyItsKindsOfActionOnItsEndpointsAndNeverARoot() throws Exception {
        SigningKey loop = SigningKey.generate("orchestration-loop");
        io.twinbench.remedy.trust.Delegation writes = new io.twinbench.remedy.trust.Delegation("orchestration-loop", loop.publicKey(),
                List.of("web-01"), List.of("write", "service:stop"));
        TrustRoot root = new TrustRoot(1, 2, List.of(alice.publicKey(), bob.publicKey()), null, List.of(writes));
        // the root as agents receive it: its pre-approvals read back as written
        Envelope unsignedRoot = root.envelope();
        Envelope signedRoot = Envelope.fromJsonUnchecked(unsignedRoot.withSignature(alice.sign(unsignedRoot)).withSignature(bob.sign(unsignedRoot)).toJson());
        TrustRoot read = new RootVerifier().initial(signedRoot);
        assertEquals(List.of("write", "service:stop"), read.delegations().get(0).actions());
        PlanVerifier verifier = new PlanVerifier(read);
        Instant tomorrow = NOW.plusSeconds(86_400);
        assertEquals("motd", verifier.verify(signed(plan(5, tomorrow, "web-01"), loop), "web-01", 4, NOW).id(), "a write on web-01 is pre-approved");

        Plan sysctl = new PlanReader().read("s.yaml", "id: fwd\ntitle: t\ntargets: {endpoints: [web-01]}\nactions:\n  - sysctl: net.ipv4.ip_forward\n"
                + "    value: \"0\"\n").approvedAs(5, tomorrow, List.of("web-01"));
        TrustException kind = assertThrows(TrustException.class, () -> verifier.verify(signed(sysctl, loop), "web-01", 4, NOW));
        assertEquals(TrustException.Reason.UNDER_SIGNED, kind.reason());
        assertTrue(kind.getMessage().contains("action(s) of kind sysctl, not pre-approved for orchestration-loop"), kind.getMessage());
        TrustException elsewhere = assertThrows(TrustException.class, () -> verifier.verify(signed(plan(5, tomorrow, "web-02"), loop), "web-02", 4, NOW));
        assertTrue(elsewhere.getMessage().contains("web-02 is not among the endpoints pre-approved"), elsewhere.getMessage());
        // the approvers' threshold still holds for everything else: one approver and the loop are not two approvers
        refused(TrustException.Reason.UNDER_SIGNED, () -> verifier.verify(signed(sysctl, alice, loop), "web-01", 4, NOW));
        assertEquals("fwd", verifier.verify(signed(sysctl, alice, bob), "web-01", 4, NOW).id());

        // a pre-approved key is no approver: it cannot rotate the root, even with one approver beside it
        Envelope rotation = new TrustRoot(2, 1, List.of(loop.publicKey()), null).envelope();
        Envelope byLoop = rotation.withSignature(loop.sign(rotation)).withSignature(alice.sign(rotation));
        assertThrows(TrustException.class, () -> new RootVerifier().rotate(read, byLoop));
        assertThrows(IllegalArgumentException.class, () -> new TrustRoot(1, 1, List.of(alice.publicKey()), null,
                List.of(new io.twinbench.remedy.trust.Delegation("x", alice.publicKey(), List.of("web-01"), List.of("write")))));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> new io.twinbench.remedy.trust.Delegation("x",
                loop.publicKey(), List.of("web-01"), List.of("reboot")));
        assertTrue(unknown.getMessage().contains("'reboot' is not a kind of action"), unknown.getMessage());
    }

    @Test
    void aRootListingAKeyOfAnotherSchemeIsRefusedNamingTheKey() throws Exception {
        for (String[] other : new String[][] {{"EC", "secp384r1"}, {"RSA", null}, {"Ed448", null}, {"X25519", null}}) {
            java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance(other[0]);
            if (other[1] != null) {
                generator.initialize(new java.security.spec.ECGenParameterSpec(other[1]));
            }
            String spki = java.util.Base64.getEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded());
            String json = """
                    {"_type": "twinbench-root", "version": 1, "threshold": 1,
                     "keys": [{"name": "eve", "public": "%s"}]}""".formatted(spki);
            TrustException e = refused(TrustException.Reason.MALFORMED, () -> TrustRoot.fromJson(json.getBytes(StandardCharsets.UTF_8)));
            assertTrue(e.getMessage().contains("key eve is not a public key: neither an Ed25519 nor an ECDSA P-256 key"), other[0] + ": " + e.getMessage());
        }
        // and the two schemes it takes still read back from a root's JSON, each verifying its own signature only
        TrustRoot read = TrustRoot.fromJson(root(1, alice, bob).toJson());
        Envelope envelope = PlanStatement.unsigned(plan(1, NOW.plusSeconds(60), "web-01"));
        assertEquals(1, new PlanVerifier(read).verify(Envelope.fromJsonUnchecked(envelope.withSignature(bob.sign(envelope)).toJson()), "web-01", 0, NOW).version());
        assertEquals(List.of("ed25519", "ecdsa-p256"), read.keys().stream().map(k -> k.algorithm().label()).toList());
    }

    @Test
    void aRootRotatesOnlyWithTheThresholdsOfTheOldAndTheNewRoot() throws Exception {
        TrustRoot first = root(2, alice, bob);
        RootVerifier roots = new RootVerifier();
        Envelope initial = first.envelope();
        initial = initial.withSignature(alice.sign(initial)).withSignature(bob.sign(initial));
        assertEquals(1, roots.initial(initial).version());

        TrustRoot second = new TrustRoot(2, 1, List.of(alice.publicKey(), mallory.publicKey()), null);
        Envelope byNewKeysOnly = second.envelope();
        byNewKeysOnly = byNewKeysOnly.withSignature(alice.sign(byNewKeysOnly)).withSignature(mallory.sign(byNewKeysOnly));
        Envelope stolen = byNewKeysOnly;
        TrustException e = refused(TrustException.Reason.ROOT_ROTATION, () -> roots.rotate(first, stolen));
        assertTrue(e.getMessage().contains("1 valid signature(s) of the 2"), e.getMessage());

        Envelope proper = byNewKeysOnly.withSignature(bob.sign(byNewKeysOnly));
        assertEquals(2, roots.rotate(first, proper).version());
        Envelope skipping = new TrustRoot(3, 1, List.of(alice.publicKey()), null).envelope();
        Envelope skip = skipping.withSignature(alice.sign(skipping)).withSignature(bob.sign(skipping));
        refused(TrustException.Reason.ROOT_ROTATION, () -> roots.rotate(first, skip));
    }

    @Test
    void openSslVerifiesTheSignatureSoTheFormatIsStandardDsse(@TempDir Path dir) throws Exception {
        Envelope envelope = signed(plan(1, NOW.plusSeconds(60), "web-01"), alice);
        Files.write(dir.resolve("pae.bin"), envelope.pae());
        Files.write(dir.resolve("sig.bin"), envelope.signatures().get(0).sig());
        Files.writeString(dir.resolve("alice.pem"), alice.publicKey().pem());
        String pae = new String(envelope.pae(), StandardCharsets.UTF_8);
        assertTrue(pae.startsWith("DSSEv1 28 application/vnd.in-toto+json "), pae.substring(0, 60));
        Process openssl = new ProcessBuilder("openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "alice.pem", "-rawin", "-in", "pae.bin",
                "-sigfile", "sig.bin").directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, openssl.waitFor(), out);
        assertTrue(out.contains("Signature Verified Successfully"), out);

        Files.write(dir.resolve("pae.bin"), Envelope.pae(envelope.payloadType(), "something else".getBytes(StandardCharsets.UTF_8)));
        Process refused = new ProcessBuilder("openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "alice.pem", "-rawin", "-in", "pae.bin",
                "-sigfile", "sig.bin").directory(dir.toFile()).redirectErrorStream(true).start();
        refused.getInputStream().readAllBytes();
        assertEquals(1, refused.waitFor());
    }

    @Test
    void openSslVerifiesAnEcdsaP256SignatureAndReadsItsKeyFile(@TempDir Path dir) throws Exception {
        Envelope envelope = signed(plan(1, NOW.plusSeconds(60), "web-01"), bob);
        Files.write(dir.resolve("pae.bin"), envelope.pae());
        Files.write(dir.resolve("sig.der"), envelope.signatures().get(0).sig());
        Files.writeString(dir.resolve("bob.pem"), bob.publicKey().pem());
        Process openssl = new ProcessBuilder("openssl", "dgst", "-sha256", "-verify", "bob.pem", "-signature", "sig.der", "pae.bin")
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, openssl.waitFor(), out);
        assertTrue(out.contains("Verified OK"), out);

        Path file = dir.resolve("bob.key");
        KeyFile.write(file, bob, "battery staple".toCharArray());
        SigningKey read = KeyFile.read(file, "battery staple".toCharArray());
        assertEquals(io.twinbench.remedy.trust.KeyAlgorithm.ECDSA_P256, read.algorithm());
        assertEquals(bob.keyId(), read.keyId());
        Process pkey = new ProcessBuilder("openssl", "pkey", "-in", file.toString(), "-passin", "pass:battery staple", "-pubout")
                .redirectErrorStream(true).start();
        String pub = new String(pkey.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, pkey.waitFor(), pub);
        assertEquals(bob.publicKey().pem().strip(), pub.strip());
        // a signature by the key read back verifies under the key the root lists
        assertTrue(bob.publicKey().verifies(envelope.pae(), read.sign(envelope).sig()));
    }

    @Test
    void aKeyFileIsEncryptedWithItsPassphraseAndOpenSslReadsIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("alice.key");
        KeyFile.write(file, alice, "correct horse".toCharArray());
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(Files.readString(file).contains("ENCRYPTED PRIVATE KEY"));
        assertEquals(alice.keyId(), KeyFile.read(file, "correct horse".toCharArray()).keyId());
        java.io.IOException wrong = assertThrows(java.io.IOException.class, () -> KeyFile.read(file, "wrong".toCharArray()));
        assertTrue(wrong.getMessage().contains("wrong passphrase"), wrong.getMessage());
        Process openssl = new ProcessBuilder("openssl", "pkey", "-in", file.toString(), "-passin", "pass:correct horse", "-pubout")
                .redirectErrorStream(true).start();
        String out = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, openssl.waitFor(), out);
        assertEquals(alice.publicKey().pem().strip(), out.strip());
    }

    @Test
    void artifactsAreSubjectsOfTheStatement() throws Exception {
        Plan plan = new PlanReader().read("p.yaml", """
                title: upgrade
                targets: {endpoints: [web-01]}
                artifacts: [{name: a.deb, sha256: %s}]
                actions: [{package: a, install: a.deb}]
                """.formatted(PlanReaderTest.SHA)).approvedAs(1, NOW.plusSeconds(60), List.of("web-01"));
        String statement = new String(PlanStatement.unsigned(plan).payload(), StandardCharsets.UTF_8);
        assertTrue(statement.contains("\"name\":\"artifact/a.deb\""), statement);
        assertTrue(statement.contains(PlanReaderTest.SHA), statement);
        assertArrayEquals(PlanStatement.unsigned(plan).payload(), PlanStatement.unsigned(plan).payload());
        // an artifact listed without its size reads back as it was signed
        assertEquals(plan, new PlanVerifier(root(1, alice)).verify(signed(plan, alice), "web-01", 0, NOW));
    }

    private static TrustException refused(TrustException.Reason reason, org.junit.jupiter.api.function.Executable call) {
        TrustException e = assertThrows(TrustException.class, call);
        assertEquals(reason, e.reason(), e.getMessage());
        return e;
    }
}
