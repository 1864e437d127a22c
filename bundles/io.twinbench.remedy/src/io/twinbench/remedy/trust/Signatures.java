package io.twinbench.remedy.trust;

import java.util.LinkedHashSet;
import java.util.Set;

/** Counts the distinct keys of a root whose signatures on an envelope verify, and refuses below the threshold. */
final class Signatures {

    private Signatures() {
    }

    static Set<String> verify(Envelope envelope, TrustRoot root, String what) throws TrustException {
        byte[] pae = envelope.pae();
        Set<String> good = new LinkedHashSet<>();
        Set<String> bad = new LinkedHashSet<>();
        for (Envelope.Signature signature : envelope.signatures()) {
            var key = root.key(signature.keyid());
            if (key.isEmpty()) {
                continue;
            }
            if (key.get().verifies(pae, signature.sig())) {
                good.add(signature.keyid());
            } else {
                bad.add(key.get().name());
            }
        }
        if (good.isEmpty() && !bad.isEmpty()) {
            throw new TrustException(TrustException.Reason.TAMPERED, "the signature of " + String.join(", ", bad) + " does not match " + what);
        }
        if (good.isEmpty()) {
            throw new TrustException(TrustException.Reason.UNKNOWN_KEY, what + " is signed by no key of root version " + root.version());
        }
        if (good.size() < root.threshold()) {
            throw new TrustException(TrustException.Reason.UNDER_SIGNED, what + " has " + good.size() + " valid signature(s) of the "
                    + root.threshold() + " root version " + root.version() + " requires" + (bad.isEmpty() ? "" : "; " + String.join(", ", bad) + " did not verify"));
        }
        return good;
    }
}
