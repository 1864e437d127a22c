package io.twinbench.remedy.trust;

import java.io.IOException;
import java.security.SecureRandom;

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
 * Approvers' private keys with BouncyCastle: made, recognised and used to sign (ECDSA with
 * deterministic nonces, RFC 6979, which the JDK lacks). Only the workbench signs; agents verify
 * through {@link SpkiKeys} and never load this class.
 */
final class BcKeys {

    private static final ECNamedDomainParameters P256 = ECNamedDomainParameters.lookup(SECObjectIdentifiers.secp256r1);

    private BcKeys() {
    }

    static AsymmetricKeyParameter generate(KeyAlgorithm algorithm) {
        SecureRandom random = new SecureRandom();
        if (algorithm == KeyAlgorithm.ED25519) {
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
            return KeyAlgorithm.ED25519;
        }
        ECNamedDomainParameters curve = key instanceof ECPrivateKeyParameters p && p.getParameters() instanceof ECNamedDomainParameters n ? n
                : key instanceof ECPublicKeyParameters p && p.getParameters() instanceof ECNamedDomainParameters n ? n : null;
        if (curve != null && curve.getName().equals(SECObjectIdentifiers.secp256r1)) {
            return KeyAlgorithm.ECDSA_P256;
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

    static Signer signer(KeyAlgorithm algorithm) {
        return algorithm == KeyAlgorithm.ED25519 ? new Ed25519Signer() : new DSADigestSigner(new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest())), new SHA256Digest());
    }
}
