package io.twinbench.cli.internal.bench;

import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;

import io.twinbench.ingest.collector.Collector;
import io.twinbench.ingest.collector.CollectorListener;
import io.twinbench.ingest.collector.CollectorTls;
import io.twinbench.ingest.enrol.AgentCredentials;
import io.twinbench.ingest.enrol.CertificateAuthority;
import io.twinbench.ingest.enrol.Enrollment;
import io.twinbench.remedy.plan.Plan;
import io.twinbench.remedy.plan.PlanDocument;
import io.twinbench.remedy.plan.PlanReader;
import io.twinbench.remedy.trust.Envelope;
import io.twinbench.remedy.trust.PlanStatement;
import io.twinbench.remedy.trust.SigningKey;
import io.twinbench.remedy.trust.TrustRoot;
import io.twinbench.rollout.analysis.StoreMetrics;
import io.twinbench.rollout.engine.DecisionKind;
import io.twinbench.rollout.engine.RolloutDriver;
import io.twinbench.rollout.engine.RolloutEngine;
import io.twinbench.rollout.engine.RolloutState;
import io.twinbench.store.PlanTrials;
import io.twinbench.store.Rollouts;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.TwinStore;

/**
 * Rollouts driven as the workbench drives them (a step every second) to simulated agents that
 * answer over real mutual TLS as the real agent's protocol does: time from approval to the last
 * wave confirmed with no bake time, beside one push of the same plan to every agent at once;
 * and time from a failed condition to every changed endpoint rolled back.
 */
final class RolloutLoopBench {

    private static final Duration PERIOD = Duration.ofSeconds(1);
    private final int agents;
    private final PrintWriter out;

    RolloutLoopBench(int agents, PrintWriter out) {
        this.agents = agents;
        this.out = out;
    }

