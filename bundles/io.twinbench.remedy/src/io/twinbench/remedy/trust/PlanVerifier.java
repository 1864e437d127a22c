package io.twinbench.remedy.trust;

import java.time.Instant;

import io.twinbench.remedy.plan.Plan;

/**
 * What an agent checks before it touches anything: the envelope's signatures against its root
 * (no tampering, no unknown key, the threshold met), the statement's digests, that the plan names
 * this endpoint, that it has not expired (a withheld plan cannot be applied later) and that its
 * version is above every version this endpoint applied (no replay, no rollback to an older plan).
 */
public final class PlanVerifier {

    private final TrustRoot root;

    public PlanVerifier(TrustRoot root) {
        this.root = root;
    }

    public Plan verify(Envelope envelope, String agentId, long highestVersion, Instant now) throws TrustException {
        Signatures.verify(envelope, root, "the plan");
        Plan plan = PlanStatement.plan(envelope);
        if (!plan.targets().includes(agentId)) {
            throw new TrustException(TrustException.Reason.OTHER_ENDPOINT, "plan " + plan.id() + " is for " + String.join(", ", plan.targets().endpoints())
                    + ", not " + agentId);
        }
        if (plan.expires() == null || !now.isBefore(plan.expires())) {
            throw new TrustException(TrustException.Reason.EXPIRED, "plan " + plan.id() + (plan.expires() == null ? " has no expiry"
                    : " expired at " + plan.expires()));
        }
        if (plan.version() <= highestVersion) {
            throw new TrustException(TrustException.Reason.REPLAYED, "plan " + plan.id() + " has version " + plan.version()
                    + "; this endpoint already applied version " + highestVersion);
        }
        return plan;
    }
}
