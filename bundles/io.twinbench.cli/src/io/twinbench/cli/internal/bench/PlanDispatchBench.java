package io.twinbench.cli.internal.bench;

import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.twinbench.ingest.collector.Collector;
import io.twinbench.ingest.collector.CollectorListener;
import io.twinbench.ingest.collector.CollectorTls;
import io.twinbench.ingest.enrol.AgentCredentials;
import io.twinbench.ingest.enrol.CertificateAuthority;
import io.twinbench.ingest.enrol.Enrollment;
import io.twinbench.remedy.plan.Plan;
import io.twinbench.remedy.trust.Envelope;
import io.twinbench.remedy.trust.PlanStatement;
import io.twinbench.remedy.trust.SigningKey;
import io.twinbench.remedy.trust.TrustRoot;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.TwinStore;

/**
 * One signed plan for N endpoints pushed to N simulated agents connected over mutual TLS to the
 * real collector on loopback (scratch H2 store): the time from the push until every agent has
 * verified it and the workbench has stored and acknowledged every agent's report; beside it, the
 * bare push into the store (the inserts alone).
 */
final class PlanDispatchBench {

    private final int agents;
    private final PrintWriter out;

    PlanDispatchBench(int agents, PrintWriter out) {
        this.agents = agents;
        this.out = out;
    }

    void run(SigningKey signer) throws Exception {
        Path workspace = Files.createTempDirectory("twinbench-bench-plans");
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(workspace))) {
            CertificateAuthority ca = CertificateAuthority.openOrCreate(workspace.resolve(".twinbench/ca"), Clock.systemUTC());
            Enrollment enrollment = new Enrollment(ca, store.enrollments(), Clock.systemUTC());
            TrustRoot root = new TrustRoot(1, 1, List.of(signer.publicKey()), null);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < agents; i++) {
                ids.add(String.format("bench-%04d", i));
            }
            Plan plan = PlanBenchCommand.plan(Instant.now().plusSeconds(3600)).approvedAs(Instant.now().getEpochSecond(),
                    Instant.now().plusSeconds(3600), ids);
            Envelope unsigned = PlanStatement.unsigned(plan);
            byte[] envelope = unsigned.withSignature(signer.sign(unsigned)).toJson();
            CountDownLatch acknowledged = new CountDownLatch(agents);
            try (Collector collector = new Collector(CollectorTls.issue(ca, List.of("127.0.0.1")), enrollment, store, new CollectorListener() { },
                    Clock.systemUTC())) {
                Envelope rootEnvelope = root.envelope();
                byte[] rootBytes = rootEnvelope.withSignature(signer.sign(rootEnvelope)).toJson();
                collector.trustRoot(() -> Optional.of(rootBytes));
                collector.start(new InetSocketAddress("127.0.0.1", 0));
                long t0 = System.nanoTime();
                List<PlanVerifyingAgent> fleet = connect(enrollment, ca, collector.port(), ids, root, acknowledged);
                out.printf("  %d simulated agents enrolled and connected over mutual TLS in %.1f s; plan envelope %,d bytes%n", agents,
                        (System.nanoTime() - t0) / 1e9, envelope.length);
                long pushStart = System.nanoTime();
                Instant now = Instant.now();
                for (String id : ids) {
                    store.plans().push(id, plan.id(), plan.version(), plan.title(), envelope, plan.expires(), "bench", now);
                }
                double pushSeconds = (System.nanoTime() - pushStart) / 1e9;
                boolean all = acknowledged.await(120, TimeUnit.SECONDS);
                double total = (System.nanoTime() - pushStart) / 1e9;
                String failure = fleet.stream().map(PlanVerifyingAgent::failure).filter(f -> f != null).findFirst().orElse(null);
                out.printf("  %-30s %8.2f s  the comparison (%d inserts into the store)%n", "bare push of the deliveries", pushSeconds, agents);
                out.printf("  %-30s %8.2f s  %s%n", "push until all acknowledged", total, all ? "every agent verified it and its report was stored (target < 10 s)"
                        : (agents - acknowledged.getCount()) + " of " + agents + " within 120 s" + (failure != null ? "; " + failure : ""));
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

    private List<PlanVerifyingAgent> connect(Enrollment enrollment, CertificateAuthority ca, int port, List<String> ids, TrustRoot root,
            CountDownLatch acknowledged) throws Exception {
        List<PlanVerifyingAgent> fleet = new ArrayList<>();
        for (String id : ids) {
            fleet.add(new PlanVerifyingAgent(id, AgentCredentials.enrol(enrollment, id, id + ".bench").tls(ca.certificate()), port, root, acknowledged));
        }
        FleetConnect.all(fleet);
        return fleet;
    }
}
