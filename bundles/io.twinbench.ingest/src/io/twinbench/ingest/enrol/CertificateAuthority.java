package io.twinbench.ingest.enrol;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;

/**
 * The workbench's certificate authority for mutual TLS with agents: an EC P-256 key and
 * self-signed certificate kept in the workspace (PKCS#12, readable by its owner only), which
 * signs the collector's server certificate and each enrolled agent's client certificate.
 */
public final class CertificateAuthority {

    private static final String ALIAS = "ca";
    private static final String SIGNATURE = "SHA256withECDSA";
    private final PrivateKey key;
    private final X509Certificate certificate;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    private CertificateAuthority(PrivateKey key, X509Certificate certificate, Clock clock) {
        this.key = key;
        this.certificate = certificate;
        this.clock = clock;
    }

    /** The CA of this directory, created on first use. */
    public static CertificateAuthority openOrCreate(Path dir, Clock clock) throws IOException, GeneralSecurityException {
        Path store = dir.resolve("ca.p12");
        Path secret = dir.resolve("ca.secret");
        if (Files.exists(store)) {
            char[] password = Files.readString(secret, StandardCharsets.US_ASCII).trim().toCharArray();
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keys.load(in, password);
            }
            return new CertificateAuthority((PrivateKey) keys.getKey(ALIAS, password), (X509Certificate) keys.getCertificate(ALIAS), clock);
        }
        io.twinbench.protocol.PrivateFiles.directory(dir);
        KeyPair pair = newKeyPair();
        Instant now = clock.instant();
        X500Name name = new X500Name("CN=Twinbench CA " + hostname() + ",O=Twinbench");
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(new SecureRandom()),
                Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(Duration.ofDays(3650))), name, pair.getPublic());
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(pair.getPublic()));
        X509Certificate certificate = sign(builder, pair.getPrivate());
        char[] password = Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(24)).toCharArray();
        writePrivate(secret, new String(password).getBytes(StandardCharsets.US_ASCII));
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry(ALIAS, pair.getPrivate(), password, new Certificate[] {certificate});
        try (OutputStream out = Files.newOutputStream(createPrivate(store))) {
            keys.store(out, password);
        }
        return new CertificateAuthority(pair.getPrivate(), certificate, clock);
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** SHA-256 of the CA certificate, hex: what an agent pins at first contact. */
    public String fingerprint() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A server certificate for the collector, valid for the given host names and addresses. */
    public X509Certificate issueServerCertificate(PublicKey key, List<String> names, Duration validity) throws GeneralSecurityException {
        List<GeneralName> alternatives = new ArrayList<>();
        for (String name : names) {
            alternatives.add(name.matches("[0-9.]+|.*:.*") ? new GeneralName(GeneralName.iPAddress, name) : new GeneralName(GeneralName.dNSName, name));
        }
        X509v3CertificateBuilder builder = leaf("CN=" + names.get(0) + ",O=Twinbench collector", key, validity);
        try {
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(alternatives.toArray(GeneralName[]::new)));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        } catch (CertIOException e) {
            throw new GeneralSecurityException(e);
        }
        return sign(builder, this.key);
    }

    /**
     * Signs an agent's certificate request: the agent keeps its private key, the certificate
     * names the agent id as its subject and is good for client authentication only.
     */
    public X509Certificate signAgent(byte[] csrDer, String agentId, Duration validity) throws GeneralSecurityException {
        JcaPKCS10CertificationRequest request;
        try {
            request = new JcaPKCS10CertificationRequest(csrDer);
            if (!request.isSignatureValid(new JcaContentVerifierProviderBuilder().build(request.getSubjectPublicKeyInfo()))) {
                throw new GeneralSecurityException("the certificate request's signature does not match its key");
            }
        } catch (IOException | IllegalArgumentException | OperatorCreationException | PKCSException e) {
            throw new GeneralSecurityException("the certificate request is malformed: " + e.getMessage(), e);
        }
        X509v3CertificateBuilder builder = leaf("CN=" + agentId + ",O=Twinbench agent", request.getPublicKey(), validity);
        try {
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
        } catch (CertIOException e) {
            throw new GeneralSecurityException(e);
        }
        return sign(builder, key);
    }

    private X509v3CertificateBuilder leaf(String subject, PublicKey key, Duration validity) throws GeneralSecurityException {
        Instant now = clock.instant();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(certificate, serial(random),
                Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(validity)), new X500Name(subject), key);
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(certificate));
        } catch (CertIOException e) {
            throw new GeneralSecurityException(e);
        }
        return builder;
    }

    public static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key) throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder(SIGNATURE).build(key)));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static BigInteger serial(SecureRandom random) {
        return new BigInteger(127, random);
    }

    private static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "workbench";
        }
    }

    private static Path createPrivate(Path file) throws IOException {
        try {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            return Files.createFile(file);
        }
    }

    private static void writePrivate(Path file, byte[] content) throws IOException {
        Files.write(createPrivate(file), content, StandardOpenOption.WRITE);
    }
}
