package io.twinbench.rollout.engine;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

import com.fasterxml.jackson.jr.ob.JSON;

import io.twinbench.remedy.plan.Plan;
import io.twinbench.rollout.analysis.AbComparison;
import io.twinbench.rollout.analysis.BaselineComparison;
import io.twinbench.rollout.analysis.Judgement;
import io.twinbench.rollout.analysis.MetricJudge;
import io.twinbench.rollout.analysis.MetricSource;
import io.twinbench.rollout.analysis.Outcome;
import io.twinbench.rollout.analysis.Reading;
import io.twinbench.rollout.cohort.Cohorts;
import io.twinbench.rollout.spec.Metric;
import io.twinbench.rollout.spec.OnFailure;
import io.twinbench.rollout.spec.RolloutSpec;
import io.twinbench.rollout.spec.RolloutSpecException;
import io.twinbench.rollout.spec.RolloutSpecReader;
import io.twinbench.rollout.spec.Stage;
import io.twinbench.store.PlanDeliveries;
import io.twinbench.store.PlanTrials;
import io.twinbench.store.Rollouts;
import io.twinbench.store.Rollouts.Decision;
import io.twinbench.store.Rollouts.Rollout;
import io.twinbench.store.TwinStore;

/**
 * Moves rollouts on, one step at a time, from what the store holds: pushes a stage's endpoints
 * their signed plan, waits for each to confirm it, measures the analysis every interval while the
 * stage bakes, compares with the baseline, and goes on, pauses (inconclusive) or rolls back.
 * Every step is worked out again from the store, so a workbench stopped at any point carries on
 * (or finishes rolling back) when it starts again; nothing is kept only in memory but caches.
 */
public final class RolloutEngine {

    /**
     * How long an endpoint has to confirm the plan pushed to it, and how long a stage may go
     * without pushing or confirming anything, before the stage fails (an endpoint offline, a plan
     * never answered, endpoints held back by a constraint that never eases).
     */
    public static final Duration APPLY_TIMEOUT = Duration.ofMinutes(10);
    private static final Set<String> UNDONE = Set.of("rolled-back", "refused", PlanDeliveries.WITHDRAWN, PlanDeliveries.EXPIRED);
    private static final Set<String> FAILED_DELIVERY = Set.of("refused", "rolled-back", PlanDeliveries.EXPIRED, PlanDeliveries.WITHDRAWN);
    private final TwinStore store;
    private final Clock clock;
    private final BiFunction<String, Long, MetricSource> metrics;
    private final ChangeGate gate;
    private final Map<String, RolloutSpec> specs = new ConcurrentHashMap<>();

    /** metrics: the source of measurements for a plan id and version (its checks are the plan's). */
    public RolloutEngine(TwinStore store, Clock clock, BiFunction<String, Long, MetricSource> metrics) {
        this(store, clock, metrics, ChangeGate.OPEN);
    }

    /** gate: what holds endpoints back from changing all at once (the orchestration policies in force). */
    public RolloutEngine(TwinStore store, Clock clock, BiFunction<String, Long, MetricSource> metrics, ChangeGate gate) {
        this.store = store;
        this.clock = clock;
        this.metrics = metrics;
        this.gate = gate;
    }

    /**
     * Starts a rollout of a signed plan (its envelope as the agents verify it) over the plan's
     * endpoints. Stage 0, the twins, is what the plan's approval demanded already: a pass on the
     * twin of every image it was tried on, or an analyst's written override; it is recorded here.
     */
    public Rollout start(String specFile, String specText, Plan plan, byte[] envelope, String by) throws RolloutSpecException {
        return start(specFile, specText, new Signed(plan, envelope), null, by);
    }

    /** A signed plan as its agents verify it: the plan it holds and the envelope. */
    public record Signed(Plan plan, byte[] envelope) {
    }

