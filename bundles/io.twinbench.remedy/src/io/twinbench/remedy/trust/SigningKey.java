package io.twinbench.remedy.trust;

import java.io.IOException;
import java.security.SecureRandom;

import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;

/** An approver's Ed25519 signing key (BouncyCastle), named by the id of its public half. */
public final class SigningKey {

    private final Ed25519PrivateKeyParameters key;
    private final PublicKey publicKey;

    private SigningKey(Ed25519PrivateKeyParameters key, String name) {
        this.key = key;
        this.publicKey = PublicKey.of(key.generatePublicKey(), name);
    }

    public static SigningKey generate(String name) {
        return new SigningKey(new Ed25519PrivateKeyParameters(new SecureRandom()), name);
    }

    static SigningKey fromPrivateKeyInfo(PrivateKeyInfo info, String name) throws IOException {
        if (!(PrivateKeyFactory.createKey(info) instanceof Ed25519PrivateKeyParameters ed)) {
            throw new IOException("not an Ed25519 key");
        }
        return new SigningKey(ed, name);
    }

    /** The RFC 8410 form without the optional public key, which OpenSSL 3.0 cannot read. */
    PrivateKeyInfo privateKeyInfo() throws IOException {
        return new PrivateKeyInfo(new AlgorithmIdentifier(EdECObjectIdentifiers.id_Ed25519), new DEROctetString(key.getEncoded()));
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public String keyId() {
        return publicKey.keyId();
    }

    public Envelope.Signature sign(Envelope envelope) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, key);
        byte[] pae = envelope.pae();
        signer.update(pae, 0, pae.length);
        return new Envelope.Signature(keyId(), signer.generateSignature());
    }
}
