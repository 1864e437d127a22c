package io.twinbench.remedy.trust;

import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * Public keys given as DER SubjectPublicKeyInfo, read with the JDK's providers: an Ed25519 key,
 * or an ECDSA key on P-256 (signatures DER-encoded over SHA-256, as {@code openssl dgst -sha256}
 * writes them). Any other key is refused by name.
 * <p>
 * ECDSA verifies with the JDK, whose elliptic-curve classes an agent has loaded for TLS already.
 * Ed25519 verifies with BouncyCastle's low-level signer on the raw key: about 30 classes, not the
 * 300 of its providers and ASN.1, and three times faster than the JDK 17's Ed25519 on an agent,
 * whose JIT compiles late to keep its memory small (1.2 ms against 3 to 5 ms warm).
 */
final class SpkiKeys {

    /** SEQUENCE { SEQUENCE { OID 1.3.101.112 }, BIT STRING of 32 bytes }: 12 bytes of header and the raw key. */
    private static final int ED25519_SPKI_LENGTH = 44;

    private SpkiKeys() {
    }

    static java.security.PublicKey decode(byte[] spki) throws GeneralSecurityException {
        X509EncodedKeySpec spec = new X509EncodedKeySpec(spki);
        for (String family : new String[] {"Ed25519", "EC"}) {
            try {
                return KeyFactory.getInstance(family).generatePublic(spec);
            } catch (InvalidKeySpecException e) {
                // not of this family: the next one may read it
            }
        }
        throw new InvalidKeySpecException("neither an Ed25519 nor an ECDSA P-256 key");
    }

    static KeyAlgorithm algorithm(java.security.PublicKey key) throws InvalidKeyException {
        if (key instanceof EdECPublicKey ed && NamedParameterSpec.ED25519.getName().equalsIgnoreCase(ed.getParams().getName())) {
            return KeyAlgorithm.ED25519;
        }
        if (key instanceof ECPublicKey ec && onP256(ec.getParams())) {
            return KeyAlgorithm.ECDSA_P256;
        }
        throw new InvalidKeyException("neither an Ed25519 nor an ECDSA P-256 key");
    }

    static boolean verifies(java.security.PublicKey key, byte[] message, byte[] signature) throws GeneralSecurityException {
        if (algorithm(key) == KeyAlgorithm.ED25519) {
            return ed25519Verifies(key, message, signature);
        }
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(key);
        verifier.update(message);
        return verifier.verify(signature);
    }

    private static boolean ed25519Verifies(java.security.PublicKey key, byte[] message, byte[] signature) throws InvalidKeyException {
        byte[] spki = key.getEncoded();
        if (spki.length != ED25519_SPKI_LENGTH) {
            throw new InvalidKeyException("an Ed25519 key of " + spki.length + " bytes, not " + ED25519_SPKI_LENGTH);
        }
        Ed25519Signer verifier = new Ed25519Signer();
        try {
            verifier.init(false, new Ed25519PublicKeyParameters(Arrays.copyOfRange(spki, spki.length - Ed25519PublicKeyParameters.KEY_SIZE, spki.length)));
        } catch (IllegalArgumentException e) {
            throw new InvalidKeyException("not a point of Ed25519", e);
        }
        verifier.update(message, 0, message.length);
        return verifier.verifySignature(signature);
    }

    private static boolean onP256(ECParameterSpec params) throws InvalidKeyException {
        try {
            AlgorithmParameters named = AlgorithmParameters.getInstance("EC");
            named.init(new ECGenParameterSpec("secp256r1"));
            ECParameterSpec p256 = named.getParameterSpec(ECParameterSpec.class);
            return params.getCurve().equals(p256.getCurve()) && params.getOrder().equals(p256.getOrder())
                    && params.getGenerator().equals(p256.getGenerator()) && params.getCofactor() == p256.getCofactor();
        } catch (GeneralSecurityException e) {
            throw new InvalidKeyException("this JDK does not know the P-256 curve", e);
        }
    }
}
