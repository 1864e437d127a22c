package io.twinbench.orchestrate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.twinbench.change.PlanCatalog;
import io.twinbench.change.PlanFromSimulation;
import io.twinbench.change.PlanState;
import io.twinbench.change.PlanStatus;
import io.twinbench.change.PlanTwinRun;
import io.twinbench.remedy.plan.Plan;
import io.twinbench.remedy.plan.PlanReader;
import io.twinbench.rollout.engine.RolloutEngine;
import io.twinbench.rollout.engine.RolloutReport;
import io.twinbench.rollout.engine.RolloutState;
import io.twinbench.sim.scenario.Scenario;
import io.twinbench.sim.scenario.ScenarioReader;
import io.twinbench.sim.simulate.SimulationReport;
import io.twinbench.sim.simulate.TwinRecommendations;
import io.twinbench.store.Orchestrations.Schedule;
import io.twinbench.store.Rollouts;
import io.twinbench.store.TwinStore;

/**
 * The seed's loop, for each endpoint with a schedule: run the scenarios attached to it on its
 * twin when due; when the simulation finds an issue, make a plan from the recommendations the
 * twins confirmed and try it on the twin; wait for an approver's signature (nothing reaches an
 * endpoint without one); roll the signed plan out with the schedule's rollout spec; follow the
 * rollout through its analysis; and keep its report. Where each schedule is lives in the store,
 * so a loop started again carries on; simulations and twin runs (minutes) run on a worker
 * beside the step, one at a time, since they load the machine.
 */
public final class OrchestrationLoop implements AutoCloseable {

