package io.twinbench.remedy.trust;

import java.time.Instant;

import io.twinbench.remedy.plan.Plan;

/**
 * What an agent checks before it touches anything: the envelope's signatures against its root
 * (no tampering, no unknown key, the threshold met), the statement's digests, that the plan names
 * this endpoint, that it has not expired (a withheld plan cannot be applied later) and that its
 * version is above every version this endpoint applied (no replay, no rollback to an older plan).
 * A plan the approvers did not sign to the threshold passes only when a key the root pre-approves
 * signed it and the plan stays inside that pre-approval (this endpoint, those kinds of action).
 */
public final class PlanVerifier {

    private final TrustRoot root;

    public PlanVerifier(TrustRoot root) {
        this.root = root;
    }

    public Plan verify(Envelope envelope, String agentId, long highestVersion, Instant now) throws TrustException {
        Plan plan;
        try {
            Signatures.verify(envelope, root, "the plan");
            plan = PlanStatement.plan(envelope);
        } catch (TrustException approvers) {
            if (approvers.reason() != TrustException.Reason.UNKNOWN_KEY && approvers.reason() != TrustException.Reason.UNDER_SIGNED) {
                throw approvers;
            }
            plan = preApproved(envelope, agentId, approvers);
        }
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

    /** The plan, when a pre-approved key signed it and it stays inside the pre-approval; else why not. */
    private Plan preApproved(Envelope envelope, String agentId, TrustException approvers) throws TrustException {
        byte[] pae = envelope.pae();
        for (Envelope.Signature signature : envelope.signatures()) {
            java.util.Optional<Delegation> delegation = root.delegation(signature.keyid());
            if (delegation.isPresent() && delegation.get().key().verifies(pae, signature.sig())) {
                Plan plan = PlanStatement.plan(envelope);
                String outside = delegation.get().outside(plan, agentId);
                if (outside != null) {
                    throw new TrustException(TrustException.Reason.UNDER_SIGNED, "signed by pre-approved key " + delegation.get().name() + " only, and "
                            + outside + ": an approver must sign it");
                }
                return plan;
            }
        }
        throw approvers;
    }
}
