package io.twinbench.remedy.trust;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfoBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * A signing key at rest: PKCS#8 encrypted with a passphrase (PBKDF2 and AES-256-CBC), as an
 * {@code ENCRYPTED PRIVATE KEY} PEM that OpenSSL reads too; the file is readable by its owner only.
 * The key's name is kept in a comment line above the PEM.
 */
public final class KeyFile {

    /** A provider of our own, never installed globally: the JDK has no AES/CBC/PKCS7Padding under that name. */
    private static final java.security.Provider BC = new org.bouncycastle.jce.provider.BouncyCastleProvider();
    private static final String NAME_PREFIX = "# twinbench approver: ";

    private KeyFile() {
    }

    public static void write(Path file, SigningKey key, char[] passphrase) throws IOException {
        if (passphrase.length == 0) {
            throw new IOException("a signing key needs a passphrase");
        }
        try {
            var encryptor = new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC).setProvider(BC).setPassword(passphrase).setIterationCount(100_000)
                    .build();
            PKCS8EncryptedPrivateKeyInfo encrypted = new PKCS8EncryptedPrivateKeyInfoBuilder(key.privateKeyInfo()).build(encryptor);
            StringWriter pem = new StringWriter();
            pem.write(NAME_PREFIX + key.publicKey().name() + "\n");
            try (PemWriter writer = new PemWriter(pem)) {
                writer.writeObject(new PemObject("ENCRYPTED PRIVATE KEY", encrypted.getEncoded()));
            }
            Path temporary = file.resolveSibling(file.getFileName() + ".new");
            if (file.toAbsolutePath().getParent() != null) {
                // the workbench's signing dialogs list the keys in the workspace's keys folder: keygen may be the first to write there
                Files.createDirectories(file.toAbsolutePath().getParent(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            Files.deleteIfExists(temporary);
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temporary, pem.toString(), StandardCharsets.UTF_8);
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (OperatorCreationException e) {
            throw new IOException("cannot encrypt the key: " + e.getMessage(), e);
        }
    }

    public static SigningKey read(Path file, char[] passphrase) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String name = text.startsWith(NAME_PREFIX) ? text.substring(NAME_PREFIX.length(), text.indexOf('\n')).trim() : file.getFileName().toString();
        try (PemReader reader = new PemReader(new StringReader(text.startsWith("#") ? text.substring(text.indexOf('\n') + 1) : text))) {
            PemObject pem = reader.readPemObject();
            if (pem == null || !pem.getType().equals("ENCRYPTED PRIVATE KEY")) {
                throw new IOException(file + " holds no encrypted private key");
            }
            var decryptor = new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(BC).build(passphrase);
            return SigningKey.fromPrivateKeyInfo(new PKCS8EncryptedPrivateKeyInfo(pem.getContent()).decryptPrivateKeyInfo(decryptor), name);
        } catch (PKCSException e) {
            throw new IOException("wrong passphrase for " + file.getFileName() + " (or the file is damaged)", e);
        } catch (OperatorCreationException e) {
            throw new IOException("cannot decrypt " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
