package io.twinbench.policy.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

import io.twinbench.model.twin.Twin;
import io.twinbench.policy.document.PolicyDocument;
import io.twinbench.policy.document.PolicyFormatException;
import io.twinbench.policy.document.PolicyReader;
import io.twinbench.policy.eval.CompiledPolicy;
import io.twinbench.policy.eval.RuleVerdict;
import io.twinbench.store.PolicyVersions;
import io.twinbench.store.TwinStore;

/**
 * Two versions of a security baseline as the two plans of an A/B rollout: each version's fixes
 * for what fails on the workspace's twins, as one plan, both for every endpoint either version
 * finds failing (an A/B rollout takes the winner to every target). The plans go into the library
 * as drafts named after the versions (policy-NAME-vN), so they are tried on twins, approved and
 * signed like any plan before the rollout compares them on two cohorts. The candidate is not put
 * in force: when it wins, applying it makes it the version its plan is named after.
 */
public final class PolicyAb {

    private final TwinStore store;
    private final Clock clock;
    private final Function<String, Optional<Twin>> twins;

    public PolicyAb(TwinStore store, Clock clock, Function<String, Optional<Twin>> twins) {
        this.store = store;
        this.clock = clock;
        this.twins = twins;
    }

    /** The two drafted plans (a: the version given, b: the other), and the endpoints both name. */
    public record Pair(PolicyPlans.Draft a, PolicyPlans.Draft b, List<String> targets) {
    }

    /**
     * Drafts the plans of the stored version a of a policy and of b: another stored version (its
     * number), or a candidate document not yet in force (null number).
     */
    public Pair draft(String name, long versionA, PolicyDocument candidate, Long versionB, String author) throws PolicyFormatException {
        PolicyVersions.Version a = stored(name, versionA);
        long bNumber;
        PolicyDocument b;
        if (candidate != null) {
            if (!candidate.name().equals(name)) {
                throw new IllegalArgumentException(candidate.file() + " is policy " + candidate.name() + ", not " + name);
            }
            b = candidate;
            bNumber = store.policies().latest(name).map(v -> v.version() + 1).orElse(1L);
        } else {
            bNumber = versionB;
            b = read(stored(name, versionB));
        }
        if (bNumber == versionA) {
            throw new IllegalArgumentException("version " + versionA + " of " + name + " compared with itself: give another version or a candidate");
        }
        CompiledPolicy compiledA = compile(read(a));
        CompiledPolicy compiledB = compile(b);
        List<RuleVerdict> verdictsA = evaluate(compiledA);
        List<RuleVerdict> verdictsB = evaluate(compiledB);
        TreeSet<String> targets = new TreeSet<>();
        failingTargets(compiledA, verdictsA, targets);
        failingTargets(compiledB, verdictsB, targets);
        List<String> endpoints = List.copyOf(targets);
        PolicyPlans plans = new PolicyPlans();
        PolicyPlans.Draft planA = plans.combined(compiledA, planId(name, versionA), "version " + versionA, verdictsA, endpoints)
                .orElseThrow(() -> nothing(name, "version " + versionA));
        String bText = candidate != null ? "candidate version " + bNumber : "version " + bNumber;
        PolicyPlans.Draft planB = plans.combined(compiledB, planId(name, bNumber), bText, verdictsB, endpoints)
                .orElseThrow(() -> nothing(name, bText));
        for (PolicyPlans.Draft d : List.of(planA, planB)) {
            store.library().save(d.planId(), d.title(), d.document(), "A/B of policy " + name, author, clock.instant());
        }
        return new Pair(planA, planB, endpoints);
    }

    /** The plan an A/B comparison drafts for a version of a policy. */
    public static String planId(String policy, long version) {
        String suffix = "-v" + version;
        String id = "policy-" + policy;
        return (id.length() + suffix.length() > 100 ? id.substring(0, 100 - suffix.length()) : id) + suffix;
    }

    private static IllegalArgumentException nothing(String name, String version) {
        return new IllegalArgumentException("policy " + name + " " + version + " calls for no plan on these twins (no rule with a fix fails): "
                + "there is nothing to compare");
    }

    private List<RuleVerdict> evaluate(CompiledPolicy policy) {
        return new PolicyWorkspace(store, clock, twins).check(policy, List.of());
    }

    private static void failingTargets(CompiledPolicy policy, List<RuleVerdict> verdicts, TreeSet<String> into) {
        List<String> planned = new ArrayList<>();
        policy.rules().stream().filter(r -> r.spec().remedy() == io.twinbench.policy.document.RuleSpec.Remedy.PLAN && !r.spec().fix().isEmpty())
                .forEach(r -> planned.add(r.spec().name()));
        verdicts.stream().filter(v -> v.status() == RuleVerdict.Status.FAILS && planned.contains(v.rule())).forEach(v -> into.add(v.twinId()));
    }

    private PolicyVersions.Version stored(String name, long version) {
        return store.policies().version(name, version).orElseThrow(() -> new IllegalArgumentException("policy " + name + " has no version " + version));
    }

    private static PolicyDocument read(PolicyVersions.Version v) throws PolicyFormatException {
        return new PolicyReader().read(v.name() + " v" + v.version(), v.document());
    }

    private static CompiledPolicy compile(PolicyDocument document) throws PolicyFormatException {
        if (!PolicyDocument.SECURITY_BASELINE.equals(document.kind())) {
            throw new IllegalArgumentException("policy " + document.name() + " is a " + document.kind()
                    + ": only a security baseline's versions change endpoints through plans an A/B rollout compares");
        }
        return CompiledPolicy.compile(document);
    }
}