    /**
     * Starts a rollout; an A/B rollout (its spec has {@code ab}) also takes the other plan,
     * signed, which must name every endpoint the first does.
     */
    public Rollout start(String specFile, String specText, Signed first, Signed other, String by) throws RolloutSpecException {
        RolloutSpec spec = new RolloutSpecReader().read(specFile, specText);
        Plan plan = first.plan();
        if (!spec.plan().equals(plan.id())) {
            throw new RolloutSpecException(specFile, 0, "plan", "the spec is for plan " + spec.plan() + ", not " + plan.id());
        }
        List<String> targets = plan.targets().endpoints();
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("plan " + plan.id() + " names no endpoint; a rollout needs its endpoints listed");
        }
        requireOtherArm(specFile, spec, plan, other);
        String id = plan.id() + "@" + plan.version();
        String twins = "stage 0: " + (other == null ? twinsVerdict(plan.id())
                : plan.id() + " " + twinsVerdict(plan.id()) + "; " + other.plan().id() + " " + twinsVerdict(other.plan().id()));
        Instant now = clock.instant();
        Rollout rollout = new Rollout(id, plan.id(), plan.version(), first.envelope(), plan.expires(), specText, specFile, targets,
                RolloutState.APPLYING, 1, now, false, null, by, now, now, 0, null);
        Cohorts cohorts = Cohorts.assign(spec, targets);
        Map<String, Object> started = new LinkedHashMap<>(Map.of("stages", cohorts.stages(), "order", cohorts.order(), "pinnedOut", cohorts.pinnedOut(),
                "seed", spec.seed()));
        String firstStage = stageText(spec, 1) + ": " + cohorts.stages().get(0);
        Rollouts.Arm arm = null;
        if (other != null) {
            Plan b = other.plan();
            arm = new Rollouts.Arm(id, Cohorts.ARM_B, b.id(), b.version(), other.envelope(), b.expires());
            started.put("arms", cohorts.arms());
            firstStage = stageText(spec, 1) + ": " + plan.id() + " on " + cohorts.arm(Cohorts.ARM_A) + ", " + b.id() + " on " + cohorts.arm(Cohorts.ARM_B);
        }
        List<Decision> decisions = List.of(
                new Decision(id, now, 0, DecisionKind.STARTED, "rollout of " + plan.id() + " version " + plan.version()
                        + (other == null ? "" : " against " + other.plan().id() + " version " + other.plan().version()) + " to " + targets.size()
                        + " endpoint(s) started by " + by, figures(started)),
                new Decision(id, now, 0, DecisionKind.TWINS, twins, null),
                new Decision(id, now, 1, DecisionKind.STAGE_STARTED, firstStage, figures(Map.of("endpoints", other == null ? cohorts.stages().get(0)
                        : cohorts.arms()))));
        if (!store.rollouts().create(rollout, arm, decisions)) {
            throw new IllegalArgumentException("rollout " + id + " exists: a plan's version rolls out once; sign a new version to roll it out again");
        }
        return rollout;
    }

    private static void requireOtherArm(String specFile, RolloutSpec spec, Plan plan, Signed other) throws RolloutSpecException {
        if (spec.ab() == null) {
            if (other != null) {
                throw new IllegalArgumentException("a second plan was given but the spec has no ab: section to compare the two");
            }
            return;
        }
        if (other == null) {
            throw new IllegalArgumentException("the spec is an A/B rollout against " + spec.ab().otherPlan() + ": give its signed version too");
        }
        if (!spec.ab().otherPlan().equals(other.plan().id())) {
            throw new RolloutSpecException(specFile, 0, "ab.plan", "the spec compares with plan " + spec.ab().otherPlan() + ", not " + other.plan().id());
        }
        List<String> missing = plan.targets().endpoints().stream().filter(e -> !other.plan().targets().endpoints().contains(e)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("plan " + other.plan().id() + " does not name " + String.join(", ", missing) + ", which plan "
                    + plan.id() + " does: the winner goes to every target, so both plans must name them all");
        }
    }

    private String twinsVerdict(String planId) {
        Map<String, PlanTrials.Trial> newest = new LinkedHashMap<>();
        for (PlanTrials.Trial trial : store.trials().ofPlan(planId)) {
            newest.putIfAbsent(trial.twinId(), trial);
        }
        List<PlanTrials.Override> overrides = store.trials().overridesOfPlan(planId);
        if (!newest.isEmpty() && newest.values().stream().allMatch(PlanTrials.Trial::passed)) {
            return "passed on " + newest.size() + " twin(s): " + String.join(", ", newest.keySet());
        }
        if (!overrides.isEmpty()) {
            return "approved with an override by " + overrides.get(0).author() + ": " + overrides.get(0).reason();
        }
        throw new IllegalArgumentException("plan " + planId + " has no pass on its twins and no override: try it with ./twinbench plan twin-run first");
    }

    /** Moves every unfinished rollout on; returns how many it looked at. */
    public int step() {
        int n = 0;
        for (Rollout r : store.rollouts().all()) {
            if (!RolloutState.FINISHED.contains(r.state())) {
                step(r);
                n++;
            }
        }
        return n;
    }

    public void step(String id) {
        step(get(id));
    }

    private void step(Rollout r) {
        RolloutSpec spec = spec(r);
        Cohorts cohorts = cohorts(r, spec);
        if (RolloutState.rollingBack(r.state())) {
            rollBack(r, spec, cohorts);
            return;
        }
        if (RolloutState.RETIRING_LOSER.equals(r.state())) {
            retireLoser(r, spec, cohorts);
            return;
        }
        if (r.paused()) {
            return;
        }
        switch (r.state()) {
            case RolloutState.APPLYING -> apply(r, spec, cohorts);
            case RolloutState.BAKING, RolloutState.AFTER -> bake(r, spec, cohorts);
            default -> {
            }
        }
    }

    private void apply(Rollout r, RolloutSpec spec, Cohorts cohorts) {
        Instant now = clock.instant();
        Map<String, Side> pushes = pushes(r, spec, cohorts);
        List<String> endpoints = List.copyOf(pushes.keySet());
        List<String> waiting = new ArrayList<>();
        Set<String> changing = new java.util.TreeSet<>(store.plans().changing());
        ChangeGate.Check gates = null;
        // a stage paced by an orchestration policy may take long: it fails on an endpoint that does not confirm in time,
        // or when nothing was pushed or answered for as long, not on its length
        Instant progress = r.stageStarted();
        boolean overdue = false;
        for (Map.Entry<String, Side> push : pushes.entrySet()) {
            String endpoint = push.getKey();
            Side side = push.getValue();
            Optional<PlanDeliveries.Delivery> delivery = store.plans().get(endpoint, side.planId(), side.version());
            if (delivery.isEmpty()) {
                gates = gates == null ? gate.now() : gates;
                Optional<String> held = gates.holdBack(endpoint, changing);
                if (held.isPresent()) {
                    waiting.add(endpoint + " (held back: " + held.get() + ")");
                    continue;
                }
                store.plans().push(endpoint, side.planId(), side.version(), "rollout " + r.id(), side.envelope(), side.expires(), r.createdBy(), now);
                changing.add(endpoint);
                waiting.add(endpoint + " (pushed)");
                progress = now;
                continue;
            }
            String state = delivery.get().state();
            progress = delivery.get().updated().isAfter(progress) ? delivery.get().updated() : progress;
            overdue |= !"confirmed".equals(state) && now.isAfter(delivery.get().pushedAt().plus(APPLY_TIMEOUT));
            if (FAILED_DELIVERY.contains(state)) {
                fail(r, spec, endpoint + " " + state + " the plan" + (delivery.get().detail() == null ? "" : ": " + delivery.get().detail()), null);
                return;
            }
            if (!"confirmed".equals(state)) {
                waiting.add(endpoint + " (" + state + ")");
            }
        }
        if (waiting.isEmpty()) {
            Rollout baking = with(r, RolloutState.BAKING, r.stage(), now, false, null);
            Duration took = Duration.between(r.stageStarted(), now);
            boolean moved = store.rollouts().update(baking, new Decision(r.id(), now, r.stage(), DecisionKind.APPLIED, stageText(spec, r.stage())
                    + ": applied and confirmed on " + endpoints.size() + " endpoint(s) in " + seconds(took) + "; baking "
                    + RolloutReport.duration(spec.stages().get(r.stage() - 1).bake()),
                    figures(Map.of("endpoints", endpoints, "seconds", took.toMillis() / 1000.0))));
            if (moved) {
                recordCounterStart(baking, spec, cohorts, now);
            }
        } else if (overdue) {
            fail(r, spec, "not confirmed within " + APPLY_TIMEOUT.toMinutes() + " min: " + String.join(", ", waiting), null);
        } else if (now.isAfter(progress.plus(APPLY_TIMEOUT))) {
            fail(r, spec, "nothing pushed or confirmed for " + APPLY_TIMEOUT.toMinutes() + " min: " + String.join(", ", waiting), null);
        }
    }

    /** What one run of the analysis measures: a side's endpoints against the endpoints it is compared with. */
    private record Run(Side side, List<String> cohort, List<String> baseline, boolean perArm) {

        /** The name its measurement rows of a metric have: in the A/B stage, each arm's own. */
        String row(String metric) {
            return perArm ? side.row(metric) : metric;
        }
    }

    private void bake(Rollout r, RolloutSpec spec, Cohorts cohorts) {
        Instant now = clock.instant();
        boolean after = RolloutState.AFTER.equals(r.state());
        int stage = r.stage();
        int recordStage = after ? spec.stages().size() + 1 : stage;
        boolean abStage = !after && stage == 1 && spec.ab() != null;
        List<Run> runs = new ArrayList<>();
        if (abStage && r.winner() == null) {
            // both plans measured on the same intervals, each arm against the other
            Side b = otherSide(r).orElseThrow();
            runs.add(new Run(Side.of(r), cohorts.arm(Cohorts.ARM_A), cohorts.arm(Cohorts.ARM_B), true));
            runs.add(new Run(b, cohorts.arm(Cohorts.ARM_B), cohorts.arm(Cohorts.ARM_A), true));
        } else if (abStage) {
            // the winner bakes on, against the loser's arm, rolled back and so unchanged
            Side won = winnerSide(r);
            runs.add(new Run(won, cohorts.arm(won.arm()), cohorts.arm(Cohorts.ARM_A.equals(won.arm()) ? Cohorts.ARM_B : Cohorts.ARM_A), true));
        } else {
            // a stage is judged on every endpoint changed so far, so a regression of an earlier wave still counts
            runs.add(new Run(winnerSide(r), cohorts.reachedBy(stage - 1),
                    after ? cohorts.pinnedOut().stream().limit(cohorts.baselineSize()).toList() : cohorts.baselineFor(stage - 1), false));
        }
        Map<String, Outcome> statuses = new LinkedHashMap<>();
        Map<String, String> failedArms = new LinkedHashMap<>();
        List<String> summaries = new ArrayList<>();
        List<Rollouts.Measurement> taken = store.rollouts().measurements(r.id(), recordStage);
        for (Run run : runs) {
            MetricSource source = metrics.apply(run.side().planId(), run.side().version());
            for (Metric metric : spec.metrics()) {
                String row = run.row(metric.name());
                List<Outcome> outcomes = measure(r, metric, row, run, source, recordStage, after, taken, now);
                if (outcomes == null) {
                    return; // another process measured this interval: its step goes on from there
                }
                Outcome status = MetricJudge.status(metric, outcomes);
                if (after && status == Outcome.SUCCESSFUL && now.isBefore(r.stageStarted().plus(spec.after()))) {
                    status = Outcome.RUNNING; // after the last stage, a metric keeps being measured for the whole period
                }
                statuses.put(row, status);
                summaries.add(summary(row, status, outcomes));
                String label = runs.size() > 1 ? " of " + run.side().label() : "";
                if (status == Outcome.FAILED) {
                    String why = "metric " + metric.name() + label + " failed: " + lastDetail(r.id(), recordStage, row);
                    if (runs.size() == 1) {
                        fail(r, spec, why, metric.name());
                        return;
                    }
                    failedArms.putIfAbsent(run.side().arm(), why);
                }
                if (status == Outcome.INCONCLUSIVE) {
                    store.rollouts().update(with(r, r.state(), r.stage(), r.stageStarted(), true, "metric " + metric.name() + label + " is inconclusive"),
                            new Decision(r.id(), now, recordStage, DecisionKind.PAUSED, "paused: metric " + metric.name() + label + " is inconclusive ("
                                    + lastDetail(r.id(), recordStage, row) + "); promote or abort", null));
                    return;
                }
            }
        }
        if (runs.size() > 1 && !failedArms.isEmpty()) {
            if (failedArms.size() == runs.size()) {
                fail(r, spec, "both plans failed: " + String.join("; ", failedArms.values()), null);
            } else {
                Side won = failedArms.containsKey(Cohorts.ARM_A) ? otherSide(r).orElseThrow() : Side.of(r);
                decideWinner(r, spec, won, won.planId() + " won: the other plan's " + failedArms.values().iterator().next(), null,
                        DecisionKind.AB_DECIDED);
            }
            return;
        }
        Duration period = after ? spec.after() : spec.stages().get(stage - 1).bake();
        if (now.isBefore(r.stageStarted().plus(period)) || statuses.containsValue(Outcome.RUNNING)) {
            return;
        }
        if (runs.size() > 1) {
            decideAb(r, spec, recordStage, now);
            return;
        }
        if (!after && !abStage && !compareWithBaseline(r, spec, recordStage, now)) {
            return;
        }
        String measured = summaries.isEmpty() ? "no analysis" : String.join("; ", summaries);
        passStage(r, spec, cohorts, now, (after ? "the analysis after the last stage passed: " : stageText(spec, stage) + " passed: ") + measured,
                DecisionKind.STAGE_PASSED);
    }

    /**
     * Takes the metric's measurements that are due and not yet taken, and returns every outcome so
     * far; null when another process recorded one of them first.
     */
    private List<Outcome> measure(Rollout r, Metric metric, String row, Run run, MetricSource source, int recordStage, boolean after,
            List<Rollouts.Measurement> taken, Instant now) {
        List<Outcome> outcomes = new ArrayList<>(taken.stream().filter(m -> m.metric().equals(row) && !m.outcome().equals(START))
                .map(m -> Outcome.of(m.outcome())).toList());
        long due = Duration.between(r.stageStarted(), now).toMillis() / metric.interval().toMillis();
        Map<String, Double> start = counterStart(taken, metric);
        // a stage measures until its metric is decided; the period after the last stage measures throughout, a failure still counts
        for (int i = outcomes.size(); i < due && (MetricJudge.status(metric, outcomes) == Outcome.RUNNING
                || after && MetricJudge.status(metric, outcomes) == Outcome.SUCCESSFUL); i++) {
            Instant from = r.stageStarted().plus(metric.interval().multipliedBy(i));
            Instant to = from.plus(metric.interval());
            Reading reading = new Reading(read(source, metric, run.cohort(), from, to, start), read(source, metric, run.baseline(), from, to, start));
            Judgement judgement = MetricJudge.judge(metric, reading);
            if (!store.rollouts().measured(new Rollouts.Measurement(r.id(), recordStage, row, to, judgement.outcome().label(),
                    figures(reading.cohort()), figures(reading.baseline()), judgement.detail()))) {
                return null;
            }
            outcomes.add(judgement.outcome());
        }
        return outcomes;
    }

    private static String summary(String row, Outcome status, List<Outcome> outcomes) {
        return String.format(Locale.ROOT, "%s %s (%d measured: %d successful, %d failed, %d inconclusive)", row, status.label(),
                outcomes.size(), outcomes.stream().filter(o -> o == Outcome.SUCCESSFUL).count(),
                outcomes.stream().filter(o -> o == Outcome.FAILED).count(), outcomes.stream().filter(o -> o == Outcome.INCONCLUSIVE).count());
    }

    /** The stage against its baseline, on each metric that asks for it; false when one is significantly worse (and the rollout failed). */
    private boolean compareWithBaseline(Rollout r, RolloutSpec spec, int recordStage, Instant now) {
        for (Metric metric : spec.metrics()) {
            if (metric.comparison() != null) {
                BaselineComparison.Result compared = compare(r.id(), recordStage, metric);
                Map<String, Object> f = new LinkedHashMap<>(); // medians may be missing, which Map.of refuses
                f.put("p", compared.decided() ? compared.pValue() : -1);
                f.put("stageMedian", nanToNull(compared.stageMedian()));
                f.put("baselineMedian", nanToNull(compared.baselineMedian()));
                store.rollouts().decide(new Decision(r.id(), now, recordStage, DecisionKind.COMPARED, metric.name() + ": " + compared.detail(), figures(f)));
                if (compared.worse()) {
                    fail(r, spec, "metric " + metric.name() + " is significantly worse than the baseline: " + compared.detail(), metric.name());
                    return false;
                }
            }
        }
        return true;
    }

    /** The A/B stage baked and both plans passed: the comparison names the winner, or the rollout waits for the analyst to. */
    private void decideAb(Rollout r, RolloutSpec spec, int recordStage, Instant now) {
        Side a = Side.of(r);
        Side b = otherSide(r).orElseThrow();
        Map<String, AbComparison.Samples> samples = new LinkedHashMap<>();
        for (Metric metric : spec.metrics()) {
            List<Double> ofA = new ArrayList<>();
            List<Double> ofB = new ArrayList<>();
            for (Rollouts.Measurement m : store.rollouts().measurements(r.id(), recordStage)) {
                if (m.metric().equals(metric.name()) && !m.outcome().equals(START)) {
                    ofA.addAll(numbers(m.cohort()).values());
                    ofB.addAll(numbers(m.baseline()).values());
                }
            }
            samples.put(metric.name(), new AbComparison.Samples(ofA.stream().mapToDouble(Double::doubleValue).toArray(),
                    ofB.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        AbComparison.Verdict verdict = AbComparison.decide(spec.metrics(), samples, a.planId(), b.planId());
        if (verdict.winner() == null) {
            store.rollouts().update(with(r, r.state(), r.stage(), r.stageStarted(), true, "A/B undecided"), new Decision(r.id(), now, recordStage,
                    DecisionKind.AB_UNDECIDED, verdict.detail() + "; promote the plan you choose (rollout promote --winner) or abort",
                    figures(verdict.figures())));
            return;
        }
        decideWinner(r, spec, Cohorts.ARM_A.equals(verdict.winner()) ? a : b, verdict.detail(), verdict.figures(), DecisionKind.AB_DECIDED);
    }

    /** Records the A/B stage's winner and starts rolling the loser's arm back; the winner's arm bakes on until the stage's bake time is over. */
    private boolean decideWinner(Rollout r, RolloutSpec spec, Side won, String why, Map<String, Object> verdict, String kind) {
        Side lost = Cohorts.ARM_A.equals(won.arm()) ? otherSide(r).orElseThrow() : Side.of(r);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("winner", won.arm());
        f.put("plan", won.planId());
        if (verdict != null) {
            f.put("comparison", verdict);
        }
        String then = won.version() > lost.version() ? "the loser's arm gets " + won.planId() + " in the last stage"
                : "the loser's arm stays as it was: its agents applied version " + lost.version() + " and refuse " + won.planId() + "'s lower version "
                        + won.version() + " (approve " + won.planId() + " again to reach them)";
        Rollout decided = new Rollout(r.id(), r.planId(), r.version(), r.envelope(), r.expires(), r.spec(), r.specFile(), r.targets(),
                RolloutState.RETIRING_LOSER, r.stage(), r.stageStarted(), false, null, r.createdBy(), r.created(), clock.instant(), r.revision(), won.arm());
        return store.rollouts().update(decided, new Decision(r.id(), clock.instant(), r.stage(), kind, why + "; rolling " + lost.planId()
                + " back from its arm; " + then, figures(f)));
    }

    /** Rolls the losing plan back from its arm, then lets the winner's arm bake on. */
    private void retireLoser(Rollout r, RolloutSpec spec, Cohorts cohorts) {
        Side won = winnerSide(r);
        String lostArm = Cohorts.ARM_A.equals(won.arm()) ? Cohorts.ARM_B : Cohorts.ARM_A;
        Side lost = Cohorts.ARM_A.equals(lostArm) ? Side.of(r) : otherSide(r).orElseThrow();
        List<String> arm = cohorts.arm(lostArm);
        List<String> waiting = undo(r, arm, List.of(lost), "the other plan won the A/B stage");
        if (waiting.isEmpty()) {
            store.rollouts().update(with(r, RolloutState.BAKING, r.stage(), r.stageStarted(), false, null), new Decision(r.id(), clock.instant(),
                    r.stage(), DecisionKind.LOSER_ROLLED_BACK, lost.planId() + " rolled back from " + String.join(", ", arm) + "; " + won.planId()
                            + " bakes on for the rest of the stage", figures(Map.of("endpoints", arm))));
        }
    }

    private boolean passStage(Rollout r, RolloutSpec spec, Cohorts cohorts, Instant now, String why, String kind) {
        boolean after = RolloutState.AFTER.equals(r.state());
        int stage = r.stage();
        if (!after && stage < spec.stages().size()) {
            List<String> next = cohorts.stages().get(stage);
            if (!store.rollouts().update(with(r, RolloutState.APPLYING, stage + 1, now, false, null), new Decision(r.id(), now, stage, kind, why, null))) {
                return false;
            }
            store.rollouts().decide(new Decision(r.id(), now, stage + 1, DecisionKind.STAGE_STARTED, stageText(spec, stage + 1) + ": " + next,
                    figures(Map.of("endpoints", next))));
            return true;
        }
        if (!after && !spec.after().isZero() && !spec.metrics().isEmpty()) {
            return store.rollouts().update(with(r, RolloutState.AFTER, stage, now, false, null), new Decision(r.id(), now, stage, kind,
                    why + "; analysis goes on for " + RolloutReport.duration(spec.after()), null));
        }
        if (!store.rollouts().update(with(r, RolloutState.SUCCEEDED, stage, r.stageStarted(), false, null), new Decision(r.id(), now, stage, kind, why, null))) {
            return false;
        }
        store.rollouts().decide(new Decision(r.id(), now, stage, DecisionKind.SUCCEEDED, "every target changed: " + cohorts.order().size()
                + " endpoint(s)", null));
        return true;
    }

    private void fail(Rollout r, RolloutSpec spec, String reason, String metric) {
        Instant now = clock.instant();
        boolean stageOnly = spec.onFailure() == OnFailure.ROLLBACK_STAGE && !RolloutState.AFTER.equals(r.state());
        String state = stageOnly ? RolloutState.ROLLING_BACK_STAGE : RolloutState.ROLLING_BACK;
        if (store.rollouts().update(with(r, state, r.stage(), now, false, reason), new Decision(r.id(), now, r.stage(), DecisionKind.FAILED,
                reason + "; rolling back " + (stageOnly ? "the stage" : "every endpoint changed"), metric == null ? null : figures(Map.of("metric", metric))))) {
            step(r.id());
        }
    }

    private void rollBack(Rollout r, RolloutSpec spec, Cohorts cohorts) {
        Instant now = clock.instant();
        int stage = Math.min(r.stage(), spec.stages().size());
        java.util.Set<String> scope = new java.util.LinkedHashSet<>(RolloutState.ROLLING_BACK_STAGE.equals(r.state()) ? cohorts.stages().get(stage - 1)
                : cohorts.reachedBy(stage - 1));
        if (spec.ab() != null && (stage == 1 || RolloutState.ROLLING_BACK.equals(r.state()))) {
            scope.addAll(cohorts.arm(Cohorts.ARM_A)); // either plan may be on either arm until the loser is rolled back
            scope.addAll(cohorts.arm(Cohorts.ARM_B));
        }
        List<Side> sides = new ArrayList<>(List.of(Side.of(r)));
        otherSide(r).ifPresent(sides::add);
        List<String> waiting = undo(r, List.copyOf(scope), sides, r.reason());
        if (waiting.isEmpty()) {
            Duration took = Duration.between(r.stageStarted(), now);
            store.rollouts().update(with(r, RolloutState.ROLLED_BACK, r.stage(), r.stageStarted(), false, r.reason()), new Decision(r.id(), now,
                    r.stage(), DecisionKind.ROLLED_BACK, "every endpoint the rollout changed is as it was (" + scope.size() + " in scope), "
                            + seconds(took) + " after the decision; halted: " + r.reason(),
                    figures(Map.of("seconds", took.toMillis() / 1000.0, "endpoints", List.copyOf(scope)))));
        }
    }

    /**
     * Takes each side's plan back from these endpoints: withdrawn where no agent answered yet,
     * else a rollback ordered once; returns the endpoints still to confirm it.
     */
    private List<String> undo(Rollout r, List<String> endpoints, List<Side> sides, String reason) {
        Instant now = clock.instant();
        List<String> waiting = new ArrayList<>();
        List<String> ordered = new ArrayList<>();
        for (String endpoint : endpoints) {
            for (Side side : sides) {
                Optional<PlanDeliveries.Delivery> delivery = store.plans().get(endpoint, side.planId(), side.version());
                if (delivery.isEmpty() || UNDONE.contains(delivery.get().state())) {
                    continue;
                }
                if (PlanDeliveries.PENDING.equals(delivery.get().state())
                        && store.plans().withdraw(endpoint, side.planId(), side.version(), "withdrawn: rollout " + r.id() + " " + reason, now)) {
                    continue;
                }
                if (delivery.get().rollbackReason() == null) {
                    store.plans().orderRollback(endpoint, side.planId(), side.version(), "rollout " + r.id() + ": " + reason);
                    ordered.add(endpoint + (sides.size() > 1 ? " (" + side.planId() + ")" : ""));
                }
                waiting.add(endpoint);
            }
        }
        if (!ordered.isEmpty()) {
            store.rollouts().decide(new Decision(r.id(), now, r.stage(), DecisionKind.ROLLBACK_ORDERED, "rollback ordered on " + String.join(", ", ordered),
                    figures(Map.of("endpoints", ordered))));
        }
        return waiting;
    }

    /** Stops measuring and pushing until resumed. */
    public void pause(String id, String by, String reason) {
        retrying(id, r -> store.rollouts().update(with(r, r.state(), r.stage(), r.stageStarted(), true, reason), new Decision(id, clock.instant(),
                r.stage(), DecisionKind.PAUSED, "paused by " + by + (reason == null || reason.isBlank() ? "" : ": " + reason), null)));
    }

    /** Goes on from where it paused. */
    public void resume(String id, String by) {
        retrying(id, r -> store.rollouts().update(with(r, r.state(), r.stage(), r.stageStarted(), false, null),
                new Decision(id, clock.instant(), r.stage(), DecisionKind.RESUMED, "resumed by " + by, null)));
    }

    /** An analyst's order on the rollout as it is now; worked out again when another process moved it on meanwhile. */
    private void retrying(String id, java.util.function.Predicate<Rollout> order) {
        for (int attempt = 0; attempt < 10; attempt++) {
            if (order.test(active(id))) {
                return;
            }
        }
        throw new IllegalStateException("rollout " + id + " kept changing while the order was given: give it again");
    }

    /** Ends the current stage's bake now, as passed, and goes on: recorded with the analyst's reason. */
    public void promote(String id, String by, String reason) {
        promote(id, by, reason, null);
    }

    /**
     * Ends the current stage's bake now, as passed, and goes on; in an A/B stage not yet decided,
     * the analyst names the winner (its plan id, or arm a or b), and the loser is rolled back.
     */
    public void promote(String id, String by, String reason, String winner) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("promoting a stage early needs a reason");
        }
        RolloutSpec spec = spec(active(id));
        retrying(id, current -> {
            if (!RolloutState.BAKING.equals(current.state()) && !RolloutState.AFTER.equals(current.state())) {
                throw new IllegalArgumentException("rollout " + id + " is " + current.state() + ": only a baking stage can be promoted");
            }
            boolean undecided = spec.ab() != null && current.stage() == 1 && current.winner() == null;
            if (undecided) {
                Side b = otherSide(current).orElseThrow();
                if (winner == null) {
                    throw new IllegalArgumentException("stage 1 of " + id + " is its A/B stage: name the winner, " + current.planId() + " or " + b.planId());
                }
                Side won = winner.equals(current.planId()) || winner.equals(Cohorts.ARM_A) ? Side.of(current)
                        : winner.equals(b.planId()) || winner.equals(Cohorts.ARM_B) ? b : null;
                if (won == null) {
                    throw new IllegalArgumentException("'" + winner + "' is neither " + current.planId() + " nor " + b.planId());
                }
                return decideWinner(current, spec, won, won.planId() + " chosen by " + by + ": " + reason, null, DecisionKind.PROMOTED);
            }
            if (winner != null) {
                throw new IllegalArgumentException("rollout " + id + " has no A/B stage to decide now: promote it without a winner");
            }
            return passStage(with(current, current.state(), current.stage(), current.stageStarted(), false, null), spec,
                    cohorts(current, spec), clock.instant(), "promoted early by " + by + ": " + reason, DecisionKind.PROMOTED);
        });
    }

    /** Stops the rollout and rolls back every endpoint it changed. */
    public void abort(String id, String by, String reason) {
        String why = "aborted by " + by + (reason == null || reason.isBlank() ? "" : ": " + reason);
        retrying(id, r -> store.rollouts().update(with(r, RolloutState.ROLLING_BACK, r.stage(), clock.instant(), false, why),
                new Decision(id, clock.instant(), r.stage(), DecisionKind.ABORTED, why + "; rolling back every endpoint changed", null)));
        step(id);
    }

    /** The kill switch: aborts every rollout still going, with rollback. Returns the rollouts it stopped. */
    public List<String> haltAll(String by, String reason) {
        List<String> halted = new ArrayList<>();
        for (Rollout r : store.rollouts().all()) {
            if (!RolloutState.FINISHED.contains(r.state()) && !RolloutState.rollingBack(r.state())) {
                abort(r.id(), by, "halt of every rollout" + (reason == null || reason.isBlank() ? "" : ": " + reason));
                halted.add(r.id());
            }
        }
        return halted;
    }

    private static final String START = "start";

    /** For counters (a service's restarts): each endpoint's count when the stage began baking, which later measurements subtract. */
    private void recordCounterStart(Rollout r, RolloutSpec spec, Cohorts cohorts, Instant now) {
        Side side = winnerSide(r);
        MetricSource source = metrics.apply(side.planId(), side.version());
        java.util.Set<String> everyone = new java.util.LinkedHashSet<>(cohorts.reachedBy(r.stage() - 1));
        everyone.addAll(cohorts.baselineFor(r.stage() - 1));
        cohorts.arms().values().forEach(everyone::addAll);
        for (Metric metric : spec.metrics()) {
            if (metric.measure().counter()) {
                Map<String, Double> start = read(source, metric, List.copyOf(everyone), now, now, Map.of());
                store.rollouts().measured(new Rollouts.Measurement(r.id(), r.stage(), metric.name(), now, START, figures(start), "{}",
                        "counters when baking began"));
            }
        }
    }

    private Map<String, Double> counterStart(List<Rollouts.Measurement> taken, Metric metric) {
        if (!metric.measure().counter()) {
            return Map.of();
        }
        return taken.stream().filter(m -> m.metric().equals(metric.name()) && m.outcome().equals(START)).findFirst().map(m -> numbers(m.cohort()))
                .orElse(Map.of());
    }

    private static Map<String, Double> read(MetricSource source, Metric metric, List<String> endpoints, Instant from, Instant to, Map<String, Double> start) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String endpoint : endpoints) {
            OptionalDouble value = source.measure(metric.measure(), endpoint, from, to);
            if (value.isPresent()) {
                double v = value.getAsDouble();
                values.put(endpoint, metric.measure().counter() && !start.isEmpty() ? Math.max(0, v - start.getOrDefault(endpoint, v)) : v);
            }
        }
        return values;
    }

    private BaselineComparison.Result compare(String id, int stage, Metric metric) {
        List<Double> ofStage = new ArrayList<>();
        List<Double> ofBaseline = new ArrayList<>();
        for (Rollouts.Measurement m : store.rollouts().measurements(id, stage)) {
            if (m.metric().equals(metric.name()) && !m.outcome().equals(START)) {
                ofStage.addAll(numbers(m.cohort()).values());
                ofBaseline.addAll(numbers(m.baseline()).values());
            }
        }
        return BaselineComparison.compare(metric.comparison(), ofStage.stream().mapToDouble(Double::doubleValue).toArray(),
                ofBaseline.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private String lastDetail(String id, int stage, String metric) {
        List<Rollouts.Measurement> all = store.rollouts().measurements(id, stage);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).metric().equals(metric)) {
                return all.get(i).detail();
            }
        }
        return "";
    }

    private RolloutSpec spec(Rollout r) {
        return specs.computeIfAbsent(r.id(), id -> RolloutReport.spec(r));
    }

    private Rollout get(String id) {
        return store.rollouts().get(id).orElseThrow(() -> new IllegalArgumentException("no rollout " + id));
    }

    private Rollout active(String id) {
        Rollout r = get(id);
        if (RolloutState.FINISHED.contains(r.state()) || RolloutState.rollingBack(r.state())) {
            throw new IllegalArgumentException("rollout " + id + " is " + r.state());
        }
        return r;
    }

    private Rollout with(Rollout r, String state, int stage, Instant stageStarted, boolean paused, String reason) {
        return new Rollout(r.id(), r.planId(), r.version(), r.envelope(), r.expires(), r.spec(), r.specFile(), r.targets(), state, stage, stageStarted,
                paused, reason, r.createdBy(), r.created(), clock.instant(), r.revision(), r.winner());
    }

    private static String stageText(RolloutSpec spec, int stage) {
        Stage s = spec.stages().get(stage - 1);
        return "stage " + stage + " (" + (s.kind() == Stage.Kind.AB ? "A/B, " + s.reach() + " per plan" : s.kind().label() + " to " + s.reach()) + ")";
    }

    private Cohorts cohorts(Rollout r, RolloutSpec spec) {
        return cohorts(r, spec, spec.ab() == null ? Optional.empty() : otherArm(r));
    }

    /** The stages' endpoints as the rollout stands: in an A/B rollout, the winner's arm first once decided. */
    static Cohorts cohorts(Rollout r, RolloutSpec spec, Optional<Rollouts.Arm> other) {
        if (spec.ab() == null) {
            return Cohorts.assign(spec, r.targets());
        }
        Rollouts.Arm b = other.orElseThrow(() -> new IllegalStateException("A/B rollout " + r.id() + " has no second plan in the store"));
        boolean bWon = Cohorts.ARM_B.equals(r.winner());
        boolean loserTakesWinner = bWon ? b.version() > r.version() : r.version() > b.version();
        return Cohorts.assign(spec, r.targets(), bWon ? Cohorts.ARM_B : Cohorts.ARM_A, loserTakesWinner);
    }

    /** Which plan goes to which endpoint in the stage being applied: in an undecided A/B stage each arm its own, else the winner's. */
    private Map<String, Side> pushes(Rollout r, RolloutSpec spec, Cohorts cohorts) {
        Map<String, Side> pushes = new LinkedHashMap<>();
        if (spec.ab() != null && r.stage() == 1 && r.winner() == null) {
            cohorts.arm(Cohorts.ARM_A).forEach(e -> pushes.put(e, Side.of(r)));
            Side b = otherSide(r).orElseThrow();
            cohorts.arm(Cohorts.ARM_B).forEach(e -> pushes.put(e, b));
            return pushes;
        }
        Side side = winnerSide(r);
        cohorts.stages().get(r.stage() - 1).forEach(e -> pushes.put(e, side));
        return pushes;
    }

    private final Map<String, Optional<Rollouts.Arm>> others = new ConcurrentHashMap<>();

    /** An A/B rollout's second plan; it never changes, so it is read once. */
    private Optional<Rollouts.Arm> otherArm(Rollout r) {
        return others.computeIfAbsent(r.id(), store.rollouts()::otherArm);
    }

    private Optional<Side> otherSide(Rollout r) {
        return otherArm(r).map(Side::of);
    }

    private Side winnerSide(Rollout r) {
        return Cohorts.ARM_B.equals(r.winner()) ? otherSide(r).orElseThrow() : Side.of(r);
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    private static Object nanToNull(double v) {
        return Double.isNaN(v) ? null : v;
    }

    static String figures(Object value) {
        try {
            return JSON.std.asString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A measurement's cohort or baseline as stored: endpoint to value. */
    public static Map<String, Double> numbers(String json) {
        try {
            Map<String, Double> values = new LinkedHashMap<>();
            JSON.std.mapFrom(json).forEach((k, v) -> {
                if (v instanceof Number n) {
                    values.put(k, n.doubleValue());
                }
            });
            return values;
        } catch (IOException e) {
            throw new IllegalStateException("a measurement the engine wrote does not read back: " + e.getMessage(), e);
        }
    }
}
