package io.twinbench.remedy.trust;

/**
 * Checks roots. The first root an agent keeps comes over the pinned enrolment channel and must be
 * signed to its own threshold; a later root must be the next version and be signed to the
 * threshold of the root it replaces and to its own, so neither stolen old keys nor new keys
 * alone can take over an agent.
 */
public final class RootVerifier {

    public TrustRoot initial(Envelope envelope) throws TrustException {
        TrustRoot root = parse(envelope);
        Signatures.verify(envelope, root, "root version " + root.version());
        return root;
    }

    public TrustRoot rotate(TrustRoot current, Envelope envelope) throws TrustException {
        TrustRoot next = parse(envelope);
        if (next.version() != current.version() + 1) {
            throw new TrustException(TrustException.Reason.ROOT_ROTATION, "root version " + next.version() + " does not follow version "
                    + current.version());
        }
        try {
            Signatures.verify(envelope, current, "root version " + next.version() + " (by the keys of version " + current.version() + ")");
        } catch (TrustException e) {
            throw new TrustException(TrustException.Reason.ROOT_ROTATION, e.getMessage());
        }
        try {
            Signatures.verify(envelope, next, "root version " + next.version() + " (by its own keys)");
        } catch (TrustException e) {
            throw new TrustException(TrustException.Reason.ROOT_ROTATION, e.getMessage());
        }
        return next;
    }

    private static TrustRoot parse(Envelope envelope) throws TrustException {
        if (!TrustRoot.PAYLOAD_TYPE.equals(envelope.payloadType())) {
            throw new TrustException(TrustException.Reason.MALFORMED, "payload type " + envelope.payloadType() + " is not a root");
        }
        return TrustRoot.fromJson(envelope.payload());
    }
}
