package io.twinbench.ingest.enrol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import javax.security.auth.x500.X500Principal;

import io.twinbench.protocol.EnrollmentToken;
import io.twinbench.store.AgentRecord;
import io.twinbench.store.Enrollments;
import io.twinbench.protocol.Printable;

/**
 * Agent enrolment: the workbench prints a one-time, expiring token; at first contact the
 * agent presents it with a certificate request and receives its client certificate. The
 * token carries the CA fingerprint's prefix so the agent can check it talks to the right
 * workbench before sending anything. Only a hash of the token is stored.
 */
public final class Enrollment {

    public static final String TOKEN_PREFIX = EnrollmentToken.PREFIX;
    public static final Duration CERTIFICATE_VALIDITY = Duration.ofDays(365);

    /** A token as the analyst hands it to whoever installs the agent. */
    public record Token(String value, Instant expires) {
    }

    private final CertificateAuthority ca;
    private final Enrollments records;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Enrollment(CertificateAuthority ca, Enrollments records, Clock clock) {
        this.ca = ca;
        this.records = records;
        this.clock = clock;
    }

    /** A token any new agent can enrol with, under an id not yet enrolled. */
    public Token newToken(Duration ttl) throws EnrollmentException {
        return newToken(ttl, null);
    }

    /**
     * A token only the given agent id can enrol with. For an id already enrolled this is the
     * analyst's explicit re-enrolment of that endpoint (a new key and certificate), recorded in
     * the agent's audit; a revoked id gets none.
     */
    public Token newToken(Duration ttl, String agentId) throws EnrollmentException {
        if (agentId != null) {
            checkId(agentId);
        }
        byte[] secret = new byte[16];
        random.nextBytes(secret);
        String value = TOKEN_PREFIX + "-" + HexFormat.of().formatHex(secret) + "-" + ca.fingerprint().substring(0, EnrollmentToken.PIN_HEX);
        Instant now = clock.instant();
        Instant expires = now.plus(ttl);
        try {
            records.addToken(hash(value), now, expires, agentId);
        } catch (io.twinbench.store.StoreException e) {
            throw new EnrollmentException(e.getMessage(), e);
        }
        return new Token(value, expires);
    }

    private static void checkId(String agentId) throws EnrollmentException {
        if (!agentId.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,199}")) {
            throw new EnrollmentException("agent id '" + Printable.of(agentId) + "' is not letters, digits, '.', '_' or '-' (at most 200)");
        }
    }

    /** The CA certificate agents trust after enrolment. */
    public X509Certificate caCertificate() {
        return ca.certificate();
    }

    /** The CA fingerprint prefix a token pins, for the agent's first contact. */
    public static String pinnedFingerprintPrefix(String token) throws EnrollmentException {
        try {
            return new EnrollmentToken(token).caFingerprintPrefix();
        } catch (IllegalArgumentException e) {
            throw new EnrollmentException(e.getMessage());
        }
    }

    /** Trades a token and a certificate request for the agent's certificate. */
    public X509Certificate enrol(String token, byte[] certificateRequest, String agentId, String hostname) throws EnrollmentException {
        pinnedFingerprintPrefix(token);
        checkId(agentId);
        Instant now = clock.instant();
        X509Certificate certificate;
        try {
            // signed first, recorded with the token's redemption in one transaction: a certificate whose serial was never recorded is trusted nowhere
            certificate = ca.signAgent(certificateRequest, agentId, CERTIFICATE_VALIDITY);
        } catch (GeneralSecurityException e) {
            throw new EnrollmentException("cannot enrol agent " + agentId + ": " + e.getMessage(), e);
        }
        Optional<String> refusal = records.enrol(hash(token), new AgentRecord(agentId, Printable.cut(hostname, 255),
                certificate.getSerialNumber().toString(16), certificate.getNotAfter().toInstant(), now, null), now);
        if (refusal.isPresent()) {
            throw new EnrollmentException(refusal.get() + " (agent " + agentId + ")");
        }
        return certificate;
    }

    /** Whether a presented client certificate belongs to an enrolled, unrevoked agent; the reason when not. */
    public Optional<String> distrust(X509Certificate certificate) {
        try {
            certificate.verify(ca.certificate().getPublicKey());
            certificate.checkValidity(java.util.Date.from(clock.instant()));
        } catch (java.security.cert.CertificateExpiredException e) {
            return Optional.of("the agent's certificate expired on " + certificate.getNotAfter().toInstant());
        } catch (GeneralSecurityException e) {
            return Optional.of("the certificate was not issued by this workbench's CA");
        }
        String agentId = commonName(certificate.getSubjectX500Principal());
        Optional<AgentRecord> agent = records.agent(agentId);
        if (agent.isEmpty()) {
            return Optional.of("agent " + agentId + " is not enrolled");
        }
        if (agent.get().isRevoked()) {
            return Optional.of("agent " + agentId + " was revoked on " + agent.get().revokedAt());
        }
        if (!agent.get().certificateSerial().equals(certificate.getSerialNumber().toString(16))) {
            return Optional.of("agent " + agentId + " presented a superseded certificate");
        }
        return Optional.empty();
    }

    public static String commonName(X500Principal principal) {
        for (String part : principal.getName(X500Principal.RFC2253).split(",")) {
            if (part.startsWith("CN=")) {
                return part.substring(3);
            }
        }
        return principal.getName();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
