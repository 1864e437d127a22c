package io.twinbench.agent;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

/**
 * An agent of the same workbench (its certificate signed by the same CA, its id a host name) must
 * not pass for the collector: not at first contact with a token, and not later.
 */
class CollectorTrustTest {

    private final KeyPair caKey = key();
    private final X509Certificate ca = certificate("CN=Twinbench CA", caKey, caKey, null, true);

    private static KeyPair key() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A certificate of the CA: a collector's (serverAuth, SAN), an agent's (clientAuth, CN only) or the CA itself. */
    private X509Certificate certificate(String subject, KeyPair subjectKey, KeyPair issuerKey, KeyPurposeId usage, boolean isCa,
            GeneralName... names) {
        try {
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(isCa ? new X500Name(subject) : new X500Name("CN=Twinbench CA"),
                    new BigInteger(64, new SecureRandom()), Date.from(now.minusSeconds(60)), Date.from(now.plusSeconds(3600)),
                    new X500Name(subject), subjectKey.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
            if (usage != null) {
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(usage));
            }
            if (names.length > 0) {
                builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
            }
            return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA")
                    .build(issuerKey.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private X509Certificate certificate(String subject, KeyPair subjectKey, KeyPair issuerKey, KeyPurposeId usage, boolean isCa) {
        return certificate(subject, subjectKey, issuerKey, usage, isCa, new GeneralName[0]);
    }

    private String pin() throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(ca.getEncoded())).substring(0, 32);
    }

    private X509TrustManager steadyTrust(String host) throws Exception {
        KeyStore anchors = KeyStore.getInstance("PKCS12");
        anchors.load(null, null);
        anchors.setCertificateEntry("ca", ca);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(anchors);
        return new CollectorTrust((X509TrustManager) tmf.getTrustManagers()[0], host);
    }

    @Test
    void anotherAgentsCertificateIsNotTheCollectors() throws Exception {
        KeyPair agentKey = key();
        X509Certificate agent = certificate("CN=collector.example,O=Twinbench agent", agentKey, caKey, KeyPurposeId.id_kp_clientAuth, false);
        X509Certificate[] chain = {agent, ca};
        CertificateException first = assertThrows(CertificateException.class,
                () -> new PinnedCaTrust(pin(), "collector.example").checkServerTrusted(chain, "ECDHE_ECDSA"));
        assertTrue(first.getMessage().contains("not a collector's"), first.getMessage());
        assertThrows(CertificateException.class, () -> steadyTrust("collector.example").checkServerTrusted(chain, "ECDHE_ECDSA"));
    }

    @Test
    void theCollectorsCertificateMustNameTheHostDialled() throws Exception {
        KeyPair serverKey = key();
        X509Certificate server = certificate("CN=collector.example,O=Twinbench collector", serverKey, caKey, KeyPurposeId.id_kp_serverAuth,
                false, new GeneralName(GeneralName.dNSName, "collector.example"), new GeneralName(GeneralName.iPAddress, "127.0.0.1"));
        X509Certificate[] chain = {server, ca};
        assertDoesNotThrow(() -> new PinnedCaTrust(pin(), "collector.example").checkServerTrusted(chain, "ECDHE_ECDSA"));
        assertDoesNotThrow(() -> steadyTrust("127.0.0.1").checkServerTrusted(chain, "ECDHE_ECDSA"));
        CertificateException other = assertThrows(CertificateException.class,
                () -> new PinnedCaTrust(pin(), "elsewhere.example").checkServerTrusted(chain, "ECDHE_ECDSA"));
        assertTrue(other.getMessage().contains("does not name elsewhere.example"), other.getMessage());
        assertThrows(CertificateException.class, () -> steadyTrust("10.9.9.9").checkServerTrusted(chain, "ECDHE_ECDSA"));
    }

    @Test
    void aTlsServerPresentingAnAgentsCertificateIsRefusedAtTheHandshake() throws Exception {
        KeyPair agentKey = key();
        // an agent whose certificate would even pass a host name check by its common name
        X509Certificate agent = certificate("CN=localhost,O=Twinbench agent", agentKey, caKey, KeyPurposeId.id_kp_clientAuth, false);
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("k", agentKey.getPrivate(), new char[0], new Certificate[] {agent, ca});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, new char[0]);
        SSLContext serverTls = SSLContext.getInstance("TLSv1.3");
        serverTls.init(kmf.getKeyManagers(), null, null);
        try (SSLServerSocket server = (SSLServerSocket) serverTls.getServerSocketFactory().createServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            Thread accept = new Thread(() -> {
                try (SSLSocket s = (SSLSocket) server.accept()) {
                    s.startHandshake();
                } catch (Exception e) {
                    // the agent walks away
                }
            });
            accept.start();
            SSLContext agentTls = SSLContext.getInstance("TLSv1.3");
            agentTls.init(null, new TrustManager[] {new PinnedCaTrust(pin(), "localhost")}, new SecureRandom());
            assertThrows(javax.net.ssl.SSLHandshakeException.class,
                    () -> new WorkbenchAddress("localhost", server.getLocalPort()).connect(agentTls, 5000).close());
            accept.join(5000);
        }
    }
}
