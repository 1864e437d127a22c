package io.twinbench.ingest.enrol;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;

/**
 * Credentials as the PEM files other TLS clients read (an OpenTelemetry Collector's
 * cert_file, key_file and ca_file): the private key in PKCS#8, readable by its owner only.
 */
public final class PemFiles {

    private PemFiles() {
    }

    /** Writes NAME.crt, NAME.key and ca.crt into dir; returns the three paths, certificate first. */
    public static Path[] write(AgentCredentials credentials, String name, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path cert = dir.resolve(name + ".crt");
        Path key = dir.resolve(name + ".key");
        Path ca = dir.resolve("ca.crt");
        try {
            Files.writeString(cert, pem("CERTIFICATE", credentials.chain()[0].getEncoded()));
            Files.writeString(ca, pem("CERTIFICATE", credentials.chain()[credentials.chain().length - 1].getEncoded()));
        } catch (CertificateEncodingException e) {
            throw new IOException("cannot encode the certificate: " + e.getMessage(), e);
        }
        Files.deleteIfExists(key);
        Files.createFile(key, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(key, pem("PRIVATE KEY", credentials.key().getPrivate().getEncoded()));
        return new Path[] {cert, key, ca};
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    /** The certificate a PEM file holds, for checks. */
    public static X509Certificate readCertificate(Path file) throws IOException, java.security.GeneralSecurityException {
        try (var in = Files.newInputStream(file)) {
            return (X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }
}
