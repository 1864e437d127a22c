package io.twinbench.policy.service;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import io.twinbench.model.twin.Twin;
import io.twinbench.policy.eval.ComplianceIndex;
import io.twinbench.policy.view.TwinFacts;
import io.twinbench.store.PolicyVersions;
import io.twinbench.store.TwinStore;

/**
 * Keeps every policy in force evaluated on every twin while a collector runs (the workbench's
 * and {@code serve}'s): a twin its agent changed is evaluated again, only in the rules its
 * change can affect, and the verdicts that changed are stored and told. Work runs on one thread
 * of its own, so an agent's stream never waits on a policy; a policy applied meanwhile is found
 * at the next change, or at once after {@link #reevaluate()}.
 */
public final class ComplianceFollower implements AutoCloseable {

    private final TwinStore store;
    private final Clock clock;
    private final java.util.function.Function<String, java.util.Optional<Twin>> twins;
    private final Consumer<List<ComplianceIndex.Entry>> changed;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "twinbench-compliance");
        t.setDaemon(true);
        return t;
    });
    private volatile ComplianceIndex index;
    /** The versions in force when everything was last evaluated, stored policies that no longer read among them. */
    private volatile Map<String, Long> evaluatedInForce = Map.of();
    private volatile PolicyWorkspace.Evaluation last = new PolicyWorkspace.Evaluation(List.of(), Map.of(), List.of());

    /**
     * twins: how a twin is read as it is now for a whole evaluation; changed: told (on the
     * follower's thread) the verdicts that changed; after a whole evaluation, all of them.
     */
    public ComplianceFollower(TwinStore store, Clock clock, java.util.function.Function<String, java.util.Optional<Twin>> twins,
            Consumer<List<ComplianceIndex.Entry>> changed) {
        this.store = store;
        this.clock = clock;
        this.twins = twins;
        this.changed = changed;
    }

    /** Evaluates every policy in force on every twin, now and after a policy is applied, rolled back or withdrawn. */
    public void reevaluate() {
        worker.execute(this::evaluateAll);
    }

    /** A twin changed; its facts are read here, on the caller's thread, which holds the twin. */
    public void twinUpdated(Twin twin) {
        TwinFacts facts = TwinFacts.of(twin);
        worker.execute(() -> {
            try {
                if (index == null || !inForce().equals(evaluatedInForce)) {
                    evaluateAll();
                    return;
                }
                List<ComplianceIndex.Entry> entries = new PolicyWorkspace(store, clock, twins).follow(index, last.versions(), facts);
                if (!entries.isEmpty()) {
                    changed.accept(entries);
                }
            } catch (RuntimeException e) {
                last = new PolicyWorkspace.Evaluation(last.entries(), last.versions(), List.of("Cannot evaluate the policies: " + e.getMessage()));
            }
        });
    }

    /** The verdicts as last evaluated, the versions in force then, and what could not be read. */
    public PolicyWorkspace.Evaluation current() {
        ComplianceIndex now = index;
        PolicyWorkspace.Evaluation evaluation = last;
        if (now == null) {
            return evaluation;
        }
        List<ComplianceIndex.Entry> entries = now.entries().stream().filter(e -> evaluation.versions().containsKey(e.verdict().policy())).toList();
        return new PolicyWorkspace.Evaluation(entries, evaluation.versions(), evaluation.problems());
    }

    private void evaluateAll() {
        try {
            ComplianceIndex fresh = new ComplianceIndex(clock);
            evaluatedInForce = inForce();
            last = new PolicyWorkspace(store, clock, twins).evaluate(fresh);
            index = fresh;
            changed.accept(last.entries());
        } catch (RuntimeException e) {
            last = new PolicyWorkspace.Evaluation(last.entries(), last.versions(), List.of("Cannot evaluate the policies: " + e.getMessage()));
            changed.accept(List.of());
        }
    }

    private Map<String, Long> inForce() {
        Map<String, Long> versions = new java.util.TreeMap<>();
        for (PolicyVersions.Version v : store.policies().inForce()) {
            versions.put(v.name(), v.version());
        }
        return versions;
    }

    @Override
    public void close() {
        // an evaluation in progress finishes: it writes verdicts to the store
        io.twinbench.store.GentleShutdown.of(worker, java.time.Duration.ofSeconds(30));
    }
}
