package io.twinbench.remedy.trust;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Locale;

import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.Signer;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.DSADigestSigner;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;

/**
 * The signature schemes an approver's key may use: Ed25519, or ECDSA on P-256 with SHA-256 for
 * approvers whose keys live in hardware that has no Ed25519. ECDSA signatures are DER, with
 * deterministic nonces (RFC 6979), as {@code openssl dgst -sha256 -verify} reads them.
 */
public enum KeyAlgorithm {
    ED25519("ed25519"), ECDSA_P256("ecdsa-p256");

    private static final ECNamedDomainParameters P256 = ECNamedDomainParameters.lookup(SECObjectIdentifiers.secp256r1);

    private final String label;

    KeyAlgorithm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static KeyAlgorithm named(String label) {
        for (KeyAlgorithm a : values()) {
            if (a.label.equals(label.toLowerCase(Locale.ROOT))) {
                return a;
            }
        }
        throw new IllegalArgumentException("no key algorithm " + label + ": ed25519 or ecdsa-p256");
    }

    AsymmetricKeyParameter generate() {
        SecureRandom random = new SecureRandom();
        if (this == ED25519) {
            return new Ed25519PrivateKeyParameters(random);
        }
        ECKeyPairGenerator generator = new ECKeyPairGenerator();
        generator.init(new ECKeyGenerationParameters(P256, random));
        AsymmetricCipherKeyPair pair = generator.generateKeyPair();
        return pair.getPrivate();
    }

    /** The algorithm of a private or public key, or an error naming what it is instead. */
    static KeyAlgorithm of(AsymmetricKeyParameter key) throws IOException {
        if (key instanceof Ed25519PrivateKeyParameters || key instanceof Ed25519PublicKeyParameters) {
            return ED25519;
        }
        ECNamedDomainParameters curve = key instanceof ECPrivateKeyParameters p && p.getParameters() instanceof ECNamedDomainParameters n ? n
                : key instanceof ECPublicKeyParameters p && p.getParameters() instanceof ECNamedDomainParameters n ? n : null;
        if (curve != null && curve.getName().equals(SECObjectIdentifiers.secp256r1)) {
            return ECDSA_P256;
        }
        throw new IOException("neither an Ed25519 nor an ECDSA P-256 key");
    }

    static AsymmetricKeyParameter publicHalf(AsymmetricKeyParameter privateKey) {
        if (privateKey instanceof Ed25519PrivateKeyParameters ed) {
            return ed.generatePublicKey();
        }
        ECPrivateKeyParameters ec = (ECPrivateKeyParameters) privateKey;
        return new ECPublicKeyParameters(new org.bouncycastle.math.ec.FixedPointCombMultiplier().multiply(ec.getParameters().getG(), ec.getD()).normalize(),
                ec.getParameters());
    }

    Signer signer() {
        return this == ED25519 ? new Ed25519Signer() : new DSADigestSigner(new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest())), new SHA256Digest());
    }
}
