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

/**
 * Public keys given as DER SubjectPublicKeyInfo, read and used with the JDK's providers: an
 * Ed25519 key, or an ECDSA key on P-256 (signatures DER-encoded over SHA-256, as
 * {@code openssl dgst -sha256} writes them). Any other key is refused by name.
 */
final class SpkiKeys {

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
        Signature verifier = Signature.getInstance(algorithm(key) == KeyAlgorithm.ED25519 ? "Ed25519" : "SHA256withECDSA");
        verifier.initVerify(key);
        verifier.update(message);
        return verifier.verify(signature);
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
