package io.twinbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.twinbench.ingest.collector.Collector;
import io.twinbench.ingest.collector.CollectorListener;
import io.twinbench.ingest.collector.CollectorTls;
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
import io.twinbench.rollout.cohort.Cohorts;
import io.twinbench.rollout.engine.DecisionKind;
import io.twinbench.rollout.engine.RolloutDriver;
import io.twinbench.rollout.engine.RolloutEngine;
import io.twinbench.rollout.engine.RolloutState;
import io.twinbench.rollout.spec.RolloutSpecReader;
import io.twinbench.sim.docker.DockerEngine;
import io.twinbench.sim.lab.LabEndpoint;
import io.twinbench.sim.lab.LabFleet;
import io.twinbench.store.PlanDeliveries;
import io.twinbench.store.PlanTrials;
import io.twinbench.store.Rollouts;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.TwinStore;

/**
 * Rollouts on six lab endpoints, each a container running the real agent and lighttpd, its error
 * log followed by the agent, moved on by the engine as the workbench runs it (a step a second):
 * a good plan goes through its canaries and the wave to every endpoint, carried on by a new engine
 * after the first stopped mid-rollout; a plan that makes the canaries' web server log errors fails
 * their analysis, is rolled back from them by their agents, and never reaches the other endpoints;
 * a halt during the wave leaves every endpoint as it was.
 */
class LabRolloutsTest {

    private static final int ENDPOINTS = 6;
    private static Path workspace;
    private static TwinStore store;
    private static Collector collector;
    private static LabFleet lab;
    private static RolloutDriver driver;
    private static RolloutEngine engine;
    private static final SigningKey ALICE = SigningKey.generate("alice");
    private static List<String> fleet;

