package io.twinbench.remedy.trust;

import java.io.IOException;

import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.Signer;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;

/** An approver's signing key (BouncyCastle; Ed25519 or ECDSA P-256), named by the id of its public half. */
public final class SigningKey {

    private final AsymmetricKeyParameter key;
    private final KeyAlgorithm algorithm;
    private final PublicKey publicKey;

    private SigningKey(AsymmetricKeyParameter key, KeyAlgorithm algorithm, String name) {
        this.key = key;
        this.algorithm = algorithm;
        this.publicKey = PublicKey.of(BcKeys.publicHalf(key), name);
    }

    public static SigningKey generate(String name) {
        return generate(KeyAlgorithm.ED25519, name);
    }

    public static SigningKey generate(KeyAlgorithm algorithm, String name) {
        return new SigningKey(BcKeys.generate(algorithm), algorithm, name);
    }

    static SigningKey fromPrivateKeyInfo(PrivateKeyInfo info, String name) throws IOException {
        AsymmetricKeyParameter key = PrivateKeyFactory.createKey(info);
        return new SigningKey(key, BcKeys.of(key), name);
    }

    /** Ed25519 in the RFC 8410 form without the optional public key, which OpenSSL 3.0 cannot read; EC as RFC 5915 with a named curve. */
    PrivateKeyInfo privateKeyInfo() throws IOException {
        if (key instanceof Ed25519PrivateKeyParameters ed) {
            return new PrivateKeyInfo(new AlgorithmIdentifier(EdECObjectIdentifiers.id_Ed25519), new DEROctetString(ed.getEncoded()));
        }
        return PrivateKeyInfoFactory.createPrivateKeyInfo(key);
    }

    public KeyAlgorithm algorithm() {
        return algorithm;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public String keyId() {
        return publicKey.keyId();
    }

    public Envelope.Signature sign(Envelope envelope) {
        Signer signer = BcKeys.signer(algorithm);
        signer.init(true, key);
        byte[] pae = envelope.pae();
        signer.update(pae, 0, pae.length);
        try {
            return new Envelope.Signature(keyId(), signer.generateSignature());
        } catch (CryptoException e) {
            throw new IllegalStateException("cannot sign with " + publicKey.name() + "'s key", e);
        }
    }
}
