package io.twinbench.policy.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;

import io.twinbench.model.twin.Twin;
import io.twinbench.policy.document.PolicyDocument;
import io.twinbench.policy.document.PolicyFormatException;
import io.twinbench.policy.document.PolicyReader;
import io.twinbench.policy.eval.CompiledPolicy;
import io.twinbench.policy.eval.ComplianceIndex;
import io.twinbench.policy.eval.RuleVerdict;
import io.twinbench.policy.view.TwinFacts;
import io.twinbench.store.ComplianceVerdicts;
import io.twinbench.remedy.trust.Approvers;
import io.twinbench.remedy.trust.TrustException;
import io.twinbench.store.PolicyVersions;
import io.twinbench.store.TwinStore;
import io.twinbench.store.TwinSummary;

/**
 * The policies of a workspace: applying a document makes a new version (who, when, why),
 * evaluates it on every twin at once, keeps the verdicts with the time each began, and puts the
 * plans its failing rules call for into the plan library as drafts. Rolling back is applying an
 * older version's text again, as a new version.
 */
public final class PolicyWorkspace {

    private final TwinStore store;
    private final Clock clock;
    private final Function<String, Optional<Twin>> twins;

    /** Twins as their latest snapshots have them. */
    public PolicyWorkspace(TwinStore store, Clock clock) {
        this(store, clock, store.snapshots()::latest);
    }

    /** twins: how a twin is read as it is now (an agent's changes may be newer than its snapshot). */
    public PolicyWorkspace(TwinStore store, Clock clock, Function<String, Optional<Twin>> twins) {
        this.store = store;
        this.clock = clock;
        this.twins = twins;
    }

    /** What applying did: the version kept (the same as before when the text did not change), the verdicts now and the plans drafted. */
    public record Applied(PolicyVersions.Version version, boolean changed, Evaluation evaluation, List<PolicyPlans.Draft> plans, List<Undone> undone) {
    }

    /** A rollback ordered on an endpoint because the policy no longer calls for a plan it applied: which endpoint, plan and version. */
    public record Undone(String endpoint, String planId, long version) {
    }

    /** Every verdict of the policies in force, and the stored policies that no longer compile (a newer schema, say). */
    public record Evaluation(List<ComplianceIndex.Entry> entries, Map<String, Long> versions, List<String> problems) {

        public List<ComplianceIndex.Entry> of(String policy) {
            return entries.stream().filter(e -> e.verdict().policy().equals(policy)).toList();
        }
    }

    public Applied apply(PolicyDocument document, String author, String reason) throws PolicyFormatException {
        return apply(document, author, reason, null);
    }

    /**
     * Puts a document in force as its policy's next version. approvers sign the collection policy
     * agents get when the change alters what they may collect (null when none are at hand: such a
     * change is then refused, before anything is kept).
     */
    public Applied apply(PolicyDocument document, String author, String reason, Approvers approvers) throws PolicyFormatException {
        CompiledPolicy compiled = CompiledPolicy.compile(document);
        List<PolicyVersions.Version> inForce = store.policies().inForce();
        if (PolicyDocument.TWIN_MANAGEMENT.equals(document.kind())) {
            PolicyRetention.check(document, ManagementSettings.othersRefusingTaken(document, inForce));
        }
        Optional<PolicyVersions.Version> before = store.policies().latest(document.name());
        Optional<PolicyCollection.Pending> collection = signed(inForceAfter(document, inForce, before), approvers, "policy " + document.name());
        PolicyVersions.Version version = store.policies().save(document.name(), document.kind(), document.text(), author, reason, clock.instant());
        collection.ifPresent(pending -> PolicyCollection.issue(store, pending, author));
        boolean changed = before.isEmpty() || before.get().version() != version.version();
        Evaluation evaluation = evaluate();
        List<RuleVerdict> verdicts = evaluation.of(document.name()).stream().map(ComplianceIndex.Entry::verdict).toList();
        List<PolicyPlans.Draft> plans = new PolicyPlans().of(compiled, version.version(), verdicts);
        for (PolicyPlans.Draft plan : plans) {
            store.library().save(plan.planId(), plan.title(), plan.document(), "policy " + document.name() + " v" + version.version(), author,
                    clock.instant());
        }
        return new Applied(version, changed, evaluation, plans, List.of());
    }

