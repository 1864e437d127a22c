package io.twinbench.cli.internal.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import io.twinbench.remedy.apply.CheckRunner;
import io.twinbench.remedy.apply.LocalHost;
import io.twinbench.remedy.apply.PlanRunner;
import io.twinbench.remedy.apply.Steps;
import io.twinbench.remedy.plan.Plan;
import io.twinbench.remedy.plan.PlanFormatException;
import io.twinbench.remedy.plan.PlanReader;
import io.twinbench.remedy.trust.Envelope;
import io.twinbench.remedy.trust.PlanStatement;
import io.twinbench.remedy.trust.PlanVerifier;
import io.twinbench.remedy.trust.SigningKey;
import io.twinbench.remedy.trust.TrustException;
import io.twinbench.remedy.trust.TrustRoot;
import io.twinbench.sim.lab.LabFleet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `twinbench bench-plans`: what the agent spends verifying a signed plan (parse, signatures,
 * statement digests, endpoint, expiry, version) beside a bare Ed25519 verification of the same
 * bytes, and applying a journaled plan of file edits to a scratch root (each step forced to disk)
 * and rolling it back, beside writing and forcing the same files bare.
 */
@Command(name = "bench-plans", mixinStandardHelpOptions = true,
        description = "Benchmark remediation plans: verification on the agent, journaled apply and rollback.")
