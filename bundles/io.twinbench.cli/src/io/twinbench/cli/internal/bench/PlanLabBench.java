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
import java.util.concurrent.atomic.AtomicLong;

import io.twinbench.ingest.collector.Collector;
import io.twinbench.ingest.collector.CollectorListener;
import io.twinbench.ingest.collector.CollectorTls;
import io.twinbench.ingest.enrol.CertificateAuthority;
import io.twinbench.ingest.enrol.Enrollment;
import io.twinbench.remedy.plan.Plan;
import io.twinbench.remedy.plan.PlanReader;
import io.twinbench.remedy.trust.Envelope;
import io.twinbench.remedy.trust.PlanStatement;
import io.twinbench.remedy.trust.SigningKey;
import io.twinbench.remedy.trust.TrustRoot;
import io.twinbench.sim.docker.DockerEngine;
import io.twinbench.sim.lab.LabEndpoint;
import io.twinbench.sim.lab.LabFleet;
import io.twinbench.store.PlanDeliveries;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.TwinStore;

/**
 * The whole loop on one lab endpoint (the real agent in a container, a real collector, a scratch
 * store): from the signed plan's push to the agent's report that it was applied and confirmed,
 * for a configuration edit and a service restart; and the agent's resident memory sampled every
 * 100 ms while it applies, beside its resident memory idle.
 */
final class PlanLabBench {

    /** Six of the lab agent's 5 s rounds, one of them a process round (every 15 s) and one an inventory round (every 30 s). */
    private static final Duration IDLE_WINDOW = Duration.ofSeconds(30);
    /** How the agent's acceptance report gives its verification time (PlanAgent). */
    private static final java.util.regex.Pattern VERIFIED = java.util.regex.Pattern.compile("verified in ([0-9.]+) ms");

    private final PrintWriter out;

    PlanLabBench(PrintWriter out) {
        this.out = out;
    }

