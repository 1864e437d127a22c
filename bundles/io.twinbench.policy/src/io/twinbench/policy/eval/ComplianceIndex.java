package io.twinbench.policy.eval;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.twinbench.model.twin.Twin;
import io.twinbench.policy.view.TwinFacts;

/**
 * Every policy's verdict on every twin, kept current as twins and policies change: a twin's
 * change re-evaluates only the rules that read the sections it changed, and a verdict keeps the
 * time it began while its outcome stays the same ("failing since …").
 */
public final class ComplianceIndex {

    /** A verdict and since when it has been so. */
    public record Entry(RuleVerdict verdict, Instant since) {
    }

    private record Key(String policy, String rule, String twinId) {
    }

    private final Clock clock;
    private final Map<String, CompiledPolicy> policies = new LinkedHashMap<>();
    private final Map<String, TwinFacts> twins = new LinkedHashMap<>();
    private final Map<Key, Entry> entries = new HashMap<>();
    private long evaluations;

    public ComplianceIndex(Clock clock) {
        this.clock = clock;
    }

    /** Adds or replaces a policy and evaluates it on every twin; returns the verdicts that changed. */
    public synchronized List<Entry> putPolicy(CompiledPolicy policy) {
        Set<String> rules = new java.util.HashSet<>(policy.rules().stream().map(CompiledRule::name).toList());
        entries.keySet().removeIf(k -> k.policy().equals(policy.name()) && !rules.contains(k.rule()));
        policies.put(policy.name(), policy);
        List<RuleVerdict> verdicts = new ArrayList<>();
        for (TwinFacts facts : twins.values()) {
            verdicts.addAll(policy.evaluate(facts));
        }
        return record(verdicts);
    }

    /** Verdicts known from before (the store's), so that one that has not changed keeps the time it began. */
    public synchronized void restore(Collection<Entry> known) {
        for (Entry e : known) {
            entries.put(new Key(e.verdict().policy(), e.verdict().rule(), e.verdict().twinId()), e);
        }
    }

    public synchronized void removePolicy(String name) {
        policies.remove(name);
        entries.keySet().removeIf(k -> k.policy().equals(name));
    }

    /** Adds or replaces twins and evaluates every policy on them, on all cores; returns the verdicts that changed. */
    public List<Entry> putTwins(Collection<TwinFacts> facts) {
        List<CompiledPolicy> current;
        synchronized (this) {
            current = List.copyOf(policies.values());
        }
        List<RuleVerdict> verdicts = facts.parallelStream().flatMap(f -> current.stream().flatMap(p -> p.evaluate(f).stream())).toList();
        synchronized (this) {
            facts.forEach(f -> twins.put(f.twinId(), f));
            return record(verdicts);
        }
    }

    /**
     * A twin changed in the named sections ({@link TwinFacts#SECTIONS}): only those sections are
     * read again, and only the rules that read them are evaluated. Returns the verdicts that changed.
     */
    public synchronized List<Entry> twinChanged(Twin twin, Set<String> sections) {
        TwinFacts before = twins.get(twin.getId());
        if (before == null) {
            TwinFacts facts = TwinFacts.of(twin);
            twins.put(facts.twinId(), facts);
            return evaluate(facts, null);
        }
        TwinFacts facts = before.with(twin, sections);
        twins.put(facts.twinId(), facts);
        return evaluate(facts, sections);
    }

    /**
     * A twin as it is now, its changed sections found by comparing them with what was evaluated
     * before: for a collector that says only "this twin changed". Returns the verdicts that changed.
     */
    public List<Entry> twinUpdated(Twin twin) {
        return twinUpdated(TwinFacts.of(twin));
    }

    /** As {@link #twinUpdated(Twin)}, for a twin read into facts already (on the thread that had it). */
    public synchronized List<Entry> twinUpdated(TwinFacts now) {
        TwinFacts before = twins.put(now.twinId(), now);
        if (before == null) {
            return evaluate(now, null);
        }
        Set<String> changed = new java.util.HashSet<>();
        for (Map.Entry<String, Object> field : now.value().entrySet()) {
            if (!field.getValue().equals(before.value().get(field.getKey()))) {
                changed.add(TwinFacts.sectionOfField(field.getKey()));
            }
        }
        return changed.isEmpty() ? List.of() : evaluate(now, changed);
    }

    public synchronized void removeTwin(String twinId) {
        twins.remove(twinId);
        entries.keySet().removeIf(k -> k.twinId().equals(twinId));
    }

    /** Every current verdict, by policy, rule and twin. */
    public synchronized List<Entry> entries() {
        return entries.values().stream().sorted(Comparator.comparing((Entry e) -> e.verdict().policy()).thenComparing(e -> e.verdict().rule())
                .thenComparing(e -> e.verdict().twinId())).toList();
    }

    public synchronized List<String> policyNames() {
        return List.copyOf(policies.keySet());
    }

    /** How many rules each evaluation ran; the benchmark and tests read it to see that a change re-evaluated only what it could affect. */
    public synchronized long evaluations() {
        return evaluations;
    }

    private List<Entry> evaluate(TwinFacts facts, Set<String> sections) {
        List<RuleVerdict> verdicts = new ArrayList<>();
        for (CompiledPolicy policy : policies.values()) {
            List<CompiledRule> affected = sections == null ? policy.rules()
                    : policy.rules().stream().filter(r -> r.sections().stream().anyMatch(sections::contains)).toList();
            if (!affected.isEmpty()) {
                verdicts.addAll(policy.evaluate(facts, affected));
            }
        }
        return record(verdicts);
    }

    private List<Entry> record(List<RuleVerdict> verdicts) {
        evaluations += verdicts.size();
        Instant now = clock.instant();
        List<Entry> changed = new ArrayList<>();
        for (RuleVerdict v : verdicts) {
            Key key = new Key(v.policy(), v.rule(), v.twinId());
            Entry before = entries.get(key);
            if (before != null && before.verdict().sameOutcome(v)) {
                continue;
            }
            Entry entry = new Entry(v, now);
            entries.put(key, entry);
            changed.add(entry);
        }
        return changed;
    }
}
