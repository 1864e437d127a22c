package io.twinbench.remedy.trust;

import java.util.List;

/**
 * The approvers' keys an analyst gives to sign an order agents act on: each must be a key of the
 * workspace's root, and there must be as many distinct ones as the root's threshold. Checked on
 * the workbench before anything is queued, so the analyst hears at once what an agent would only
 * refuse later.
 */
public record Approvers(TrustRoot root, List<SigningKey> keys) {

    public Approvers {
        keys = List.copyOf(keys);
    }

    /** The envelope signed by every key; what refuses it names the key or the threshold. */
    public Envelope sign(Envelope unsigned, String what) throws TrustException {
        for (SigningKey key : keys) {
            if (root.key(key.keyId()).isEmpty()) {
                throw new TrustException(TrustException.Reason.UNKNOWN_KEY, key.publicKey().name() + "'s key is not an approver of root version "
                        + root.version() + ": agents would refuse " + what);
            }
        }
        if (keys.stream().map(SigningKey::keyId).distinct().count() < root.threshold()) {
            throw new TrustException(TrustException.Reason.UNDER_SIGNED, "root version " + root.version() + " asks for " + root.threshold()
                    + " approvers' signatures on " + what + ": give as many keys");
        }
        Envelope signed = unsigned;
        for (SigningKey key : keys) {
            signed = signed.withSignature(key.sign(unsigned));
        }
        return signed;
    }

    /** The approvers' names, as a session or a policy records who signed. */
    public List<String> names() {
        return keys.stream().map(k -> k.publicKey().name()).toList();
    }
}