    /** A simulation or twin run that has not moved for this long was left by a process that stopped: it runs again. */
    static final Duration ABANDONED = Duration.ofHours(2);
    private static final Logger LOG = Logger.getLogger(OrchestrationLoop.class.getName());
    private final TwinStore store;
    private final PlanCatalog plans;
    private final RolloutEngine rollouts;
    private final Simulations simulations;
    private final Clock clock;
    private final Path reports;
    private final java.util.Optional<io.twinbench.remedy.trust.SigningKey> loopKey;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> daemon(r, "twinbench-loop-twins"));
    private final Set<String> working = ConcurrentHashMap.newKeySet();
    /** Per endpoint, the twin version last read for predictions, and the predictions that already moved a schedule up. */
    private final java.util.Map<String, Long> predictionsRead = new ConcurrentHashMap<>();
    private final Set<String> predictionsActedOn = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService timer;
    private volatile boolean closed;

    /** reports: the directory each finished rollout's HTML report is written to. */
    public OrchestrationLoop(TwinStore store, PlanCatalog plans, RolloutEngine rollouts, Simulations simulations, Clock clock, Path reports) {
        this(store, plans, rollouts, simulations, clock, reports, java.util.Optional.empty());
    }

    /**
     * As above, with the loop's own key ({@link LoopKey}): a plan inside what the root of trust
     * pre-approves for it is signed by the loop and rolled out without waiting for an approver.
     */
    public OrchestrationLoop(TwinStore store, PlanCatalog plans, RolloutEngine rollouts, Simulations simulations, Clock clock, Path reports,
            java.util.Optional<io.twinbench.remedy.trust.SigningKey> loopKey) {
        this.loopKey = loopKey;
        this.store = store;
        this.plans = plans;
        this.rollouts = rollouts;
        this.simulations = simulations;
        this.clock = clock;
        this.reports = reports;
    }

    /** Steps every schedule at this period until closed. */
    public synchronized OrchestrationLoop start(Duration period) {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "twinbench-loop"));
            timer.scheduleWithFixedDelay(() -> {
                try {
                    step();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "a step of the orchestration loop failed, tried again in " + period.toSeconds() + " s: " + e.getMessage(), e);
                }
            }, 0, period.toMillis(), TimeUnit.MILLISECONDS);
        }
        return this;
    }

    /** Moves every schedule on by what the store says; simulations and twin runs are handed to the worker. */
    public void step() {
        for (Schedule s : store.orchestrations().all()) {
            if (!closed) {
                step(s);
            }
        }
    }

    private void step(Schedule s) {
        Instant now = clock.instant();
        switch (s.stage()) {
            case LoopStage.WAITING, LoopStage.NEEDS_ATTENTION -> {
                if (now.isBefore(s.nextDue())) {
                    predicted(s, now).ifPresent(why -> move(s, s.stage(), now, s.planId(), s.rolloutId(), why));
                } else if (claim(s)) {
                    String key = key(s);
                    working.add(key);
                    worker.execute(() -> {
                        try {
                            simulate(key);
                        } finally {
                            working.remove(key);
                        }
                    });
                }
            }
            case LoopStage.SIMULATING, LoopStage.TRYING_ON_TWIN -> {
                if (!working.contains(key(s)) && now.isAfter(s.updated().plus(ABANDONED))) {
                    move(s, LoopStage.WAITING, now, null, null, "the process running it stopped " + s.stage() + "; it runs again");
                }
            }
            case LoopStage.AWAITING_APPROVAL -> awaitApproval(s, now);
            case LoopStage.ROLLING_OUT, LoopStage.MONITORING -> follow(s, now);
            default -> {
            }
        }
    }

    /** How far ahead a predicted failure moves an endpoint's simulations up. */
    static final Duration PREDICTION_HORIZON = Duration.ofDays(7);

    /**
     * A failure the analysis predicts for the endpoint within the horizon, not acted on yet: the
     * reason to simulate now rather than at the next run. The twin is read again only when a new
     * version of it was stored.
     */
    private Optional<String> predicted(Schedule s, Instant now) {
        long version = store.snapshots().latestVersionNumber(s.endpointId());
        Long read = predictionsRead.put(s.endpointId() + "\n" + s.scenarioName(), version);
        if (read != null && read == version) {
            return Optional.empty();
        }
        Optional<io.twinbench.model.twin.Twin> twin = store.snapshots().latest(s.endpointId());
        if (twin.isEmpty()) {
            return Optional.empty();
        }
        for (io.twinbench.model.twin.Finding finding : twin.get().getFindings()) {
            if (finding instanceof io.twinbench.model.twin.Prediction p && p.getExpectedAt() != null
                    && p.getExpectedAt().toInstant().isBefore(now.plus(PREDICTION_HORIZON))
                    && predictionsActedOn.add(s.endpointId() + "\n" + s.scenarioName() + "\n" + p.getDescription() + "\n" + p.getExpectedAt().getTime())) {
                return Optional.of("prediction: " + p.getDescription() + ", expected " + p.getExpectedAt().toInstant() + "; simulating '" + s.scenarioName()
                        + "' ahead of its schedule");
            }
        }
        return Optional.empty();
    }

    private boolean claim(Schedule s) {
        return store.orchestrations().move(s.moved(LoopStage.SIMULATING, s.nextDue(), null, null, "simulating scenario '" + s.scenarioName()
                + "' on a fresh twin of " + s.endpointId(), clock.instant()));
    }

    private void simulate(String key) {
        Schedule s = current(key).orElse(null);
        if (s == null || !LoopStage.SIMULATING.equals(s.stage())) {
            return;
        }
        Instant next = clock.instant().plus(s.every());
        try {
            Scenario scenario = new ScenarioReader().read(s.scenarioName() + ".yaml", s.scenario());
            SimulationReport report = simulations.simulate(s.endpointId(), scenario, () -> closed);
            TwinRecommendations.recordInLatest(store, s.endpointId(), report, java.util.Date.from(clock.instant()));
            Optional<PlanFromSimulation.Draft> draft = report.recommendations().isEmpty() ? Optional.empty()
                    : plans.fromSimulation(s.endpointId(), "the schedule", scenario.name(), s.scenario(), "orchestration loop");
            if (draft.isEmpty()) {
                s = current(key).orElseThrow();
                move(s, LoopStage.WAITING, next, null, null, "no issue: " + (report.bottleneck() == null ? "nothing saturated"
                        : report.bottleneck().resource() + " saturated first but no change an endpoint makes relieved it on the twin"));
                return;
            }
            Plan plan = new PlanReader().read("simulation.yaml", draft.get().text());
            s = current(key).orElseThrow();
            if (!move(s, LoopStage.TRYING_ON_TWIN, next, plan.id(), null, "issue found: " + (report.bottleneck() == null ? "a threat's finding"
                    : report.bottleneck().resource() + " saturated first") + "; plan " + plan.id() + " made from " + draft.get().actions()
                    + " checked recommendation(s); trying it on the twin")) {
                return;
            }
            PlanTwinRun.Outcome outcome = simulations.tryOnTwin(plan, s.endpointId(), scenario);
            s = current(key).orElseThrow();
            if (outcome.passed()) {
                move(s, LoopStage.AWAITING_APPROVAL, next, plan.id(), null, "plan " + plan.id() + " passed on its twin (" + outcome.summary()
                        + "): approve it (Plans view, or ./twinbench plan approve " + plan.id() + ") and the loop rolls it out");
            } else {
                move(s, LoopStage.NEEDS_ATTENTION, next, plan.id(), null, "plan " + plan.id() + " failed on its twin: " + outcome.summary());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            current(key).ifPresent(now -> move(now, LoopStage.NEEDS_ATTENTION, next, now.planId(), null, (LoopStage.SIMULATING.equals(now.stage())
                    ? "the simulation could not run: " : "the twin run could not run: ") + e.getMessage()));
        }
    }

    private void awaitApproval(Schedule s, Instant now) {
        Optional<PlanStatus> status;
        try {
            status = plans.status(s.planId());
        } catch (IOException e) {
            return; // the trust root could not be read now; tried again at the next step
        }
        if (status.isEmpty()) {
            move(s, LoopStage.WAITING, s.nextDue(), null, null, "plan " + s.planId() + " was removed from the workspace before it was approved");
            return;
        }
        PlanState state = status.get().state();
        if ((state == PlanState.TESTED || state == PlanState.APPROVED) && loopKey.isPresent() && signAsPreApproved(s)) {
            return; // signed: the next step rolls it out
        }
        if (state == PlanState.SIGNED) {
            startRollout(s, now);
        } else if (state == PlanState.DELIVERED || state == PlanState.APPLIED || state == PlanState.ROLLED_BACK || state == PlanState.REFUSED) {
            move(s, LoopStage.WAITING, s.nextDue(), s.planId(), null, "plan " + s.planId() + " was pushed outside the loop (" + state.label() + ")");
        }
    }

    /**
     * Signs the plan with the loop's key when the root pre-approves every endpoint and kind of
     * action it has for that key; true when it did. A plan outside stays for an approver.
     */
    private boolean signAsPreApproved(Schedule s) {
        try {
            io.twinbench.remedy.trust.TrustRoot root = plans.trustRoot().orElse(null);
            if (root == null) {
                return false;
            }
            Optional<io.twinbench.remedy.trust.Delegation> delegation = root.delegation(loopKey.get().keyId());
            Plan plan = plans.plan(s.planId());
            if (delegation.isEmpty() || plan.targets().endpoints().isEmpty()
                    || plan.targets().endpoints().stream().anyMatch(e -> delegation.get().outside(plan, e) != null)) {
                return false;
            }
            plans.approve(s.planId(), loopKey.get(), null, Duration.ofHours(24), null, "orchestration loop");
            move(s, LoopStage.AWAITING_APPROVAL, s.nextDue(), s.planId(), null, "signed by the loop's key: the root of trust pre-approves "
                    + String.join(", ", delegation.get().actions()) + " on " + String.join(", ", plan.targets().endpoints()) + " for it");
            return true;
        } catch (Exception e) {
            return false; // an approver signs it instead
        }
    }

    private void startRollout(Schedule s, Instant now) {
        try {
            PlanCatalog.Ready ready = plans.ready(s.planId());
            String spec = LoopSchedules.specFor(ready.plan().id(), s.rolloutSpec());
            Rollouts.Rollout r = rollouts.start("loop spec of " + s.endpointId() + "/" + s.scenarioName(), spec, ready.plan(), ready.envelope(),
                    "orchestration loop");
            move(s, LoopStage.ROLLING_OUT, s.nextDue(), s.planId(), r.id(), "approved; rollout " + r.id() + " started");
        } catch (Exception e) {
            move(s, LoopStage.NEEDS_ATTENTION, s.nextDue(), s.planId(), null, "plan " + s.planId() + " is signed but its rollout did not start: "
                    + e.getMessage());
        }
    }

    private void follow(Schedule s, Instant now) {
        Optional<Rollouts.Rollout> found = s.rolloutId() == null ? Optional.empty() : store.rollouts().get(s.rolloutId());
        if (found.isEmpty()) {
            move(s, LoopStage.NEEDS_ATTENTION, s.nextDue(), s.planId(), null, "rollout " + s.rolloutId() + " is gone from the workspace");
            return;
        }
        Rollouts.Rollout r = found.get();
        if (RolloutState.SUCCEEDED.equals(r.state())) {
            move(s, LoopStage.WAITING, s.nextDue(), s.planId(), r.id(), "rolled out and monitored: rollout " + r.id() + " succeeded" + report(r));
        } else if (RolloutState.ROLLED_BACK.equals(r.state())) {
            move(s, LoopStage.NEEDS_ATTENTION, s.nextDue(), s.planId(), r.id(), "rollout " + r.id() + " rolled back: " + r.reason() + report(r));
        } else if (RolloutState.AFTER.equals(r.state()) && !LoopStage.MONITORING.equals(s.stage())) {
            move(s, LoopStage.MONITORING, s.nextDue(), s.planId(), r.id(), "every stage passed; the analysis goes on after the last");
        }
    }

    /** Writes the rollout's report to the workspace; what to say of it. */
    private String report(Rollouts.Rollout r) {
        if (reports == null) {
            return "";
        }
        try {
            Files.createDirectories(reports);
            Path file = reports.resolve(r.id().replaceAll("[^A-Za-z0-9._@-]", "-") + ".html");
            Files.writeString(file, RolloutReport.of(store, r.id()).orElseThrow().html(), StandardCharsets.UTF_8);
            return "; report: " + file;
        } catch (IOException | RuntimeException e) {
            return "; its report could not be written: " + e.getMessage();
        }
    }

    private boolean move(Schedule s, String stage, Instant due, String plan, String rollout, String why) {
        return store.orchestrations().move(s.moved(stage, due, plan, rollout, why, clock.instant()));
    }

    private Optional<Schedule> current(String key) {
        int split = key.indexOf('\n');
        return store.orchestrations().get(key.substring(0, split), key.substring(split + 1));
    }

    private static String key(Schedule s) {
        return s.endpointId() + "\n" + s.scenarioName();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void close() {
        closed = true;
        synchronized (this) {
            if (timer != null) {
                timer.shutdown(); // what it triggers runs on the worker; nothing of it is left running here
            }
        }
        worker.shutdownNow();
        try {
            worker.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