    @BeforeAll
    static void labFleet() throws Exception {
        String docker = System.getenv("TWINBENCH_TEST_DOCKER");
        String rootfs = System.getenv("TWINBENCH_TEST_ROOTFS");
        Needed.needs(docker != null && rootfs != null, "a Docker engine and the tests' Debian root (./twinbench test provides both)");
        workspace = Files.createTempDirectory("twinbench-lab-rollouts");
        store = TwinStore.open(StoreLocation.fromEnvironment(java.util.Map.of(), workspace));
        CertificateAuthority ca = CertificateAuthority.openOrCreate(workspace.resolve(".twinbench/ca"), Clock.systemUTC());
        Enrollment enrollment = new Enrollment(ca, store.enrollments(), Clock.systemUTC());
        Envelope root = new TrustRoot(1, 1, List.of(ALICE.publicKey()), null).envelope();
        byte[] rootBytes = root.withSignature(ALICE.sign(root)).toJson();
        collector = new Collector(CollectorTls.issue(ca, List.of("127.0.0.1")), enrollment, store, new CollectorListener() { }, Clock.systemUTC());
        collector.trustRoot(() -> java.util.Optional.of(rootBytes));
        collector.start(new InetSocketAddress("127.0.0.1", 0));
        lab = new LabFleet(new DockerEngine(docker, Duration.ofSeconds(60)), Clock.systemUTC());
        List<LabEndpoint> up = lab.up("shop", ENDPOINTS, Path.of(rootfs), LabFleet.Software.forAgent(LabPlansTest.agentJar(),
                LabPlansTest.agentJar().getParent().getParent().resolve("packaging"), List.of("lighttpd", "cron"), 2), id -> {
                    try {
                        return enrollment.newToken(Duration.ofMinutes(10), id).value();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, new InetSocketAddress("127.0.0.1", collector.port()));
        fleet = up.stream().map(LabEndpoint::name).toList();
        await("all six agents streaming", Duration.ofSeconds(240), () -> fleet.stream().allMatch(LabRolloutsTest::streaming));
        engine = new RolloutEngine(store, Clock.systemUTC(), (id, version) -> new StoreMetrics(store, id, version));
        driver = new RolloutDriver(engine, Duration.ofSeconds(1));
    }

    @AfterAll
    static void removeLab() throws Exception {
        if (driver != null) {
            driver.close();
        }
        if (lab != null) {
            lab.down();
            lab.close();
        }
        if (collector != null) {
            collector.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void aGoodPlanGoesThroughTheCanariesAndTheWaveToEveryEndpoint() throws Exception {
        Plan plan = plan("""
                id: tag-web
                title: Tag the web server
                targets: {endpoints: [shop-1]}
                actions:
                  - edit: /etc/lighttpd/lighttpd.conf
                    style: ini
                    set: {server.tag: '"shop-rollout"'}
                  - service: lighttpd
                    do: restart
                checks:
                  - tcp: 127.0.0.1:80
                """);
        String id = start(plan, """
                plan: tag-web
                stages:
                  - canary: 2
                    bake: 6s
                  - wave: 100%
                    bake: 4s
                analysis:
                  interval: 2s
                  metrics:
                    - name: checks
                      measure: checks
                      count: 2
                      failure: "min < 1.0"
                    - name: errors
                      measure: error-log-lines
                      count: 2
                      failure: "max > 30.0"
                """);
        // the workbench stops once the canaries passed, and starts again: a new engine carries on from the store
        await("the canaries to pass", Duration.ofMinutes(3), () -> store.rollouts().get(id).filter(r -> r.stage() == 2).orElse(null));
        driver.close();
        engine = new RolloutEngine(store, Clock.systemUTC(), (planId, version) -> new StoreMetrics(store, planId, version));
        driver = new RolloutDriver(engine, Duration.ofSeconds(1));
        Rollouts.Rollout done = finish(id, Duration.ofMinutes(4));
        assertEquals(RolloutState.SUCCEEDED, done.state(), store.rollouts().decisions(id).toString());
        for (String endpoint : fleet) {
            assertEquals("confirmed", store.plans().get(endpoint, plan.id(), plan.version()).orElseThrow().state(), endpoint);
            assertTrue(lab.exec(endpoint, "cat", "/etc/lighttpd/lighttpd.conf").contains("server.tag = \"shop-rollout\""), endpoint);
        }
    }

    @Test
    void aPlanThatMakesTheCanariesLogErrorsIsRolledBackFromThemAndNeverReachesTheOthers() throws Exception {
        // a cron job the plan writes: every minute, 50 error lines in the web server's error log, one a second
        Plan plan = plan("""
                id: noisy-web
                title: A web server that logs errors
                targets: {endpoints: [shop-1]}
                actions:
                  - write: /etc/cron.d/twinbench-noise
                    content: "* * * * * root for i in $(seq 50); do echo \\"(upstream.c.42) ERROR upstream timed out\\" >> /var/log/lighttpd/error.log; sleep 1; done\\n"
                    owner: root
                    mode: "0644"
                """);
        String spec = """
                plan: noisy-web
                seed: 5
                baseline: 2
                stages:
                  - canary: 2
                    bake: 100s
                  - wave: 100%
                analysis:
                  interval: 10s
                  metrics:
                    - name: errors
                      measure: error-log-lines
                      count: 9
                      failure: "max > 20.0"
                """;
        Set<String> canaries = new HashSet<>(Cohorts.assign(new RolloutSpecReader().read("r.yaml", spec), fleet).stages().get(0));
        String id = start(plan, spec);
        Rollouts.Rollout done = finish(id, Duration.ofMinutes(5));
        assertEquals(RolloutState.ROLLED_BACK, done.state(), store.rollouts().decisions(id).toString());
        Rollouts.Decision failed = store.rollouts().decisions(id).stream().filter(d -> d.kind().equals(DecisionKind.FAILED)).findFirst().orElseThrow();
        assertTrue(failed.detail().contains("metric errors failed: failure condition max > 20.0 holds"), failed.detail());
        Set<String> touched = new HashSet<>(store.plans().ofPlan(plan.id()).stream().map(PlanDeliveries.Delivery::agentId).toList());
        assertEquals(canaries, touched, "only the canaries were ever sent the plan");
        for (String endpoint : canaries) {
            assertEquals("rolled-back", store.plans().get(endpoint, plan.id(), plan.version()).orElseThrow().state(), endpoint);
            assertEquals("gone", lab.exec(endpoint, "sh", "-c", "test -e /etc/cron.d/twinbench-noise && echo there || echo gone").trim(), endpoint);
        }
    }

    /**
     * A service a plan installs and starts: an error line in the web server's log every second
     * (60 a minute) from the moment it starts, for as long as its script exists, so the plan's
     * rollback (which deletes the script) stops it too.
     */
    private static String errorsEverySecond(String id, String service) {
        return """
                id: %1$s
                title: A web server that logs an error a second
                targets: {endpoints: [shop-1]}
                actions:
                  - write: /etc/init.d/%2$s
                    owner: root
                    mode: "0755"
                    content: |
                      #!/bin/sh
                      case "$1" in
                        start) setsid sh -c 'while [ -e /etc/init.d/%2$s ]; do echo "(upstream.c.42) ERROR upstream timed out" >> /var/log/lighttpd/error.log; sleep 1; done' < /dev/null > /dev/null 2>&1 &
                          echo $! > /run/%2$s.pid ;;
                        status) [ -e /run/%2$s.pid ] && kill -0 "$(cat /run/%2$s.pid)" 2> /dev/null ;;
                        stop) [ -e /run/%2$s.pid ] && kill "$(cat /run/%2$s.pid)" 2> /dev/null; rm -f /run/%2$s.pid ;;
                      esac
                  - service: %2$s
                    do: start
                """.formatted(id, service);
    }

    private static String running(String endpoint, String service) throws Exception {
        return lab.exec(endpoint, "sh", "-c", "test -e /etc/init.d/" + service + " && echo there || echo gone").trim();
    }

    /** Error lines a minute: far under a threshold of 200, compared (one-sided, alpha 0.01) with the endpoints left unchanged or the other arm. */
    private static final String ERRORS_AGAINST_THE_OTHERS = """
            analysis:
              interval: 10s
              metrics:
                - name: errors
                  measure: error-log-lines
                  count: 6
                  failure: "max > 200.0"
                  compare: {alpha: 0.01, worse: higher}
            """;

    @Test
    void aPlanUnderItsThresholdButWorseThanTheUnchangedBaselineFailsTheComparison() throws Exception {
        Plan plan = plan(errorsEverySecond("chatty-web", "twinbench-chatty"));
        // 60 error lines a minute stays far under the fixed threshold; the baseline logs none
        String spec = """
                plan: chatty-web
                seed: 11
                baseline: 2
                stages:
                  - canary: 2
                    bake: 60s
                  - wave: 100%
                """ + ERRORS_AGAINST_THE_OTHERS;
        Set<String> canaries = new HashSet<>(Cohorts.assign(new RolloutSpecReader().read("r.yaml", spec), fleet).stages().get(0));
        String id = start(plan, spec);
        Rollouts.Rollout done = finish(id, Duration.ofMinutes(6));
        assertEquals(RolloutState.ROLLED_BACK, done.state(), store.rollouts().decisions(id).toString());
        Rollouts.Decision failed = store.rollouts().decisions(id).stream().filter(d -> d.kind().equals(DecisionKind.FAILED)).findFirst().orElseThrow();
        assertTrue(failed.detail().startsWith("metric errors is significantly worse than the baseline: Mann-Whitney U"), failed.detail());
        assertTrue(store.rollouts().measurements(id, 1).stream().allMatch(m -> m.outcome().equals("successful")),
                "every measurement stayed under the fixed threshold");
        assertEquals(canaries, new HashSet<>(store.plans().ofPlan(plan.id()).stream().map(PlanDeliveries.Delivery::agentId).toList()));
        for (String endpoint : canaries) {
            assertEquals("rolled-back", store.plans().get(endpoint, plan.id(), plan.version()).orElseThrow().state(), endpoint);
            assertEquals("gone", running(endpoint, "twinbench-chatty"), endpoint);
        }
    }

    @Test
    void anABRolloutPromotesTheBetterPlanToEveryEndpointAndRollsTheOtherBack() throws Exception {
        Plan chatty = plan(errorsEverySecond("chatty-ab", "twinbench-chatty-ab"));
        Plan quiet = plan("""
                id: quiet-ab
                title: A login banner
                targets: {endpoints: [shop-1]}
                actions:
                  - write: /etc/issue.net
                    content: "Monitored system\\n"
                """, chatty.version() + 1);
        String spec = """
                plan: chatty-ab
                seed: 13
                ab: {plan: quiet-ab, arm: 2, bake: 60s}
                stages:
                  - wave: 100%
                """ + ERRORS_AGAINST_THE_OTHERS;
        Cohorts cohorts = Cohorts.assign(new RolloutSpecReader().read("ab.yaml", spec), fleet);
        String id = engine.start("ab.yaml", spec, signed(chatty), signed(quiet), "alice").id();
        Rollouts.Rollout done = finish(id, Duration.ofMinutes(7));
        assertEquals(RolloutState.SUCCEEDED, done.state(), store.rollouts().decisions(id).toString());
        assertEquals("b", done.winner());
        Rollouts.Decision decided = store.rollouts().decisions(id).stream().filter(d -> d.kind().equals(DecisionKind.AB_DECIDED)).findFirst().orElseThrow();
        assertTrue(decided.detail().startsWith("quiet-ab won: errors: median"), decided.detail());
        for (String endpoint : cohorts.arm("a")) {
            assertEquals("rolled-back", store.plans().get(endpoint, chatty.id(), chatty.version()).orElseThrow().state(), endpoint);
            assertEquals("gone", running(endpoint, "twinbench-chatty-ab"), endpoint);
        }
        assertEquals(new HashSet<>(cohorts.arm("a")), new HashSet<>(store.plans().ofPlan(chatty.id()).stream().map(PlanDeliveries.Delivery::agentId)
                .toList()), "the losing plan reached its arm only");
        for (String endpoint : fleet) {
            assertEquals("confirmed", store.plans().get(endpoint, quiet.id(), quiet.version()).orElseThrow().state(), endpoint);
            assertTrue(lab.exec(endpoint, "cat", "/etc/issue.net").contains("Monitored system"), endpoint);
        }
    }

    @Test
    void haltingDuringTheWaveLeavesEveryEndpointAsItWas() throws Exception {
        Plan plan = plan("""
                id: banner-web
                title: A login banner
                targets: {endpoints: [shop-1]}
                actions:
                  - write: /etc/issue.net
                    content: "Authorised use only\\n"
                """);
        String id = start(plan, """
                plan: banner-web
                stages:
                  - canary: 1
                    bake: 1s
                  - wave: 100%
                    bake: 10m
                """);
        await("the wave to be applied", Duration.ofMinutes(3), () -> store.rollouts().get(id)
                .filter(r -> r.stage() == 2 && r.state().equals(RolloutState.BAKING)).orElse(null));
        assertEquals(List.of(id), engine.haltAll("bob", "incident 42"));
        Rollouts.Rollout done = finish(id, Duration.ofMinutes(3));
        assertEquals(RolloutState.ROLLED_BACK, done.state());
        for (String endpoint : fleet) {
            assertEquals("rolled-back", store.plans().get(endpoint, plan.id(), plan.version()).orElseThrow().state(), endpoint);
            assertTrue(!lab.exec(endpoint, "sh", "-c", "cat /etc/issue.net 2>/dev/null || true").contains("Authorised use only"), endpoint + " keeps the banner");
        }
    }

    private static Plan plan(String yaml) throws Exception {
        return plan(yaml, Instant.now().getEpochSecond());
    }

    private static Plan plan(String yaml, long version) throws Exception {
        Plan plan = new PlanReader().read("lab.yaml", yaml).approvedAs(version, Instant.now().plusSeconds(1800), fleet);
        store.trials().record(new PlanTrials.Trial(PlanDocument.digest(plan), plan.id(), "shop-1", "twinbench-lab", Instant.now(), true, "passed", ""));
        return plan;
    }

    private static RolloutEngine.Signed signed(Plan plan) {
        Envelope unsigned = PlanStatement.unsigned(plan);
        return new RolloutEngine.Signed(plan, unsigned.withSignature(ALICE.sign(unsigned)).toJson());
    }

    private static String start(Plan plan, String spec) throws Exception {
        return engine.start("rollout.yaml", spec, signed(plan), null, "alice").id();
    }

    private static Rollouts.Rollout finish(String id, Duration most) throws Exception {
        return await("rollout " + id + " to finish", most, () -> store.rollouts().get(id).filter(r -> RolloutState.FINISHED.contains(r.state()))
                .orElse(null));
    }

    private static boolean streaming(String endpoint) {
        try {
            return store.agentStreams().lastSeq(endpoint) > 0;
        } catch (io.twinbench.store.StoreException e) {
            return false;
        }
    }

    private static <T> T await(String what, Duration most, java.util.concurrent.Callable<T> condition) throws Exception {
        return LabPlansTest.await(what, most, condition);
    }
}
