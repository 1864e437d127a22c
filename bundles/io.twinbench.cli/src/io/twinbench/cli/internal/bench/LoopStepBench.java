package io.twinbench.cli.internal.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.twinbench.change.PlanCatalog;
import io.twinbench.change.WorkspaceTrust;
import io.twinbench.orchestrate.LoopStage;
import io.twinbench.orchestrate.OrchestrationLoop;
import io.twinbench.orchestrate.Simulations;
import io.twinbench.rollout.analysis.StoreMetrics;
import io.twinbench.rollout.engine.RolloutEngine;
import io.twinbench.store.Orchestrations;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.TwinStore;

/**
 * One step of the orchestration loop over a fleet's schedules, none due: most waiting for their
 * next run, a tenth with a plan waiting for approval (each one's plan status read); beside the
 * bare read of the schedules. What the loop costs between simulations, which bench-sim measures.
 */
final class LoopStepBench {

    private static final int ROUNDS = 5;
    private final int endpoints;
    private final PrintWriter out;

    LoopStepBench(int endpoints, PrintWriter out) {
        this.endpoints = endpoints;
        this.out = out;
    }

    void run() throws Exception {
        Path workspace = Files.createTempDirectory("twinbench-bench-loop");
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(workspace))) {
            Instant now = Instant.now();
            Instant tomorrow = now.plus(Duration.ofDays(1));
            for (int i = 0; i < endpoints; i++) {
                String id = String.format("fleet-%04d", i);
                boolean approval = i % 10 == 0;
                String plan = approval ? "sim-" + id : null;
                if (approval) {
                    store.library().save(plan, "What simulation 'scan' recommended", "id: " + plan + "\ntitle: t\ntargets: {endpoints: [" + id
                            + "]}\nactions:\n  - service: lighttpd.service\n    do: stop\n", "bench", "bench", now);
                }
                store.orchestrations().add(new Orchestrations.Schedule(id, "scan", "name: scan\n", Duration.ofHours(6), null,
                        approval ? LoopStage.AWAITING_APPROVAL : LoopStage.WAITING, tomorrow, plan, null, "bench", "bench", now, 0));
            }
            Simulations none = new Simulations() {
                @Override
                public io.twinbench.sim.simulate.SimulationReport simulate(String twinId, io.twinbench.sim.scenario.Scenario scenario,
                        java.util.function.BooleanSupplier cancelled) {
                    throw new IllegalStateException("no schedule is due in this benchmark");
                }

                @Override
                public io.twinbench.change.PlanTwinRun.Outcome tryOnTwin(io.twinbench.remedy.plan.Plan plan, String twinId,
                        io.twinbench.sim.scenario.Scenario scenario) {
                    throw new IllegalStateException("no schedule is due in this benchmark");
                }
            };
            PlanCatalog plans = new PlanCatalog(store, new WorkspaceTrust(workspace.resolve("root.json")), Clock.systemUTC());
            try (OrchestrationLoop loop = new OrchestrationLoop(store, plans, new RolloutEngine(store, Clock.systemUTC(),
                    (plan, version) -> new StoreMetrics(store, plan, version)), none, Clock.systemUTC(), null)) {
                double[] bare = new double[ROUNDS];
                double[] step = new double[ROUNDS];
                for (int r = -ROUNDS; r < ROUNDS; r++) { // the first rounds warm the caches and the JIT, untimed
                    long t0 = System.nanoTime();
                    store.orchestrations().all();
                    long t1 = System.nanoTime();
                    loop.step();
                    long t2 = System.nanoTime();
                    if (r >= 0) {
                        bare[r] = (t1 - t0) / 1e6;
                        step[r] = (t2 - t1) / 1e6;
                    }
                }
                out.printf("  %-34s %8.1f ms  the comparison: the schedules read alone (median of %d)%n", "bare read, " + endpoints + " schedules",
                        AnalysisPassBench.median(bare), ROUNDS);
                out.printf("  %-34s %8.1f ms  %d waiting, %d plans awaiting approval looked up (median of %d)%n", "loop step, " + endpoints + " schedules",
                        AnalysisPassBench.median(step), endpoints - (endpoints + 9) / 10, (endpoints + 9) / 10, ROUNDS);
            }
        } finally {
            try (var walk = Files.walk(workspace)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
