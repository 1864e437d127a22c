package io.twinbench.remedy.trust;

/**
 * What an agent checks before it narrows its collection: the policy is signed by the root's
 * approvers to its threshold (a collector, or anyone on the way, cannot widen or narrow what an
 * endpoint sends by itself), and it is newer than the one the agent keeps (an old policy replayed
 * does not bring back what a later one forbade).
 */
public final class CollectionPolicyVerifier {

    private final TrustRoot root;

    public CollectionPolicyVerifier(TrustRoot root) {
        this.root = root;
    }

    public CollectionPolicy verify(Envelope envelope, long keptSerial) throws TrustException {
        if (envelope.signatures().isEmpty()) {
            throw new TrustException(TrustException.Reason.UNSIGNED, "the collection policy carries no signature");
        }
        Signatures.verify(envelope, root, "the collection policy");
        CollectionPolicy policy = CollectionPolicy.contents(envelope);
        if (policy.serial() <= keptSerial) {
            throw new TrustException(TrustException.Reason.REPLAYED, "collection policy " + policy.serial() + " is not newer than the "
                    + keptSerial + " this endpoint keeps");
        }
        return policy;
    }
}