    void run() throws Exception {
        Path workspace = Files.createTempDirectory("twinbench-bench-rollouts");
        SigningKey signer = SigningKey.generate("alice");
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(workspace))) {
            CertificateAuthority ca = CertificateAuthority.openOrCreate(workspace.resolve(".twinbench/ca"), Clock.systemUTC());
            Enrollment enrollment = new Enrollment(ca, store.enrollments(), Clock.systemUTC());
            TrustRoot root = new TrustRoot(1, 1, List.of(signer.publicKey()), null);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < agents; i++) {
                ids.add(String.format("bench-%03d", i));
            }
            try (Collector collector = new Collector(CollectorTls.issue(ca, List.of("127.0.0.1")), enrollment, store, new CollectorListener() { },
                    Clock.systemUTC())) {
                Envelope rootEnvelope = root.envelope();
                byte[] rootBytes = rootEnvelope.withSignature(signer.sign(rootEnvelope)).toJson();
                collector.trustRoot(() -> Optional.of(rootBytes));
                collector.start(new InetSocketAddress("127.0.0.1", 0));
                List<PlanVerifyingAgent> fleet = new ArrayList<>();
                for (String id : ids) {
                    fleet.add(new PlanVerifyingAgent(id, AgentCredentials.enrol(enrollment, id, id + ".bench").tls(ca.certificate()), collector.port(),
                            root, new CountDownLatch(1), true));
                }
                FleetConnect.all(fleet);

                // the comparison: the same plan pushed to every agent at once, until all confirmed it
                Plan bare = plan("bench-bare", ids, store);
                byte[] bareEnvelope = sign(bare, signer);
                long t0 = System.nanoTime();
                Instant now = Instant.now();
                for (String id : ids) {
                    store.plans().push(id, bare.id(), bare.version(), bare.title(), bareEnvelope, bare.expires(), "bench", now);
                }
                waitUntil(() -> store.plans().ofPlan(bare.id()).stream().allMatch(d -> d.state().equals("confirmed")), Duration.ofMinutes(2));
                double bareSeconds = (System.nanoTime() - t0) / 1e9;

                RolloutEngine engine = new RolloutEngine(store, Clock.systemUTC(), (id, version) -> new StoreMetrics(store, id, version));
                try (RolloutDriver driver = new RolloutDriver(engine, PERIOD)) {
                    Plan staged = plan("bench-staged", ids, store);
                    long t1 = System.nanoTime();
                    engine.start("bench.yaml", """
                            plan: bench-staged
                            stages:
                              - canary: 10%
                              - wave: 50%
                              - wave: 100%
                            """, staged, sign(staged, signer), "bench");
                    Rollouts.Rollout done = finish(store, "bench-staged@" + staged.version());
                    double stagedSeconds = (System.nanoTime() - t1) / 1e9;
                    out.printf("  %-34s %7.2f s  the comparison: one push to all %d agents until each confirmed%n", "bare push to confirmed", bareSeconds,
                            agents);
                    out.printf("  %-34s %7.2f s  %s through canary 10%%, wave 50%%, wave 100%%, no bake, a step every %d s%n",
                            "approval to last wave confirmed", stagedSeconds, done.state(), PERIOD.toSeconds());

                    Plan failing = plan("bench-failing", ids, store);
                    engine.start("bench.yaml", """
                            plan: bench-failing
                            stages:
                              - wave: 100%
                            analysis:
                              metrics:
                                - name: logins
                                  measure: failed-logins
                                  interval: 1s
                                  failure: "result >= 0.0"
                            """, failing, sign(failing, signer), "bench");
                    String id = "bench-failing@" + failing.version();
                    Rollouts.Rollout undone = finish(store, id);
                    Instant failed = decision(store, id, DecisionKind.FAILED).at();
                    Instant rolledBack = decision(store, id, DecisionKind.ROLLED_BACK).at();
                    long changed = store.plans().ofPlan(failing.id()).stream().filter(d -> d.state().equals("rolled-back")).count();
                    out.printf("  %-34s %7.2f s  %s: %d of %d changed endpoints rolled back (target < 10 s)%n", "failed condition to all rolled back",
                            Duration.between(failed, rolledBack).toMillis() / 1000.0, undone.state(), changed, agents);
                }
                for (PlanVerifyingAgent agent : fleet) {
                    agent.close();
                }
            }
        } finally {
            Thread.sleep(500);
            try (var walk = Files.walk(workspace)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        out.flush();
    }

    private static Plan plan(String id, List<String> ids, TwinStore store) throws Exception {
        Plan plan = new PlanReader().read("bench.yaml", "id: " + id + "\ntitle: bench\ntargets: {endpoints: [" + ids.get(0) + "]}\nactions:\n"
                + "  - sysctl: net.ipv4.tcp_syncookies\n    value: \"1\"\n").approvedAs(Instant.now().getEpochSecond(), Instant.now().plusSeconds(3600), ids);
        store.trials().record(new PlanTrials.Trial(PlanDocument.digest(plan), plan.id(), "bench-twin", "bench", Instant.now(), true, "passed", ""));
        return plan;
    }

    private static byte[] sign(Plan plan, SigningKey signer) {
        Envelope unsigned = PlanStatement.unsigned(plan);
        return unsigned.withSignature(signer.sign(unsigned)).toJson();
    }

    private static Rollouts.Rollout finish(TwinStore store, String id) throws InterruptedException {
        waitUntil(() -> RolloutState.FINISHED.contains(store.rollouts().get(id).orElseThrow().state()), Duration.ofMinutes(3));
        return store.rollouts().get(id).orElseThrow();
    }

    private static Rollouts.Decision decision(TwinStore store, String id, String kind) {
        return store.rollouts().decisions(id).stream().filter(d -> d.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalStateException("rollout " + id + " made no " + kind + " decision: " + store.rollouts().decisions(id)));
    }

    private static void waitUntil(BooleanSupplier condition, Duration most) throws InterruptedException {
        long deadline = System.nanoTime() + most.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not done within " + most.toSeconds() + " s");
            }
            Thread.sleep(20);
        }
    }
}
