package io.twinbench.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.twinbench.ingest.enrol.CertificateAuthority;
import io.twinbench.ingest.enrol.Enrollment;
import io.twinbench.ingest.enrol.EnrollmentException;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.TwinStore;

class EnrollmentTest {

    @TempDir
    Path workspace;

    private TwinStore store;
    private CertificateAuthority ca;
    private Enrollment enrollment;

    @BeforeEach
    void open() throws Exception {
        store = TwinStore.open(StoreLocation.embeddedIn(workspace));
        ca = CertificateAuthority.openOrCreate(workspace.resolve("ca"), Clock.systemUTC());
        enrollment = new Enrollment(ca, store.enrollments(), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static byte[] certificateRequest(KeyPair keys, String agentId) throws Exception {
        return new JcaPKCS10CertificationRequestBuilder(new X500Principal("CN=" + agentId), keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())).getEncoded();
    }

    @Test
    void theCaIsKeptAndReopenedWithTheSameFingerprint() throws Exception {
        CertificateAuthority again = CertificateAuthority.openOrCreate(workspace.resolve("ca"), Clock.systemUTC());
        assertEquals(ca.fingerprint(), again.fingerprint());
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(workspace.resolve("ca/ca.p12"))), "the CA key is its owner's alone");
    }

    @Test
    void aTokenBuysOneClientCertificateSignedByTheCa() throws Exception {
        Enrollment.Token token = enrollment.newToken(Duration.ofMinutes(10));
        assertEquals(ca.fingerprint().substring(0, 32), Enrollment.pinnedFingerprintPrefix(token.value()), "the token pins 128 bits of the CA");
        KeyPair keys = CertificateAuthority.newKeyPair();
        X509Certificate certificate = enrollment.enrol(token.value(), certificateRequest(keys, "web-1"), "web-1", "web-1.example");
        certificate.verify(ca.certificate().getPublicKey());
        assertEquals(keys.getPublic(), certificate.getPublicKey());
        assertEquals("web-1", Enrollment.commonName(certificate.getSubjectX500Principal()));
        assertTrue(certificate.getExtendedKeyUsage().contains("1.3.6.1.5.5.7.3.2"), "client authentication only");
        assertEquals(Optional.empty(), enrollment.distrust(certificate));
        assertEquals(1, store.enrollments().agents().size());
    }

    @Test
    void aTokenWorksOnce() throws Exception {
        Enrollment.Token token = enrollment.newToken(Duration.ofMinutes(10));
        enrollment.enrol(token.value(), certificateRequest(CertificateAuthority.newKeyPair(), "a"), "a", "a");
        EnrollmentException e = assertThrows(EnrollmentException.class,
                () -> enrollment.enrol(token.value(), certificateRequest(CertificateAuthority.newKeyPair(), "b"), "b", "b"));
        assertTrue(e.getMessage().startsWith("the enrolment token was already used"), e.getMessage());
    }

    @Test
    void anExpiredOrUnknownTokenIsRefusedWithItsReason() throws Exception {
        Enrollment.Token token = enrollment.newToken(Duration.ofMinutes(10));
        Enrollment later = new Enrollment(ca, store.enrollments(), Clock.offset(Clock.systemUTC(), Duration.ofMinutes(11)));
        byte[] request = certificateRequest(CertificateAuthority.newKeyPair(), "a");
        assertTrue(assertThrows(EnrollmentException.class, () -> later.enrol(token.value(), request, "a", "a")).getMessage()
                .startsWith("the enrolment token has expired"));
        String forged = "twb2-" + "0".repeat(32) + "-" + ca.fingerprint().substring(0, 32);
        assertTrue(assertThrows(EnrollmentException.class, () -> enrollment.enrol(forged, request, "a", "a")).getMessage()
                .startsWith("the enrolment token is unknown"));
        assertTrue(assertThrows(EnrollmentException.class, () -> enrollment.enrol("hello", request, "a", "a")).getMessage()
                .startsWith("not a Twinbench enrolment token"));
    }

    @Test
    void aRequestWhoseSignatureDoesNotMatchIsRefused() throws Exception {
        Enrollment.Token token = enrollment.newToken(Duration.ofMinutes(10));
        byte[] request = certificateRequest(CertificateAuthority.newKeyPair(), "a");
        request[request.length - 3] ^= 0x5a;
        EnrollmentException e = assertThrows(EnrollmentException.class, () -> enrollment.enrol(token.value(), request, "a", "a"));
        assertTrue(e.getMessage().contains("certificate request"), e.getMessage());
    }

    @Test
    void revokedAgentsAndForeignCertificatesAreDistrustedWithAReason() throws Exception {
        X509Certificate certificate = enrollment.enrol(enrollment.newToken(Duration.ofMinutes(5)).value(),
                certificateRequest(CertificateAuthority.newKeyPair(), "db-1"), "db-1", "db-1");
        store.enrollments().revoke("db-1", java.time.Instant.now());
        assertTrue(enrollment.distrust(certificate).orElseThrow().startsWith("agent db-1 was revoked"));

        CertificateAuthority other = CertificateAuthority.openOrCreate(workspace.resolve("other-ca"), Clock.systemUTC());
        Enrollment elsewhere = new Enrollment(other, store.enrollments(), Clock.systemUTC());
        X509Certificate foreign = elsewhere.enrol(elsewhere.newToken(Duration.ofMinutes(5)).value(),
                certificateRequest(CertificateAuthority.newKeyPair(), "x"), "x", "x");
        assertEquals("the certificate was not issued by this workbench's CA", enrollment.distrust(foreign).orElseThrow());
    }

    @Test
    void aTokenCannotTakeOverAnEnrolledAgent() throws Exception {
        X509Certificate original = enrollment.enrol(enrollment.newToken(Duration.ofMinutes(5)).value(),
                certificateRequest(CertificateAuthority.newKeyPair(), "web-01"), "web-01", "web-01");
        Enrollment.Token stolen = enrollment.newToken(Duration.ofMinutes(5));
        EnrollmentException refused = assertThrows(EnrollmentException.class,
                () -> enrollment.enrol(stolen.value(), certificateRequest(CertificateAuthority.newKeyPair(), "web-01"), "web-01", "evil"));
        assertTrue(refused.getMessage().startsWith("agent id 'web-01' is already enrolled"), refused.getMessage());
        assertEquals(Optional.empty(), enrollment.distrust(original), "the real agent keeps its trust");
        assertEquals("web-01", store.enrollments().agent("web-01").orElseThrow().hostname());
        // the refused attempt did not spend the token: a new endpoint can still use it
        enrollment.enrol(stolen.value(), certificateRequest(CertificateAuthority.newKeyPair(), "web-02"), "web-02", "web-02");
    }

    @Test
    void aTokenMadeForAnIdEnrolsOnlyThatIdAndReEnrolmentIsAudited() throws Exception {
        Enrollment.Token forDb = enrollment.newToken(Duration.ofMinutes(5), "db-1");
        EnrollmentException other = assertThrows(EnrollmentException.class,
                () -> enrollment.enrol(forDb.value(), certificateRequest(CertificateAuthority.newKeyPair(), "db-2"), "db-2", "db-2"));
        assertTrue(other.getMessage().startsWith("the enrolment token was made for agent 'db-1', not 'db-2'"), other.getMessage());
        X509Certificate first = enrollment.enrol(forDb.value(), certificateRequest(CertificateAuthority.newKeyPair(), "db-1"), "db-1", "db-1");

        X509Certificate second = enrollment.enrol(enrollment.newToken(Duration.ofMinutes(5), "db-1").value(),
                certificateRequest(CertificateAuthority.newKeyPair(), "db-1"), "db-1", "db-1-rebuilt");
        assertTrue(enrollment.distrust(first).orElseThrow().contains("superseded"), "the analyst replaced the certificate on purpose");
        assertEquals(Optional.empty(), enrollment.distrust(second));
        assertEquals(java.util.List.of("enrolled", "re-enrolment token", "re-enrolled"),
                store.enrollments().audit("db-1").stream().map(io.twinbench.store.AgentAudit::action).toList());
    }

    @Test
    void enrolmentNeverUnRevokes() throws Exception {
        X509Certificate certificate = enrollment.enrol(enrollment.newToken(Duration.ofMinutes(5)).value(),
                certificateRequest(CertificateAuthority.newKeyPair(), "lost-1"), "lost-1", "lost-1");
        store.enrollments().revoke("lost-1", java.time.Instant.now());
        EnrollmentException any = assertThrows(EnrollmentException.class, () -> enrollment.enrol(enrollment.newToken(Duration.ofMinutes(5)).value(),
                certificateRequest(CertificateAuthority.newKeyPair(), "lost-1"), "lost-1", "lost-1"));
        assertTrue(any.getMessage().startsWith("agent lost-1 was revoked on"), any.getMessage());
        EnrollmentException bound = assertThrows(EnrollmentException.class, () -> enrollment.newToken(Duration.ofMinutes(5), "lost-1"));
        assertTrue(bound.getMessage().contains("a revoked id stays revoked"), bound.getMessage());
        assertTrue(enrollment.distrust(certificate).orElseThrow().startsWith("agent lost-1 was revoked"));
        assertTrue(store.enrollments().agent("lost-1").orElseThrow().isRevoked());
    }
}
