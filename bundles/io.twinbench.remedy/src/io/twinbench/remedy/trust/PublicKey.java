package io.twinbench.remedy.trust;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.Base64;

import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;

import io.twinbench.remedy.plan.PlanDocument;

/**
 * An approver's public key as a root lists it: the DER SubjectPublicKeyInfo (what
 * {@code openssl pkey -pubin} reads), its id (SHA-256 of that DER, as TUF names keys) and a name.
 * Reading and verifying go through {@link SpkiKeys}, not BouncyCastle's key factories, because
 * agents verify: those cost an agent about 300 classes more.
 */
public record PublicKey(String keyId, String name, byte[] spki) {

    public PublicKey {
        spki = spki.clone();
    }

    @Override
    public byte[] spki() {
        return spki.clone();
    }

    static PublicKey of(AsymmetricKeyParameter key, String name) {
        try {
            byte[] der = SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(key).getEncoded();
            return new PublicKey(PlanDocument.sha256(der), name, der);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PublicKey parse(String name, String base64Spki) throws TrustException {
        try {
            byte[] der = Base64.getDecoder().decode(base64Spki);
            SpkiKeys.algorithm(SpkiKeys.decode(der));
            return new PublicKey(PlanDocument.sha256(der), name, der);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new TrustException(TrustException.Reason.MALFORMED, "key " + name + " is not a public key: " + e.getMessage());
        }
    }

    public boolean verifies(byte[] message, byte[] signature) {
        try {
            return SpkiKeys.verifies(SpkiKeys.decode(spki), message, signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    public KeyAlgorithm algorithm() {
        try {
            return SpkiKeys.algorithm(SpkiKeys.decode(spki));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("key " + name + " was checked when it was read", e);
        }
    }

    public String pem() {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(spki) + "\n-----END PUBLIC KEY-----\n";
    }

    public String base64() {
        return Base64.getEncoder().encodeToString(spki);
    }
}
