package io.twinbench.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;

import io.twinbench.remedy.apply.CheckRunner;
import io.twinbench.remedy.apply.LocalHost;
import io.twinbench.remedy.apply.PlanRunner;
import io.twinbench.remedy.apply.Steps;
import io.twinbench.remedy.plan.Plan;
import io.twinbench.remedy.plan.PlanReader;
import io.twinbench.remedy.trust.Envelope;
import io.twinbench.remedy.trust.PlanStatement;
import io.twinbench.remedy.trust.PlanVerifier;
import io.twinbench.remedy.trust.SigningKey;
import io.twinbench.remedy.trust.TrustRoot;

/**
 * A plan applied and rolled back inside a scratch directory, at the start whose loaded classes
 * the launcher keeps for its class-data archive: the classes verifying and applying a plan then
 * come from the archive when a real plan arrives, instead of being loaded one by one while the
 * agent applies it (which is when its memory peaks). Touches nothing outside the scratch directory.
 */
final class PlanWarmUp {

    private static final Logger LOG = Logger.getLogger(PlanWarmUp.class.getName());
    /** Set by the launcher on the start that writes the class list. */
    static final String ENVIRONMENT = "TWINBENCH_AGENT_CLASS_LIST";

    private PlanWarmUp() {
    }

    static void startIfListing() {
        if (System.getenv(ENVIRONMENT) != null) {
            Thread thread = new Thread(PlanWarmUp::run, "twinbench-agent-plan-warm-up");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        }
    }

    static void run() {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("twinbench-warm-up");
            Path root = Files.createDirectories(scratch.resolve("root/etc"));
            Files.writeString(root.resolve("warm-up.conf"), "# warm-up\nkey = old\n");
            Plan plan = new PlanReader().read("warm-up.yaml", """
                    id: warm-up
                    title: Warm-up
                    targets: {endpoints: [warm-up]}
                    confirmTimeout: 1m
                    actions:
                      - edit: /etc/warm-up.conf
                        style: ini
                        set: {key: new}
                      - write: /etc/warm-up.txt
                        content: "warm\\n"
                    checks:
                      - file: /etc/warm-up.txt
                        sha256: 855fe6882de49825c98850b11d8e573f0485ac8c48c2e0c2ba2fa4459ead2365
                    """).approvedAs(1, Instant.now().plusSeconds(60), List.of("warm-up"));
            SigningKey key = SigningKey.generate("warm-up");
            Envelope unsigned = PlanStatement.unsigned(plan);
            Envelope signed = Envelope.fromJson(unsigned.withSignature(key.sign(unsigned)).toJson());
            Plan verified = new PlanVerifier(new TrustRoot(1, 1, List.of(key.publicKey()), null)).verify(signed, "warm-up", 0, Instant.now());
            LocalHost host = new LocalHost(scratch.resolve("root"));
            PlanRunner runner = new PlanRunner(scratch.resolve("plans"), new Steps(host, name -> null), new CheckRunner(host), progress -> { },
                    Clock.systemUTC());
            PlanRunner.Outcome outcome = runner.apply(verified);
            if (outcome.applied()) {
                runner.rollback(verified.id(), verified.version(), "warm-up");
            }
        } catch (Exception e) {
            LOG.fine("the plan warm-up did not finish: " + e);
        } finally {
            delete(scratch);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.fine("the warm-up left " + dir + ": " + e.getMessage());
        }
    }
}
