package io.twinbench.cli.internal.bench;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;

import io.twinbench.model.twin.SoftwarePackage;
import io.twinbench.model.twin.Twin;
import io.twinbench.policy.document.PolicyReader;
import io.twinbench.policy.eval.CompiledPolicy;
import io.twinbench.policy.eval.ComplianceIndex;
import io.twinbench.policy.eval.RuleVerdict;
import io.twinbench.policy.view.TwinFacts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `twinbench bench-policy`: a policy of 50 rules evaluated on 1,000 twins of 1,000 elements
 * each, then re-evaluated after one element of one twin changes, with a bare pass over the same
 * facts (every element's every field read once) beside it as what the evaluation compares with.
 */
@Command(name = "bench-policy", mixinStandardHelpOptions = true,
        description = "Benchmark policies: full evaluation of RULES rules over TWINS twins of ELEMENTS elements, and re-evaluation after one element changes.")
public final class PolicyBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--twins", defaultValue = "1000", description = "Twins (default: ${DEFAULT-VALUE}).")
    int twins;

    @Option(names = "--elements", defaultValue = "1000", description = "Elements per twin (default: ${DEFAULT-VALUE}).")
    int elements;

    @Option(names = "--rules", defaultValue = "50", description = "Rules in the policy (default: ${DEFAULT-VALUE}).")
    int rules;

    @Option(names = "--changes", defaultValue = "500", description = "Single-element changes re-evaluated (default: ${DEFAULT-VALUE}).")
    int changes;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("twinbench bench-policy: Java %s, %d cores, %d twins of %d elements, %d rules%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), twins, elements, rules);
        long t0 = System.nanoTime();
        CompiledPolicy policy = CompiledPolicy.compile(new PolicyReader().read("bench.yaml", SyntheticFleet.policy(rules)));
        out.printf("  read and type-check the policy: %.1f ms%n", (System.nanoTime() - t0) / 1e6);

        t0 = System.nanoTime();
        List<TwinFacts> facts = new ArrayList<>(twins);
        List<Twin> kept = new ArrayList<>();
        for (int i = 0; i < twins; i++) {
            Twin twin = SyntheticFleet.twin(i, elements);
            facts.add(TwinFacts.of(twin));
            if (i < 20) {
                kept.add(twin); // the twins the incremental part changes
            }
        }
        out.printf("  build the twins and their facts: %.1f s%n", (System.nanoTime() - t0) / 1e9);

        double bare = Double.MAX_VALUE;
        long sink = 0;
        for (int round = 0; round < 3; round++) {
            t0 = System.nanoTime();
            sink += barePass(facts);
            bare = Math.min(bare, (System.nanoTime() - t0) / 1e9);
        }

        out.print("  distinct sections among the twins:");
        for (String section : TwinFacts.SECTIONS) {
            out.printf(" %s %d", section, facts.stream().map(f -> f.section(section)).distinct().count());
        }
        out.println();
        CompiledPolicy unlike = CompiledPolicy.compile(new PolicyReader().read("bench.yaml", SyntheticFleet.policy(rules)), false);
        ComplianceIndex index = null;
        List<RuleVerdict> first = null;
        for (CompiledPolicy measured : List.of(unlike, policy)) {
            double[] full = new double[5];
            for (int round = 0; round < full.length; round++) {
                index = new ComplianceIndex(Clock.systemUTC());
                index.putPolicy(measured == policy ? CompiledPolicy.compile(policy.document()) : measured); // no verdict remembered from the round before
                t0 = System.nanoTime();
                index.putTwins(facts);
                full[round] = (System.nanoTime() - t0) / 1e9;
            }
            Arrays.sort(full);
            List<ComplianceIndex.Entry> entries = index.entries();
            long failing = entries.stream().filter(e -> e.verdict().status() == RuleVerdict.Status.FAILS).count();
            long errors = entries.stream().filter(e -> e.verdict().status() == RuleVerdict.Status.ERROR).count();
            out.printf("  full evaluation, %s: %,d verdicts (%,d failing, %d errors): best %.2f s, median %.2f s of 5 on %d cores (target < 2 s)%n",
                    measured == policy ? "verdicts reused between twins alike in what a rule reads" : "every rule run on every twin", entries.size(),
                    failing, errors, full[0], full[2], Runtime.getRuntime().availableProcessors());
            List<RuleVerdict> verdicts = entries.stream().map(ComplianceIndex.Entry::verdict).toList();
            if (first != null && !first.equals(verdicts)) {
                out.println("  THE TWO EVALUATIONS DISAGREE: a reused verdict differs from the rule run on its twin");
                return 1;
            }
            first = verdicts;
        }
        out.printf("  bare pass over the same facts (each field of each element read once): %.2f s  [%d]%n", bare, sink % 10);

        Random random = new Random(7);
        index = new ComplianceIndex(Clock.systemUTC());
        index.putPolicy(policy);
        index.putTwins(facts);
        double[] incremental = new double[changes];
        List<Double> unpaused = new ArrayList<>();
        long evaluationsBefore = index.evaluations();
        for (int i = 0; i < changes; i++) {
            Twin twin = kept.get(random.nextInt(kept.size()));
            SoftwarePackage p = (SoftwarePackage) twin.getElements().stream().filter(e -> e instanceof SoftwarePackage)
                    .skip(random.nextInt(elements * 40 / 100)).findFirst().orElseThrow();
            long collections = collections();
            long start = System.nanoTime();
            p.setVersion(random.nextBoolean() ? "1.0-1" : "9.0-1");
            index.twinChanged(twin, Set.of(TwinFacts.PACKAGES));
            incremental[i] = (System.nanoTime() - start) / 1e6;
            if (collections() == collections) {
                unpaused.add(incremental[i]);
            }
        }
        Arrays.sort(incremental);
        double[] evaluating = unpaused.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        long perChange = (index.evaluations() - evaluationsBefore) / Math.max(1, changes);
        out.printf("  after one package changes: %d of %d rules re-evaluated; p50 %.2f ms, p99 %.2f ms, max %.2f ms (target < 10 ms)%n", perChange,
                policy.rules().size(), incremental[changes / 2], incremental[(int) (changes * 0.99)], incremental[changes - 1]);
        if (evaluating.length > 0 && evaluating.length < changes) {
            // a young collection of the whole fleet's heap stops every thread; the evaluation's own time is what the changes it missed took
            out.printf("    %d of %d changes met a garbage collection (its pause is in their time); the other %d: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    changes - evaluating.length, changes, evaluating.length, evaluating[evaluating.length / 2],
                    evaluating[(int) (evaluating.length * 0.99)], evaluating[evaluating.length - 1]);
        }
        orchestration(out);
        out.flush();
        return 0;
    }

    private static long collections() {
        long n = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }

    /**
     * What an orchestration policy costs a rollout step over the whole fleet: the groups read once
     * (labels, enrolled endpoints, policies), then every endpoint asked with some changing, against
     * the bare read of the labels the step cannot do without.
     */
    private void orchestration(PrintWriter out) throws Exception {
        List<Twin> fleet = new ArrayList<>(twins);
        for (int i = 0; i < twins; i++) {
            fleet.add(SyntheticFleet.twin(i, 100)); // what the gate reads of a twin is its services: a smaller twin keeps the fleet in memory
        }
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("twinbench-bench-policy");
        try (io.twinbench.store.TwinStore store = io.twinbench.store.TwinStore.open(io.twinbench.store.StoreLocation.embeddedIn(dir))) {
            Map<String, Twin> byId = new java.util.HashMap<>();
            for (int i = 0; i < fleet.size(); i++) {
                byId.put(fleet.get(i).getId(), fleet.get(i));
                store.labels().change(fleet.get(i).getId(), Map.of("tier", i % 2 == 0 ? "web" : "api"), List.of());
            }
            store.policies().save("tiers", io.twinbench.policy.document.PolicyDocument.ORCHESTRATION, """
                    apiVersion: twinbench.io/v1
                    kind: Orchestration
                    metadata: {name: tiers}
                    spec:
                      groups:
                        - {name: web, selector: {matchLabels: {tier: web}}, maxChanging: 5}
                        - {name: api, selector: {matchLabels: {tier: api}}, keepServing: [{service: unit1.service, atLeast: 100}]}
                    """, "bench", "bench", java.time.Instant.now());
            io.twinbench.policy.service.OrchestrationGate gate = new io.twinbench.policy.service.OrchestrationGate(store,
                    id -> java.util.Optional.ofNullable(byId.get(id)));
            Set<String> changing = new java.util.TreeSet<>(byId.keySet().stream().sorted().limit(20).toList());
            double[] steps = new double[7];
            double[] bare = new double[7];
            int held = 0;
            for (int round = 0; round < steps.length; round++) {
                long start = System.nanoTime();
                store.labels().all();
                bare[round] = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                var check = gate.now();
                held = 0;
                for (String endpoint : byId.keySet()) {
                    held += check.holdBack(endpoint, changing).isPresent() ? 1 : 0;
                }
                steps[round] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(steps);
            Arrays.sort(bare);
            out.printf("  orchestration gate, one rollout step asking for all %d endpoints (two groups, 20 changing): median %.1f ms (%d held back);"
                    + " the bare read of their labels: %.1f ms%n", byId.size(), steps[steps.length / 2], held, bare[bare.length / 2]);
        } finally {
            try (var files = java.nio.file.Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** Reads every field of every element of every twin once: the least any evaluation of them costs. */
    private static long barePass(List<TwinFacts> facts) {
        return facts.parallelStream().mapToLong(f -> {
            long n = 0;
            for (Object section : f.value().values()) {
                if (section instanceof List<?> items) {
                    for (Object item : items) {
                        for (Object value : ((Map<?, ?>) item).values()) {
                            n += value.hashCode();
                        }
                    }
                }
            }
            return n;
        }).sum();
    }
}
