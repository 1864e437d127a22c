package io.twinbench.cli.internal.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.twinbench.rollout.analysis.AbComparison;
import io.twinbench.rollout.analysis.MetricJudge;
import io.twinbench.rollout.analysis.Reading;
import io.twinbench.rollout.analysis.StoreMetrics;
import io.twinbench.rollout.spec.Metric;
import io.twinbench.rollout.spec.RolloutSpecReader;
import io.twinbench.store.Sample;
import io.twinbench.store.SeriesAppend;
import io.twinbench.store.SeriesKey;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.StoredEvent;
import io.twinbench.store.TwinStore;

/**
 * One analysis pass as a stage makes it, per metric: every endpoint's value over a 30 s interval
 * read from the store and the conditions judged, over a fleet whose last ten minutes of samples
 * (every 5 s) and error lines are in the store; beside bare range reads of the same series.
 */
final class AnalysisPassBench {

    private static final int ROUNDS = 5;
    private final int endpoints;
    private final PrintWriter out;

    AnalysisPassBench(int endpoints, PrintWriter out) {
        this.endpoints = endpoints;
        this.out = out;
    }

    /**
     * An A/B stage's decision as the engine makes it at the end of the bake: each arm half the
     * fleet, 20 intervals of samples each, the Mann-Whitney U test run both ways.
     */
    private void abDecision(java.util.Random random) throws Exception {
        Metric metric = new RolloutSpecReader().read("bench.yaml", "plan: a\nab: {plan: b, arm: 50%}\nstages: [{wave: 100%}]\nanalysis:\n  metrics:\n"
                + "    - name: cpu\n      measure: cpu\n      failure: \"max > 1e13\"\n      compare: {worse: higher}\n").metrics().get(0);
        int n = endpoints / 2 * 20;
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = 20 + 10 * random.nextDouble();
            b[i] = 21 + 10 * random.nextDouble();
        }
        double[] took = new double[ROUNDS];
        String verdict = "";
        for (int r = -ROUNDS; r < ROUNDS; r++) {
            long t0 = System.nanoTime();
            verdict = AbComparison.decide(List.of(metric), Map.of("cpu", new AbComparison.Samples(a, b)), "a", "b").detail();
            if (r >= 0) {
                took[r] = (System.nanoTime() - t0) / 1e6;
            }
        }
        out.printf("  %-34s %8.1f ms  %,d samples per arm, both ways (median of %d): %s%n", "A/B decision, cpu", median(took), n, ROUNDS,
                verdict.substring(0, verdict.indexOf(':')));
    }

    void run() throws Exception {
        Path workspace = Files.createTempDirectory("twinbench-bench-analysis");
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(workspace))) {
            long end = Instant.now().toEpochMilli();
            long start = end - 600_000;
            List<String> ids = new ArrayList<>();
            List<SeriesAppend> appends = new ArrayList<>();
            List<StoredEvent> events = new ArrayList<>();
            java.util.Random random = new java.util.Random(1);
            for (int i = 0; i < endpoints; i++) {
                String id = String.format("fleet-%04d", i);
                ids.add(id);
                List<Sample> cpu = new ArrayList<>();
                List<Sample> used = new ArrayList<>();
                List<Sample> available = new ArrayList<>();
                for (long t = start; t < end; t += 5000) {
                    cpu.add(new Sample(t, 10 + 20 * random.nextDouble()));
                    used.add(new Sample(t, 2e9 + 1e8 * random.nextDouble()));
                    available.add(new Sample(t, 6e9));
                }
                appends.add(new SeriesAppend(new SeriesKey(id, "cpu", "cpu.load"), "%", cpu));
                appends.add(new SeriesAppend(new SeriesKey(id, "memory", "memory.used"), "bytes", used));
                appends.add(new SeriesAppend(new SeriesKey(id, "memory", "memory.available"), "bytes", available));
                for (int e = 0; e < 10; e++) {
                    events.add(new StoredEvent(0, id, start + random.nextInt(600_000), "log", "ERROR", "/var/log/app.log", null, "upstream timed out", "{}"));
                }
                if (appends.size() >= 300) {
                    store.telemetry().appendAll(appends);
                    appends.clear();
                }
            }
            store.telemetry().appendAll(appends);
            store.events().append(events);
            out.printf("  a fleet of %,d endpoints: %,d samples and %,d error lines over 10 min%n", endpoints, endpoints * 360, events.size());
            StoreMetrics source = new StoreMetrics(store, "bench", 1);
            Instant to = Instant.ofEpochMilli(end - 60_000);
            Instant from = to.minusSeconds(30);
            double[] bare = new double[ROUNDS];
            for (int r = -ROUNDS; r < ROUNDS; r++) { // the first rounds warm the store's caches and the JIT, untimed
                long t0 = System.nanoTime();
                for (String id : ids) {
                    store.telemetry().range(new SeriesKey(id, "cpu", "cpu.load"), from.toEpochMilli(), to.toEpochMilli());
                }
                if (r >= 0) {
                    bare[r] = (System.nanoTime() - t0) / 1e6;
                }
            }
            out.printf("  %-34s %8.1f ms  the comparison: the CPU series' range reads alone (median of %d)%n", "bare reads, " + endpoints + " endpoints",
                    median(bare), ROUNDS);
            for (String measure : List.of("cpu", "memory", "error-log-lines")) {
                Metric metric = new RolloutSpecReader().read("bench.yaml", "plan: bench\nstages: [{wave: 100%}]\nanalysis:\n  metrics:\n"
                        + "    - name: m\n      measure: " + measure + "\n      success: \"result < 1e12\"\n      failure: \"max > 1e13\"\n").metrics().get(0);
                double[] pass = new double[ROUNDS];
                for (int r = 0; r < ROUNDS; r++) {
                    long t0 = System.nanoTime();
                    Map<String, Double> values = new LinkedHashMap<>();
                    for (String id : ids) {
                        source.measure(metric.measure(), id, from, to).ifPresent(v -> values.put(id, v));
                    }
                    MetricJudge.judge(metric, new Reading(values, Map.of()));
                    pass[r] = (System.nanoTime() - t0) / 1e6;
                }
                out.printf("  %-34s %8.1f ms  read and judged over %d endpoints (median of %d; target < 1 s)%n", "analysis pass, " + measure, median(pass),
                        endpoints, ROUNDS);
            }
            abDecision(random);
        } finally {
            try (var walk = Files.walk(workspace)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        out.flush();
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
