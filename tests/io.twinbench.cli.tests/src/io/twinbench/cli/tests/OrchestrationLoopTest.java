package io.twinbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.twinbench.change.PlanCatalog;
import io.twinbench.change.WorkspaceTrust;
import io.twinbench.orchestrate.DockerSimulations;
import io.twinbench.orchestrate.LoopKey;
import io.twinbench.orchestrate.LoopSchedules;
import io.twinbench.orchestrate.LoopStage;
import io.twinbench.orchestrate.OrchestrationLoop;
import io.twinbench.remedy.plan.Plan;
import io.twinbench.remedy.trust.Delegation;
import io.twinbench.remedy.trust.Envelope;
import io.twinbench.remedy.trust.SigningKey;
import io.twinbench.remedy.trust.TrustRoot;
import io.twinbench.rollout.analysis.StoreMetrics;
import io.twinbench.rollout.engine.RolloutEngine;
import io.twinbench.sim.docker.DockerEngine;
import io.twinbench.sim.image.TwinImage;
import io.twinbench.sim.image.TwinImageBuilder;
import io.twinbench.sim.image.TwinImageRegistry;
import io.twinbench.store.Orchestrations;
import io.twinbench.store.PlanDeliveries;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.TwinStore;

/**
 * The orchestration loop on a real twin: a port scan scheduled on an endpoint's twin finds the
 * web server's port, the recommendation to disable it is checked on a twin, becomes a plan that
 * is tried on a twin with the agent's code and waits for approval; nothing goes out until an
 * approver signs it; then it rolls out and the loop reports. The endpoint's agent is played from
 * the store here (as in the rollout engine's tests); LabRolloutsTest runs rollouts on real agents.
 */
class OrchestrationLoopTest {

    private static final String SCAN = "name: scan\nphases:\n  - name: scan\n    duration: 2s\n    threat: port-scan\n";

    @Test
    void aScheduledScanBecomesAnApprovedPlanRolledOutAndReported(@TempDir Path dir) throws Exception {
        loop(dir, false);
    }

    @Test
    void aPlanOfPreApprovedKindsIsSignedByTheLoopItselfAndRolledOut(@TempDir Path dir) throws Exception {
        loop(dir, true);
    }

