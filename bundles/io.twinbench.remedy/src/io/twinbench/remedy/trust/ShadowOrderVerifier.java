package io.twinbench.remedy.trust;

import java.time.Instant;
import java.util.Set;

/**
 * What an agent checks before it captures anything: the order is signed by the root's approvers to
 * its threshold (an unsigned order, an unknown key or a changed byte is refused), names this
 * endpoint, has not expired, and is not one it ran before.
 */
public final class ShadowOrderVerifier {

    private final TrustRoot root;

    public ShadowOrderVerifier(TrustRoot root) {
        this.root = root;
    }

    public ShadowOrder verify(Envelope envelope, String agentId, Set<String> sessionsRun, Instant now) throws TrustException {
        if (envelope.signatures().isEmpty()) {
            throw new TrustException(TrustException.Reason.UNSIGNED, "the shadow order carries no signature");
        }
        Signatures.verify(envelope, root, "the shadow order");
        ShadowOrder order = ShadowOrder.contents(envelope);
        if (!order.endpoint().equals(agentId)) {
            throw new TrustException(TrustException.Reason.OTHER_ENDPOINT, "shadow session " + order.session() + " is for " + order.endpoint() + ", not " + agentId);
        }
        if (!now.isBefore(order.expires())) {
            throw new TrustException(TrustException.Reason.EXPIRED, "shadow session " + order.session() + " ended at " + order.expires());
        }
        if (sessionsRun.contains(order.session())) {
            throw new TrustException(TrustException.Reason.REPLAYED, "shadow session " + order.session() + " already ran on this endpoint");
        }
        return order;
    }
}