public final class PlanBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--rounds", defaultValue = "2000", description = "Verifications measured (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--root", paramLabel = "DIR", description = "With --docker: a Debian root for one lab endpoint, to time push to confirmed on a real agent.")
    Path labRoot;

    @picocli.CommandLine.Mixin
    io.twinbench.cli.internal.DockerOption docker;

    @Option(names = "--agent-jar", paramLabel = "FILE", defaultValue = "${env:TWINBENCH_AGENT_JAR}", description = "The agent jar the lab endpoint runs.")
    Path agentJar;

    @Option(names = "--agent-launcher", paramLabel = "DIR", defaultValue = "${env:TWINBENCH_AGENT_LAUNCHER}", description = "The agent's start script and JVM options (agent/packaging).")
    Path launcher;

    @Option(names = "--agent-java", paramLabel = "DIR", description = "The Java runtime the lab agent runs on (default: the agent's own runtime beside its jar, else this JVM's).")
    Path agentJava;

    @Option(names = "--agents", defaultValue = "1000", description = "Simulated agents the signed plan is dispatched to (default: ${DEFAULT-VALUE}; 0 skips it).")
    int agents;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        SigningKey alice = SigningKey.generate("alice");
        SigningKey bob = SigningKey.generate("bob");
        Plan plan = plan(Instant.now().plusSeconds(3600));
        Envelope one = sign(plan, alice);
        Envelope two = sign(plan, alice, bob);
        byte[] oneJson = one.toJson();
        byte[] twoJson = two.toJson();
        PlanVerifier single = new PlanVerifier(new TrustRoot(1, 1, List.of(alice.publicKey()), null));
        PlanVerifier fourEyes = new PlanVerifier(new TrustRoot(1, 2, List.of(alice.publicKey(), bob.publicKey()), null));
        byte[] pae = one.pae();
        byte[] sig = one.signatures().get(0).sig();
        out.printf("twinbench bench-plans: a plan of %d actions, envelope %,d bytes; %d rounds after %d to warm up%n", plan.actions().size(),
                oneJson.length, rounds, rounds / 4);
        double[] bare = time(() -> alice.publicKey().verifies(pae, sig));
        double[] verify1 = time(() -> single.verify(Envelope.fromJson(oneJson), "web-01", 0, Instant.now()));
        double[] verify2 = time(() -> fourEyes.verify(Envelope.fromJson(twoJson), "web-01", 0, Instant.now()));
        row(out, "bare Ed25519 verify", bare, "the comparison");
        row(out, "plan verify, 1 key", verify1, "target < 5 ms");
        row(out, "plan verify, 2 of 2 keys", verify2, "target < 5 ms");
        SigningKey carol = SigningKey.generate(io.twinbench.remedy.trust.KeyAlgorithm.ECDSA_P256, "carol");
        byte[] ecdsaJson = sign(plan, carol).toJson();
        PlanVerifier ecdsa = new PlanVerifier(new TrustRoot(1, 1, List.of(carol.publicKey()), null));
        row(out, "plan verify, ECDSA P-256 key", time(() -> ecdsa.verify(Envelope.fromJson(ecdsaJson), "web-01", 0, Instant.now())), "target < 5 ms");
        applyAndRollback(out);
        aptFetch(out);
        if (agents > 0) {
            new PlanDispatchBench(agents, out).run(alice);
        }
        if (labRoot != null && agentJar != null) {
            new PlanLabBench(out).run(docker.engine(), labRoot, agentJar, agentJava != null ? agentJava : LabFleet.Software.javaFor(agentJar), launcher, alice, 10);
        }
        return 0;
    }

    /** A package fetched as a plan artifact (apt-get download, checked against apt-cache's digest) beside a bare apt-get download. */
    private static void aptFetch(PrintWriter out) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("twinbench-bench-apt");
        try {
            double[] bare = new double[3];
            double[] fetch = new double[3];
            for (int round = 0; round < 3; round++) {
                long start = System.nanoTime();
                Process p = new ProcessBuilder("apt-get", "download", "-q", "hello").directory(dir.toFile()).redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor() != 0) {
                    out.printf("  %-30s skipped: apt-get download hello failed here (no apt mirror?)%n", "fetch from the apt mirror");
                    return;
                }
                bare[round] = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                io.twinbench.change.AptArtifacts.fetch(List.of("hello"), dir.resolve("pinned"));
                fetch[round] = (System.nanoTime() - start) / 1e6;
            }
            row(out, "bare apt-get download hello", bare, "the comparison");
            row(out, "plan fetch hello", fetch, "download, then the digest checked against apt-cache");
        } finally {
            try (var files = Files.walk(dir)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private void applyAndRollback(PrintWriter out) throws IOException, PlanFormatException, InterruptedException {
        Path root = Files.createTempDirectory("twinbench-bench-plans");
        try {
            Files.createDirectories(root.resolve("etc"));
            int files = 20;
            double[] apply = new double[10];
            double[] rollback = new double[10];
            double[] bare = new double[10];
            for (int round = 0; round < 10; round++) {
                for (int i = 0; i < files; i++) {
                    Files.writeString(root.resolve("etc/app" + i + ".conf"), "# config " + i + "\nPort 22\nPermitRootLogin yes\n");
                }
                LocalHost host = new LocalHost(root);
                PlanRunner runner = new PlanRunner(root.resolve("var/plans"), new Steps(host, n -> null), new CheckRunner(host), p -> { },
                        Clock.systemUTC());
                Plan plan = editPlan(files, round + 1);
                long start = System.nanoTime();
                if (!runner.apply(plan).applied()) {
                    throw new IOException("the bench plan did not apply");
                }
                apply[round] = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                runner.rollback(plan.id(), plan.version(), "bench");
                rollback[round] = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                for (int i = 0; i < files; i++) {
                    Path file = root.resolve("etc/bare" + i + ".conf");
                    Files.writeString(file, "# config\nPort 22\nPermitRootLogin no\n");
                    try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
                        channel.force(true);
                    }
                }
                bare[round] = (System.nanoTime() - start) / 1e6;
            }
            row(out, "bare write+fsync, " + files + " files", bare, "the comparison");
            row(out, "journaled apply, " + files + " edits", apply, "inverse and backup forced before each edit");
            row(out, "rollback, " + files + " edits", rollback, "");
        } finally {
            try (var walk = Files.walk(root)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Plan editPlan(int files, long version) throws PlanFormatException {
        StringBuilder actions = new StringBuilder();
        for (int i = 0; i < files; i++) {
            actions.append("  - edit: /etc/app").append(i).append(".conf\n    style: sshd\n    set: {PermitRootLogin: \"no\"}\n");
        }
        return new PlanReader().read("bench.yaml", "title: bench\ntargets: {endpoints: [web-01]}\nactions:\n" + actions)
                .approvedAs(version, Instant.now().plusSeconds(600), List.of("web-01"));
    }

    static Plan plan(Instant expires) throws PlanFormatException {
        return new PlanReader().read("bench.yaml", """
                title: Harden SSH and the kernel
                targets: {endpoints: [web-01]}
                actions:
                  - edit: /etc/ssh/sshd_config
                    style: sshd
                    set: {PermitRootLogin: "no", MaxAuthTries: "3", X11Forwarding: "no"}
                  - write: /etc/issue.net
                    content: "Authorised use only\\n"
                  - sysctl: net.ipv4.tcp_syncookies
                    value: "1"
                  - service: ssh
                    do: restart
                  - sysctl: kernel.kptr_restrict
                    value: "2"
                checks:
                  - tcp: 127.0.0.1:22
                """).approvedAs(Instant.now().getEpochSecond(), expires, List.of("web-01"));
    }

    private static Envelope sign(Plan plan, SigningKey... keys) {
        Envelope envelope = PlanStatement.unsigned(plan);
        for (SigningKey key : keys) {
            envelope = envelope.withSignature(key.sign(envelope));
        }
        return envelope;
    }

    private interface Work {
        Object run() throws Exception;
    }

    private double[] time(Work work) {
        double[] millis = new double[rounds];
        try {
            for (int i = 0; i < rounds / 4; i++) {
                work.run();
            }
            for (int i = 0; i < rounds; i++) {
                long start = System.nanoTime();
                work.run();
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
        } catch (Exception e) {
            throw new IllegalStateException("the bench's own plan failed: " + e.getMessage(), e);
        }
        return millis;
    }

    private static void row(PrintWriter out, String what, double[] millis, String note) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        out.printf("  %-30s median %8.3f ms  p99 %8.3f ms  max %8.3f ms  %s%n", what, sorted[sorted.length / 2],
                sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.99))], sorted[sorted.length - 1], note);
        out.flush();
    }
}