    /** Whether putting this document in force changes what agents may collect, and so needs the approvers' keys. */
    public boolean needsApprovers(PolicyDocument document) {
        return PolicyCollection.needed(store, inForceAfter(document, store.policies().inForce(), store.policies().latest(document.name())),
                clock.instant()).isPresent();
    }

    /** The policies in force once the document is, as the version it will be kept as. */
    private static List<PolicyVersions.Version> inForceAfter(PolicyDocument document, List<PolicyVersions.Version> inForce,
            Optional<PolicyVersions.Version> latest) {
        return ManagementSettings.replacing(inForce, document, latest.map(v -> v.version() + 1).orElse(1L));
    }

    private Optional<PolicyCollection.Pending> signed(List<PolicyVersions.Version> inForceAfter, Approvers approvers, String change) {
        try {
            return PolicyCollection.sign(store, inForceAfter, approvers, change, clock.instant());
        } catch (TrustException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Applies an older version's text again, as the newest version, and undoes on endpoints what later versions changed. */
    public Applied rollback(String name, long toVersion, String author, String reason) throws PolicyFormatException {
        return rollback(name, toVersion, author, reason, null, true);
    }

    /**
     * Applies an older version's text again, as the newest version. undo: order back on endpoints
     * the plans of this policy that they applied and the older version does not call for (a rule
     * it lacks, a fix it makes otherwise); false leaves endpoints as they are.
     */
    public Applied rollback(String name, long toVersion, String author, String reason, Approvers approvers, boolean undo) throws PolicyFormatException {
        PolicyVersions.Version old = store.policies().version(name, toVersion)
                .orElseThrow(() -> new IllegalArgumentException("policy " + name + " has no version " + toVersion));
        PolicyDocument document = new PolicyReader().read(name + " v" + toVersion, old.document());
        String why = reason.isBlank() ? "rollback to version " + toVersion : reason;
        Applied applied = apply(document, author, why, approvers);
        List<Undone> undone = undo ? PolicyUndo.undo(store, name, document, "policy " + name + " rolled back to version " + toVersion + ": " + why)
                : List.of();
        return new Applied(applied.version(), applied.changed(), applied.evaluation(), applied.plans(), undone);
    }

    public PolicyVersions.Version withdraw(String name, String author, String reason) {
        return withdraw(name, author, reason, null);
    }

    /** Takes a policy out of force; when it restricted what agents collect, approvers sign the collection policy left without it. */
    public PolicyVersions.Version withdraw(String name, String author, String reason, Approvers approvers) {
        Optional<PolicyCollection.Pending> collection = signed(ManagementSettings.without(store.policies().inForce(), name), approvers,
                "withdrawing policy " + name);
        PolicyVersions.Version withdrawn = store.policies().withdraw(name, author, reason, clock.instant());
        collection.ifPresent(pending -> PolicyCollection.issue(store, pending, author));
        store.compliance().forget(name, null);
        return withdrawn;
    }

    /** Orders back on endpoints every plan of this policy they applied (after a withdrawal that should leave nothing of it behind). */
    public List<Undone> undoAll(String name, String reason) {
        return PolicyUndo.undo(store, name, null, "policy " + name + " withdrawn: " + reason);
    }

    /** Evaluates every policy in force on every twin, as this workspace reads twins, and keeps the verdicts. */
    public Evaluation evaluate() {
        return evaluate(new ComplianceIndex(clock));
    }

    /**
     * As {@link #evaluate()}, into the given index, which then follows twins as they change:
     * {@link #follow} keeps the verdicts a changed twin gets.
     */
    public Evaluation evaluate(ComplianceIndex index) {
        List<String> problems = new ArrayList<>();
        Map<String, Long> versions = new java.util.TreeMap<>();
        index.restore(store.compliance().all().stream().map(PolicyWorkspace::entry).toList());
        for (PolicyVersions.Version v : store.policies().inForce()) {
            try {
                CompiledPolicy policy = CompiledPolicy.compile(new PolicyReader().read(v.name() + " v" + v.version(), v.document()));
                index.putPolicy(policy);
                versions.put(v.name(), v.version());
                store.compliance().forget(v.name(), policy.rules().stream().map(r -> r.name()).toList());
            } catch (PolicyFormatException e) {
                problems.add("policy " + v.name() + " version " + v.version() + " no longer reads: " + e.getMessage());
            }
        }
        List<TwinFacts> facts = new ArrayList<>();
        Map<String, Map<String, String>> labels = store.labels().all();
        for (TwinSummary summary : store.snapshots().list()) {
            twins.apply(summary.id()).map(t -> TwinFacts.of(t, labels.getOrDefault(t.getId(), Map.of()))).ifPresent(facts::add);
        }
        index.putTwins(facts);
        List<ComplianceIndex.Entry> entries = index.entries().stream().filter(e -> versions.containsKey(e.verdict().policy())).toList();
        Instant now = clock.instant();
        store.compliance().put(entries.stream().map(e -> stored(e, versions.get(e.verdict().policy()), now)).toList());
        return new Evaluation(entries, versions, problems);
    }

    /** A twin changed: the rules its change can affect are evaluated again and the verdicts that changed are kept. */
    public List<ComplianceIndex.Entry> follow(ComplianceIndex index, Map<String, Long> versions, TwinFacts twin) {
        List<ComplianceIndex.Entry> changed = index.twinUpdated(twin.withLabels(store.labels().of(twin.twinId()))).stream().filter(e -> versions.containsKey(e.verdict().policy())).toList();
        Instant now = clock.instant();
        store.compliance().put(changed.stream().map(e -> stored(e, versions.get(e.verdict().policy()), now)).toList());
        return changed;
    }

    /** The verdicts of one document on the workspace's twins, without keeping anything (policy check). */
    public List<RuleVerdict> check(CompiledPolicy policy, List<String> twinIds) {
        List<RuleVerdict> verdicts = new ArrayList<>();
        Map<String, Map<String, String>> labels = store.labels().all();
        List<String> ids = twinIds.isEmpty() ? store.snapshots().list().stream().map(TwinSummary::id).toList() : twinIds;
        for (String id : ids) {
            Twin twin = twins.apply(id).orElseThrow(() -> new IllegalArgumentException("no twin with id '" + id + "'"));
            verdicts.addAll(policy.evaluate(TwinFacts.of(twin, labels.getOrDefault(id, Map.of()))));
        }
        return verdicts;
    }

    /** A unified diff of two versions' texts (from: 0 for an empty text). */
    public List<String> diff(String name, long from, long to) {
        Function<Long, String> text = v -> v == 0 ? "" : store.policies().version(name, v)
                .orElseThrow(() -> new IllegalArgumentException("policy " + name + " has no version " + v)).document();
        List<String> a = text.apply(from).lines().toList();
        List<String> b = text.apply(to).lines().toList();
        return UnifiedDiffUtils.generateUnifiedDiff(name + " v" + from, name + " v" + to, a, DiffUtils.diff(a, b), 3);
    }

    private static ComplianceIndex.Entry entry(ComplianceVerdicts.Stored s) {
        return new ComplianceIndex.Entry(new RuleVerdict(s.policy(), s.rule(), s.twinId(), RuleVerdict.Status.valueOf(s.status()),
                io.twinbench.policy.document.RuleSpec.Action.valueOf(s.action()), s.message(), s.offenders()), s.since());
    }

    private static ComplianceVerdicts.Stored stored(ComplianceIndex.Entry e, long version, Instant now) {
        RuleVerdict v = e.verdict();
        return new ComplianceVerdicts.Stored(v.policy(), version, v.rule(), v.twinId(), v.status().name(), v.action().name(), v.message(),
                v.offenders(), e.since(), now);
    }

    /** "3 hold, 1 fail, 0 could not be evaluated, 0 not applicable": the counts every summary of verdicts gives. */
    public static String describe(Map<RuleVerdict.Status, Long> counts) {
        return counts.getOrDefault(RuleVerdict.Status.HOLDS, 0L) + " hold, " + counts.getOrDefault(RuleVerdict.Status.FAILS, 0L) + " fail, "
                + counts.getOrDefault(RuleVerdict.Status.ERROR, 0L) + " could not be evaluated, "
                + counts.getOrDefault(RuleVerdict.Status.NOT_APPLICABLE, 0L) + " not applicable";
    }

    /** Counts of verdicts by status, for a one-line summary. */
    public static Map<RuleVerdict.Status, Long> counts(List<ComplianceIndex.Entry> entries) {
        return entries.stream().collect(Collectors.groupingBy(e -> e.verdict().status(), () -> new java.util.EnumMap<>(RuleVerdict.Status.class),
                Collectors.counting()));
    }
}