    void run(DockerEngine engine, Path debianRoot, Path agentJar, Path agentJava, Path launcher, SigningKey signer, int rounds) throws Exception {
        Path workspace = Files.createTempDirectory("twinbench-bench-lab");
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(workspace)); LabFleet lab = new LabFleet(engine, Clock.systemUTC())) {
            CertificateAuthority ca = CertificateAuthority.openOrCreate(workspace.resolve(".twinbench/ca"), Clock.systemUTC());
            Enrollment enrollment = new Enrollment(ca, store.enrollments(), Clock.systemUTC());
            TrustRoot root = new TrustRoot(1, 1, List.of(signer.publicKey()), null);
            Envelope rootEnvelope = root.envelope();
            byte[] rootBytes = rootEnvelope.withSignature(signer.sign(rootEnvelope)).toJson();
            try (Collector collector = new Collector(CollectorTls.issue(ca, List.of("127.0.0.1")), enrollment, store, new CollectorListener() { },
                    Clock.systemUTC())) {
                collector.trustRoot(() -> java.util.Optional.of(rootBytes));
                collector.start(new InetSocketAddress("127.0.0.1", 0));
                LabEndpoint started = lab.up("bench", 1, debianRoot, new LabFleet.Software(agentJar, agentJava, launcher, List.of("lighttpd"), 5), id -> {
                    try {
                        return enrollment.newToken(Duration.ofMinutes(10), id).value();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, new InetSocketAddress("127.0.0.1", collector.port())).get(0);
                String endpoint = started.name();
                LabAgentMemory memory = new LabAgentMemory(started.pid());
                waitFor(() -> streaming(store, endpoint), Duration.ofSeconds(120));
                // as its unit would after enrolment: a start that writes its class list (given 75 s to load what its rounds
                // load, as agent/measure-resources does), then one that maps the archive made from it
                for (int start = 0; start < 2; start++) {
                    long before = store.agentStreams().lastSeq(endpoint);
                    lab.exec(endpoint, "sh", "-c", "kill $(pidof java)");
                    waitFor(() -> store.agentStreams().lastSeq(endpoint) > before + 1, Duration.ofSeconds(120));
                    if (start == 0) {
                        Thread.sleep(75_000);
                    }
                }
                // past the start-up (first inventory, handshake), whose transient is not the agent's steady state
                Thread.sleep(60_000);
                long idle = memory.rss();
                // the comparison: the agent's highest resident memory over several of its rounds with no plan
                long idlePeak = idle;
                for (long until = System.nanoTime() + IDLE_WINDOW.toNanos(); System.nanoTime() < until; Thread.sleep(100)) {
                    idlePeak = Math.max(idlePeak, memory.rss());
                }
                List<Double> seconds = new ArrayList<>();
                List<Double> verified = new ArrayList<>();
                AtomicLong peak = new AtomicLong();
                for (int round = 1; round <= rounds; round++) {
                    Plan plan = new PlanReader().read("bench.yaml", """
                            id: bench-%d
                            title: Tag the web server
                            targets: {endpoints: [bench-1]}
                            actions:
                              - edit: /etc/lighttpd/lighttpd.conf
                                style: ini
                                set: {server.tag: '"bench-%d"'}
                              - service: lighttpd
                                do: restart
                            checks:
                              - tcp: 127.0.0.1:80
                            """.formatted(round, round)).approvedAs(round, Instant.now().plusSeconds(600), List.of(endpoint));
                    Envelope unsigned = PlanStatement.unsigned(plan);
                    byte[] envelope = unsigned.withSignature(signer.sign(unsigned)).toJson();
                    Thread sampler = Thread.ofPlatform().daemon().start(() -> {
                        while (!Thread.currentThread().isInterrupted()) {
                            try {
                                peak.accumulateAndGet(memory.rss(), Math::max);
                                Thread.sleep(100);
                            } catch (InterruptedException e) {
                                return;
                            } catch (Exception e) {
                                // a sample lost while the agent is busy: the next one counts
                            }
                        }
                    });
                    long start = System.nanoTime();
                    store.plans().push(endpoint, plan.id(), plan.version(), plan.title(), envelope, plan.expires(), "bench", Instant.now());
                    PlanDeliveries.Delivery done = waitFor(() -> store.plans().get(endpoint, plan.id(), plan.version())
                            .filter(d -> d.state().equals("confirmed") || d.state().equals("rolled-back") || d.state().equals("refused")).orElse(null),
                            Duration.ofSeconds(120));
                    seconds.add((System.nanoTime() - start) / 1e9);
                    sampler.interrupt();
                    if (!done.state().equals("confirmed")) {
                        throw new IllegalStateException("the bench plan ended " + done.state() + ": " + done.detail());
                    }
                    store.plans().reports(endpoint, plan.id(), plan.version()).stream().filter(r -> r.state().equals("accepted"))
                            .map(r -> VERIFIED.matcher(r.detail())).filter(java.util.regex.Matcher::lookingAt)
                            .forEach(m -> verified.add(Double.parseDouble(m.group(1))));
                }
                seconds.sort(Double::compare);
                out.printf("  %-30s median %6.2f s  max %6.2f s  over %d plans: an edit and a restart, pushed, verified, applied, checked, confirmed%n",
                        "push to confirmed, lab agent", seconds.get(seconds.size() / 2), seconds.get(seconds.size() - 1), rounds);
                verified.sort(Double::compare);
                if (!verified.isEmpty()) {
                    out.printf("  %-30s median %6.1f ms  max %6.1f ms  over %d plans, on the agent itself (its first plan since it started included)  target < 5 ms%n",
                            "plan verify, lab agent", verified.get(verified.size() / 2), verified.get(verified.size() - 1), verified.size());
                }
                out.printf("  %-30s idle %5.1f MiB (%5.1f MiB at most over %d s)  applying %5.1f MiB at most  (target < 64 MiB; Java %s at %s)%n",
                        "agent resident memory", idle / 1048576.0, idlePeak / 1048576.0, IDLE_WINDOW.toSeconds(), peak.get() / 1048576.0,
                        javaVersion(agentJava), agentJava);
                lab.down();
            }
        } finally {
            try (var walk = Files.walk(workspace)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        out.flush();
    }

    private static Boolean streaming(TwinStore store, String endpoint) {
        try {
            return store.agentStreams().lastSeq(endpoint) > 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The version a Java runtime's release file gives, or "?" where it has none. */
    private static String javaVersion(Path javaHome) {
        try {
            return Files.readAllLines(javaHome.resolve("release")).stream().filter(l -> l.startsWith("JAVA_VERSION="))
                    .map(l -> l.substring("JAVA_VERSION=".length()).replace("\"", "")).findFirst().orElse("?");
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    /** The agent's VmRSS in the endpoint, in bytes. */
    private static <T> T waitFor(java.util.concurrent.Callable<T> condition, Duration most) throws Exception {
        long deadline = System.nanoTime() + most.toNanos();
        while (System.nanoTime() < deadline) {
            T value = condition.call();
            if (value != null && !Boolean.FALSE.equals(value)) {
                return value;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the lab endpoint did not get there within " + most.toSeconds() + " s");
    }
}