    @Test
    void theCommandsAttachListRunNowAndRemoveASchedule(@TempDir Path dir) throws Exception {
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(dir.resolve("ws")))) {
            store.snapshots().save(new io.twinbench.model.build.TwinBuilder("web-1", "web-1", new java.util.Date()).twin());
        }
        java.nio.file.Files.writeString(dir.resolve("scan.yaml"), SCAN);
        String ws = dir.resolve("ws").toString();
        String scan = dir.resolve("scan.yaml").toString();
        CommandRun badPeriod = CommandRun.run("orchestrate", "add", "web-1", "--scenario", scan, "--every", "6 hours", "--data", ws);
        assertEquals(1, badPeriod.code());
        assertEquals("'6 hours' is not a period such as 30m, 6h or 1d", badPeriod.err().strip());
        CommandRun noTwin = CommandRun.run("orchestrate", "add", "db-9", "--scenario", scan, "--every", "6h", "--data", ws);
        assertTrue(noTwin.err().contains("the workspace has no twin of db-9"), noTwin.err());
        CommandRun added = CommandRun.run("orchestrate", "add", "web-1", "--scenario", scan, "--every", "6h", "--data", ws);
        assertEquals(0, added.code(), added.err());
        CommandRun status = CommandRun.run("orchestrate", "status", "--data", ws);
        assertTrue(status.out().startsWith("web-1") && status.out().contains("waiting") && status.out().contains("scheduled by"), status.out());
        CommandRun busy = CommandRun.run("orchestrate", "run-now", "web-1", "nope", "--data", ws);
        assertTrue(busy.err().contains("web-1 has no schedule of scenario 'nope'"), busy.err());
        assertEquals(0, CommandRun.run("orchestrate", "run-now", "web-1", "scan", "--data", ws).code());
        assertTrue(CommandRun.run("orchestrate", "history", "web-1", "--data", ws).out().contains("run now, asked by"));
        assertEquals(0, CommandRun.run("orchestrate", "remove", "web-1", "scan", "--data", ws).code());
        assertTrue(CommandRun.run("orchestrate", "status", "--data", ws).out().startsWith("no schedule"));
    }

    @Test
    void aPredictedFailureRunsTheEndpointsScenarioAheadOfItsSchedule(@TempDir Path dir) throws Exception {
        String docker = System.getenv("TWINBENCH_TEST_DOCKER");
        Needed.needs(docker != null, "a Docker engine (./twinbench test provides one)");
        String endpoint = "predicted-" + Long.toString(System.nanoTime(), 36);
        Clock clock = Clock.systemUTC();
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(dir.resolve("ws")))) {
            io.twinbench.model.build.TwinBuilder b = new io.twinbench.model.build.TwinBuilder(endpoint, endpoint, new java.util.Date());
            b.element(io.twinbench.model.twin.TwinPackage.eINSTANCE.getDisk(), "disk/sda", "sda", e -> { });
            store.snapshots().save(b.twin());
            new LoopSchedules(store, clock).add(endpoint, "scan.yaml", SCAN, Duration.ofDays(1), null, "alice");
            PlanCatalog plans = new PlanCatalog(store, new WorkspaceTrust(dir.resolve("root.json")), clock);
            RolloutEngine rollouts = new RolloutEngine(store, clock, (plan, version) -> new StoreMetrics(store, plan, version));
            // the engine is real; this endpoint has no twin image yet, so the run it triggers says so
            try (OrchestrationLoop loop = new OrchestrationLoop(store, plans, rollouts, new DockerSimulations(new DockerEngine(docker, Duration.ofMinutes(1)),
                    store, LabPlansTest.agentJar(), Path.of(System.getProperty("java.home")), clock), clock, null)) {
                until(store, loop, endpoint, LoopStage.NEEDS_ATTENTION, Duration.ofSeconds(60)); // the first run, due when added
                Orchestrations.Schedule waiting = store.orchestrations().get(endpoint, "scan").orElseThrow();
                assertTrue(waiting.nextDue().isAfter(clock.instant().plus(Duration.ofHours(23))), "the next run is a day away");
                for (int i = 0; i < 3; i++) {
                    loop.step();
                }
                assertEquals(waiting.revision(), store.orchestrations().get(endpoint, "scan").orElseThrow().revision(), "nothing predicted: it waits");

                // the analysis predicts the disk full in two days: a new version of the twin carries the prediction
                io.twinbench.model.twin.Twin twin = store.snapshots().latest(endpoint).orElseThrow();
                io.twinbench.model.twin.Prediction p = io.twinbench.model.twin.TwinFactory.eINSTANCE.createPrediction();
                p.setElement(twin.findElement("disk/sda"));
                p.setFailureMode("disk full");
                p.setExpectedAt(java.util.Date.from(clock.instant().plus(Duration.ofDays(2))));
                p.setDescription("disk full: /var grows 2 GiB a day");
                twin.getFindings().add(p);
                store.snapshots().save(twin);
                long before = store.orchestrations().events(endpoint, 50).size();
                until(store, loop, endpoint, LoopStage.NEEDS_ATTENTION, Duration.ofSeconds(60), before + 3);
                List<Orchestrations.Event> events = store.orchestrations().events(endpoint, 50);
                assertTrue(events.stream().anyMatch(e -> e.detail().startsWith("prediction: disk full: /var grows 2 GiB a day, expected ")), events.toString());
                assertTrue(events.get(events.size() - 1).detail().contains("no image of twin '" + endpoint + "'"), events.toString());
                long after = events.size();
                for (int i = 0; i < 3; i++) {
                    loop.step();
                }
                assertEquals(after, store.orchestrations().events(endpoint, 50).size(), "one prediction moves the schedule up once");
            }
        }
    }

    /** The loop over one endpoint's twin; preApproved: the root lets the loop's key sign stopping and disabling services there. */
    private static void loop(Path dir, boolean preApproved) throws Exception {
        String docker = System.getenv("TWINBENCH_TEST_DOCKER");
        String rootfs = System.getenv("TWINBENCH_TEST_ROOTFS");
        Needed.needs(docker != null && rootfs != null, "a Docker engine and the tests' Debian root (./twinbench test provides both)");
        String endpoint = "loop-" + Long.toString(System.nanoTime(), 36);
        DockerEngine engine = new DockerEngine(docker, Duration.ofMinutes(5));
        Clock clock = Clock.systemUTC();
        TwinImage image = new TwinImageBuilder(engine, clock).build(new TwinImageBuilder.Request(endpoint, 1, Path.of(rootfs), List.of(), null),
                () -> false).image();
        SigningKey alice = SigningKey.generate("alice");
        Path rootFile = dir.resolve("root.json");
        SigningKey loopKey = LoopKey.openOrCreate(dir.resolve("loop"));
        assertEquals(loopKey.keyId(), LoopKey.openOrCreate(dir.resolve("loop")).keyId(), "the loop's key is made once and kept");
        List<Delegation> delegations = preApproved ? List.of(new Delegation(LoopKey.NAME, loopKey.publicKey(), List.of(endpoint),
                List.of("service:stop", "service:disable"))) : List.of();
        Envelope root = new TrustRoot(1, 1, List.of(alice.publicKey()), null, delegations).envelope();
        Files.write(rootFile, root.withSignature(alice.sign(root)).toJson());
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(dir.resolve("ws")))) {
            store.snapshots().save(new io.twinbench.model.build.TwinBuilder(endpoint, endpoint, new java.util.Date()).twin());
            PlanCatalog plans = new PlanCatalog(store, new WorkspaceTrust(rootFile), clock);
            RolloutEngine rollouts = new RolloutEngine(store, clock, (plan, version) -> new StoreMetrics(store, plan, version));
            LoopSchedules schedules = new LoopSchedules(store, clock);
            IllegalArgumentException named = assertThrows(IllegalArgumentException.class, () -> schedules.add(endpoint, "scan.yaml", SCAN,
                    Duration.ofHours(6), "plan: other\nstages:\n  - wave: 100%\n", "alice"));
            assertTrue(named.getMessage().contains("leave the plan line out"), named.getMessage());
            schedules.add(endpoint, "scan.yaml", SCAN, Duration.ofHours(6), "stages:\n  - wave: 100%\n", "alice");
            try (OrchestrationLoop loop = new OrchestrationLoop(store, plans, rollouts, new DockerSimulations(engine, store, LabPlansTest.agentJar(),
                    Path.of(System.getProperty("java.home")), clock), clock, dir.resolve("reports"), java.util.Optional.of(loopKey))) {
                Orchestrations.Schedule waiting = until(store, loop, endpoint, LoopStage.AWAITING_APPROVAL, Duration.ofMinutes(6));
                Plan plan = plans.plan(waiting.planId());
                assertTrue(plan.actions().stream().anyMatch(a -> a.toString().contains("lighttpd")), plan.actions().toString());
                // with a pre-approval the loop may have signed it already: its history keeps the twin run's word
                assertTrue(store.orchestrations().events(endpoint, 50).stream().anyMatch(e -> e.detail().startsWith("plan " + plan.id()
                        + " passed on its twin")), waiting.detail());
                if (!preApproved) {
                    for (int i = 0; i < 3; i++) {
                        loop.step();
                    }
                    assertEquals(LoopStage.AWAITING_APPROVAL, store.orchestrations().get(endpoint, "scan").orElseThrow().stage(),
                            "the loop's key signs nothing the root does not pre-approve");
                    assertTrue(store.plans().ofPlan(plan.id()).isEmpty(), "nothing reaches the endpoint before an approver signed");
                    plans.approve(plan.id(), alice, null, Duration.ofHours(1), null, "alice");
                }
                Orchestrations.Schedule rolling = until(store, loop, endpoint, LoopStage.ROLLING_OUT, Duration.ofSeconds(30));
                if (preApproved) {
                    io.twinbench.change.PlanStatus status = plans.status(plan.id()).orElseThrow();
                    assertEquals(io.twinbench.change.PlanState.SIGNED, status.state());
                    assertTrue(status.signers().isEmpty(), "no approver signed it: " + status.signers());
                    assertTrue(store.orchestrations().events(endpoint, 50).stream().anyMatch(e -> e.detail().startsWith(
                            "signed by the loop's key: the root of trust pre-approves service:stop, service:disable on " + endpoint)),
                            store.orchestrations().events(endpoint, 50).toString());
                    // as the endpoint's agent checks it: the plan verifies against the root on the endpoint it names
                    assertEquals(plan.id(), plans.verified(plans.signed(plan.id()).envelope()).id());
                }
                assertEquals(plan.id() + "@" + plans.signed(plan.id()).version(), rolling.rolloutId());
                // the endpoint's agent, played from the store: the plan accepted, applied and confirmed
                for (int i = 0; i < 20 && !LoopStage.WAITING.equals(store.orchestrations().get(endpoint, "scan").orElseThrow().stage()); i++) {
                    rollouts.step();
                    for (PlanDeliveries.Delivery d : store.plans().ofPlan(plan.id())) {
                        if (d.state().equals(PlanDeliveries.PENDING)) {
                            for (String state : List.of("accepted", "awaiting-confirmation", "confirmed")) {
                                store.plans().report(new PlanDeliveries.Report(d.agentId(), d.planId(), d.version(), clock.instant(), "PLAN", -1, state, state));
                            }
                        }
                    }
                    loop.step();
                }
                Orchestrations.Schedule done = store.orchestrations().get(endpoint, "scan").orElseThrow();
                assertEquals(LoopStage.WAITING, done.stage(), done.detail());
                assertTrue(done.detail().startsWith("rolled out and monitored: rollout " + rolling.rolloutId() + " succeeded; report: "), done.detail());
                assertTrue(Files.readString(Path.of(done.detail().substring(done.detail().indexOf("report: ") + 8))).contains("<h1>Rollout"));
                List<String> stages = store.orchestrations().events(endpoint, 50).stream().map(Orchestrations.Event::stage).toList();
                List<String> expected = new java.util.ArrayList<>(List.of(LoopStage.WAITING, LoopStage.SIMULATING, LoopStage.TRYING_ON_TWIN,
                        LoopStage.AWAITING_APPROVAL));
                if (preApproved) {
                    expected.add(LoopStage.AWAITING_APPROVAL); // signed by the loop
                }
                expected.addAll(List.of(LoopStage.ROLLING_OUT, LoopStage.WAITING));
                assertEquals(expected, stages);
            }
        } finally {
            new TwinImageRegistry(engine, clock).remove(image.id());
        }
    }

    /** Steps the loop until the schedule reaches the stage; fails with where it is instead. */
    private static Orchestrations.Schedule until(TwinStore store, OrchestrationLoop loop, String endpoint, String stage, Duration most) throws Exception {
        return until(store, loop, endpoint, stage, most, 0);
    }

    /** As above, once its history has at least this many events. */
    private static Orchestrations.Schedule until(TwinStore store, OrchestrationLoop loop, String endpoint, String stage, Duration most, long events)
            throws Exception {
        long end = System.nanoTime() + most.toNanos();
        Orchestrations.Schedule s = null;
        while (System.nanoTime() < end) {
            loop.step();
            s = store.orchestrations().get(endpoint, "scan").orElseThrow();
            if (s.stage().equals(stage) && store.orchestrations().events(endpoint, 100).size() >= events) {
                return s;
            }
            if (s.stage().equals(LoopStage.NEEDS_ATTENTION) && !stage.equals(LoopStage.NEEDS_ATTENTION)) {
                break;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the schedule did not reach " + stage + ": it is " + (s == null ? "?" : s.stage() + ": " + s.detail()));
    }
}
