package io.twinbench.policy.eval;

import java.util.List;

import io.twinbench.policy.document.RuleSpec;

/**
 * What one rule of one policy says of one twin. offenders: the ids of the elements that fail a
 * forEach rule (what the Compliance view opens the graph at); message: why it fails or could not
 * be evaluated, empty when it holds.
 */
public record RuleVerdict(String policy, String rule, String twinId, Status status, RuleSpec.Action action, String message,
        List<String> offenders) {

    public enum Status {
        HOLDS, FAILS,
        /** The rule could not be evaluated on this twin (a key it reads is missing, a step limit): shown, never taken as holding. */
        ERROR,
        /** The policy's match conditions leave this twin out. */
        NOT_APPLICABLE
    }

    public RuleVerdict {
        offenders = List.copyOf(offenders);
    }

    /** The same verdict, as far as the Compliance view and history care (the "since" of a verdict runs while this stays true). */
    public boolean sameOutcome(RuleVerdict other) {
        return other != null && status == other.status && message.equals(other.message) && offenders.equals(other.offenders);
    }
}
