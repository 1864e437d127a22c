package io.twinbench.ingest.enrol;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.security.auth.x500.X500Principal;

import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/**
 * An agent's key and certificate chain, enrolled inside the workbench's own process with a
 * fresh token, as the benchmark's simulated agents and the collector's tests need them; the
 * real agent enrols over the wire instead.
 */
public record AgentCredentials(KeyPair key, X509Certificate[] chain) {

    /**
     * A key and certificate made on this machine for the given endpoint, enrolled by the analyst
     * directly: with a token bound to the id, so an endpoint already enrolled is re-enrolled on
     * purpose and audited.
     */
    public static AgentCredentials enrol(Enrollment enrollment, String agentId, String hostname)
            throws GeneralSecurityException, EnrollmentException {
        KeyPair key = CertificateAuthority.newKeyPair();
        byte[] csr;
        try {
            csr = new JcaPKCS10CertificationRequestBuilder(new X500Principal("CN=" + agentId), key.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(key.getPrivate())).getEncoded();
        } catch (OperatorCreationException | IOException e) {
            throw new GeneralSecurityException("cannot make a certificate request: " + e.getMessage(), e);
        }
        X509Certificate certificate = enrollment.enrol(enrollment.newToken(Duration.ofMinutes(10), agentId).value(), csr, agentId, hostname);
        return new AgentCredentials(key, new X509Certificate[] {certificate, enrollment.caCertificate()});
    }

    /** TLS 1.3 presenting these credentials (none when key is null) and trusting servers certified by trusted only. */
    public static SSLContext tls(KeyPair key, X509Certificate[] chain, X509Certificate trusted) throws GeneralSecurityException {
        try {
            KeyManagerFactory kmf = null;
            if (key != null) {
                KeyStore keys = KeyStore.getInstance("PKCS12");
                keys.load(null, null);
                keys.setKeyEntry("agent", key.getPrivate(), new char[0], chain);
                kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(keys, new char[0]);
            }
            KeyStore anchors = KeyStore.getInstance("PKCS12");
            anchors.load(null, null);
            anchors.setCertificateEntry("ca", trusted);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(anchors);
            SSLContext context = SSLContext.getInstance("TLSv1.3");
            context.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), new SecureRandom());
            return context;
        } catch (IOException e) {
            throw new GeneralSecurityException(e);
        }
    }

    public SSLContext tls(X509Certificate trusted) throws GeneralSecurityException {
        return tls(key, chain, trusted);
    }
}
