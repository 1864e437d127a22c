package io.twinbench.policy.service;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.twinbench.policy.document.CollectionSettings;
import io.twinbench.remedy.trust.Approvers;
import io.twinbench.remedy.trust.CollectionPolicy;
import io.twinbench.remedy.trust.Envelope;
import io.twinbench.remedy.trust.TrustException;
import io.twinbench.store.CollectionPolicies;
import io.twinbench.store.PolicyVersions;
import io.twinbench.store.TwinStore;

/**
 * What agents may collect, as the twin management policies in force say it (their collection.*
 * settings), issued to the agents as a signed {@link CollectionPolicy} whenever a policy change
 * alters it: applying, rolling back or withdrawing a policy that makes those settings. Agents take
 * it only signed by the approvers, so such a change needs their keys; the signature is made
 * before the policy version is kept, so a change that cannot be signed changes nothing.
 */
public final class PolicyCollection {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A collection policy signed and ready to keep once the policy version that makes it is kept. */
    public record Pending(CollectionPolicy policy, Envelope signed, String rules, List<String> signers) {
    }

    private PolicyCollection() {
    }

    /**
     * The collection policy the given policies in force make, with serial and time to issue it
     * under; empty when it is the one issued last (or when none was ever issued and these make
     * no collection setting): nothing needs signing.
     */
    static Optional<CollectionPolicy> needed(TwinStore store, List<PolicyVersions.Version> inForce, Instant now) {
        ManagementSettings.Made made = ManagementSettings.made(inForce, CollectionSettings.PREFIX);
        Optional<CollectionPolicies.Issued> latest = store.collection().latest();
        if (made.settings().isEmpty() && latest.isEmpty()) {
            return Optional.empty();
        }
        long serial = latest.map(i -> i.serial() + 1).orElse(1L);
        String source = made.madeBy().isEmpty() ? "no policy restricts collection"
                : String.join(", ", new java.util.TreeSet<>(made.madeBy().values()).stream()
                        .map(name -> name + " v" + versionOf(inForce, name)).toList());
        CollectionPolicy policy = CollectionSettings.of(made.settings(), serial, now, source);
        if (latest.isPresent() && latest.get().rules().equals(rulesJson(policy))) {
            return Optional.empty();
        }
        return Optional.of(policy);
    }

    /** Signs what the change makes when it alters what agents collect; empty when it does not. */
    static Optional<Pending> sign(TwinStore store, List<PolicyVersions.Version> inForceAfter, Approvers approvers, String change, Instant now)
            throws TrustException {
        Optional<CollectionPolicy> needed = needed(store, inForceAfter, now);
        if (needed.isEmpty()) {
            return Optional.empty();
        }
        if (approvers == null) {
            throw new IllegalArgumentException(change + " changes what agents may collect, and agents take that only signed by the approvers: "
                    + "give their keys (--key, as many as the root's threshold)");
        }
        Envelope signed = approvers.sign(needed.get().unsigned(), "the collection policy");
        return Optional.of(new Pending(needed.get(), signed, rulesJson(needed.get()), approvers.names()));
    }

    /**
     * The collection policy issued last and what the agents made of it, as lines for a person
     * (policy status, the Compliance view); empty when none was ever issued.
     */
    public static List<String> status(TwinStore store) {
        Optional<CollectionPolicies.Issued> latest = store.collection().latest();
        if (latest.isEmpty()) {
            return List.of();
        }
        CollectionPolicies.Issued issued = latest.get();
        List<CollectionPolicies.AgentState> states = store.collection().states();
        String enforced = io.twinbench.protocol.CollectionReport.ENFORCED;
        long enforcing = states.stream().filter(s -> s.serial() == issued.serial() && enforced.equals(s.state())).count();
        List<String> lines = new java.util.ArrayList<>();
        String when = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC).format(issued.issued());
        lines.add("collection policy " + issued.serial() + " (" + issued.source() + "), issued " + when + " by " + issued.issuedBy());
        lines.add("  enforced by " + enforcing + " of " + store.enrollments().agents().size() + " enrolled agents");
        states.stream().filter(s -> !enforced.equals(s.state())).forEach(s -> lines.add("  " + s.endpointId() + " refused " + s.serial() + ": " + s.detail()));
        return lines;
    }

    /** Keeps a signed policy: the collector sends it to every agent from now on. */
    static void issue(TwinStore store, Pending pending, String by) {
        store.collection().issue(new CollectionPolicies.Issued(pending.policy().serial(), pending.policy().source(), pending.rules(),
                pending.signed().toJson(), by + " (signed by " + String.join(", ", pending.signers()) + ")", pending.policy().issued()));
    }

    private static String rulesJson(CollectionPolicy policy) {
        try {
            return JSON.writeValueAsString(policy.rules());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long versionOf(List<PolicyVersions.Version> inForce, String name) {
        return inForce.stream().filter(v -> v.name().equals(name)).mapToLong(PolicyVersions.Version::version).findFirst().orElse(0);
    }
}
