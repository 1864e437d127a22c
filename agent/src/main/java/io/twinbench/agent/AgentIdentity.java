package io.twinbench.agent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Optional;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.security.auth.x500.X500Principal;

/**
 * The agent's credentials after enrolment: its private key, the certificate the workbench
 * issued for it, and the workbench CA, the only issuer it trusts from then on. Kept in the
 * state directory as a PKCS#12 file readable by the agent's user only.
 */
final class AgentIdentity {

    static final String FILE = "identity.p12";
    private static final String ALIAS = "agent";
    /** The file's permissions protect the key; a password stored beside it would add nothing. */
    private static final char[] PASSWORD = "twinbench-agent".toCharArray();

    private final PrivateKey key;
    private final X509Certificate certificate;
    private final X509Certificate ca;

    AgentIdentity(PrivateKey key, X509Certificate certificate, X509Certificate ca) {
        this.key = key;
        this.certificate = certificate;
        this.ca = ca;
    }

    static Optional<AgentIdentity> load(Path stateDir) throws IOException, GeneralSecurityException {
        Path file = stateDir.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            keys.load(in, PASSWORD);
        }
        Certificate[] chain = keys.getCertificateChain(ALIAS);
        if (chain == null || chain.length != 2) {
            throw new GeneralSecurityException(file + " is not a Twinbench agent identity; remove it and enrol again");
        }
        return Optional.of(new AgentIdentity((PrivateKey) keys.getKey(ALIAS, PASSWORD), (X509Certificate) chain[0], (X509Certificate) chain[1]));
    }

    void save(Path stateDir) throws IOException, GeneralSecurityException {
        io.twinbench.protocol.PrivateFiles.directory(stateDir);
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry(ALIAS, key, PASSWORD, new Certificate[] {certificate, ca});
        Path tmp = stateDir.resolve(FILE + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(tmp);
        }
        try (OutputStream out = Files.newOutputStream(tmp)) {
            keys.store(out, PASSWORD);
        }
        Files.move(tmp, stateDir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    String agentId() {
        String name = certificate.getSubjectX500Principal().getName(X500Principal.RFC2253);
        for (String part : name.split(",")) {
            if (part.startsWith("CN=")) {
                return part.substring(3);
            }
        }
        return name;
    }

    X509Certificate certificate() {
        return certificate;
    }

    /**
     * TLS that presents this agent's certificate and trusts only the workbench CA's collector
     * certificate for the given host (not another agent's, which the same CA signed).
     */
    SSLContext tls(String host) throws GeneralSecurityException {
        try {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry(ALIAS, key, PASSWORD, new Certificate[] {certificate, ca});
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, PASSWORD);
            KeyStore anchors = KeyStore.getInstance("PKCS12");
            anchors.load(null, null);
            anchors.setCertificateEntry("workbench-ca", ca);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(anchors);
            SSLContext context = SSLContext.getInstance(Uplink.TLS_PROTOCOL);
            javax.net.ssl.X509TrustManager pkix = (javax.net.ssl.X509TrustManager) tmf.getTrustManagers()[0];
            context.init(kmf.getKeyManagers(), new javax.net.ssl.TrustManager[] {new CollectorTrust(pkix, host)}, new SecureRandom());
            return context;
        } catch (IOException e) {
            throw new GeneralSecurityException(e);
        }
    }

    static X509Certificate certificate(byte[] der) throws GeneralSecurityException {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    }
}
