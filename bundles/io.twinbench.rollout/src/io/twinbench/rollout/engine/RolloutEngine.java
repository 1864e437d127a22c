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

    /** How long a stage's endpoints have to confirm the plan before the stage fails (an endpoint offline, a plan never answered). */
    public static final Duration APPLY_TIMEOUT = Duration.ofMinutes(10);
    private static final Set<String> UNDONE = Set.of("rolled-back", "refused", PlanDeliveries.WITHDRAWN, PlanDeliveries.EXPIRED);
    private static final Set<String> FAILED_DELIVERY = Set.of("refused", "rolled-back", PlanDeliveries.EXPIRED, PlanDeliveries.WITHDRAWN);
    private final TwinStore store;
    private final Clock clock;
    private final BiFunction<String, Long, MetricSource> metrics;
    private final Map<String, RolloutSpec> specs = new ConcurrentHashMap<>();

    /** metrics: the source of measurements for a plan id and version (its checks are the plan's). */
    public RolloutEngine(TwinStore store, Clock clock, BiFunction<String, Long, MetricSource> metrics) {
        this.store = store;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Starts a rollout of a signed plan (its envelope as the agents verify it) over the plan's
     * endpoints. Stage 0, the twins, is what the plan's approval demanded already: a pass on the
     * twin of every image it was tried on, or an analyst's written override; it is recorded here.
     */
    public Rollout start(String specFile, String specText, Plan plan, byte[] envelope, String by) throws RolloutSpecException {
        RolloutSpec spec = new RolloutSpecReader().read(specFile, specText);
        if (!spec.plan().equals(plan.id())) {
            throw new RolloutSpecException(specFile, 0, "plan", "the spec is for plan " + spec.plan() + ", not " + plan.id());
        }
        List<String> targets = plan.targets().endpoints();
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("plan " + plan.id() + " names no endpoint; a rollout needs its endpoints listed");
        }
        String id = plan.id() + "@" + plan.version();
        String twins = twinsVerdict(plan.id());
        Instant now = clock.instant();
        Rollout rollout = new Rollout(id, plan.id(), plan.version(), envelope, plan.expires(), specText, specFile, targets, RolloutState.APPLYING, 1,
                now, false, null, by, now, now, 0);
        if (!store.rollouts().create(rollout)) {
            throw new IllegalArgumentException("rollout " + id + " exists: a plan's version rolls out once; sign a new version to roll it out again");
        }
        Cohorts cohorts = Cohorts.assign(spec, targets);
        store.rollouts().decide(new Decision(id, now, 0, DecisionKind.STARTED, "rollout of " + plan.id() + " version " + plan.version() + " to "
                + targets.size() + " endpoint(s) started by " + by, figures(Map.of("stages", cohorts.stages(), "order", cohorts.order(),
                        "pinnedOut", cohorts.pinnedOut(), "seed", spec.seed()))));
        store.rollouts().decide(new Decision(id, now, 0, DecisionKind.TWINS, twins, null));
        store.rollouts().decide(new Decision(id, now, 1, DecisionKind.STAGE_STARTED, stageText(spec, 1) + ": " + cohorts.stages().get(0),
                figures(Map.of("endpoints", cohorts.stages().get(0)))));
        return rollout;
    }

    private String twinsVerdict(String planId) {
        Map<String, PlanTrials.Trial> newest = new LinkedHashMap<>();
        for (PlanTrials.Trial trial : store.trials().ofPlan(planId)) {
            newest.putIfAbsent(trial.twinId(), trial);
        }
        List<PlanTrials.Override> overrides = store.trials().overridesOfPlan(planId);
        if (!newest.isEmpty() && newest.values().stream().allMatch(PlanTrials.Trial::passed)) {
            return "stage 0: passed on " + newest.size() + " twin(s): " + String.join(", ", newest.keySet());
        }
        if (!overrides.isEmpty()) {
            return "stage 0: approved with an override by " + overrides.get(0).author() + ": " + overrides.get(0).reason();
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
        Cohorts cohorts = Cohorts.assign(spec, r.targets());
        if (RolloutState.rollingBack(r.state())) {
            rollBack(r, spec, cohorts);
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
        List<String> endpoints = cohorts.stages().get(r.stage() - 1);
        byte[] envelope = r.envelope();
        List<String> waiting = new ArrayList<>();
        for (String endpoint : endpoints) {
            Optional<PlanDeliveries.Delivery> delivery = store.plans().get(endpoint, r.planId(), r.version());
            if (delivery.isEmpty()) {
                store.plans().push(endpoint, r.planId(), r.version(), "rollout " + r.id(), envelope, r.expires(), r.createdBy(), now);
                waiting.add(endpoint + " (pushed)");
                continue;
            }
            String state = delivery.get().state();
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
        } else if (now.isAfter(r.stageStarted().plus(APPLY_TIMEOUT))) {
            fail(r, spec, "not confirmed within " + APPLY_TIMEOUT.toMinutes() + " min: " + String.join(", ", waiting), null);
        }
    }

    private void bake(Rollout r, RolloutSpec spec, Cohorts cohorts) {
        Instant now = clock.instant();
        boolean after = RolloutState.AFTER.equals(r.state());
        int stage = r.stage();
        // a stage is judged on every endpoint changed so far, so a regression of an earlier wave still counts
        List<String> cohort = cohorts.reachedBy(stage - 1);
        List<String> baseline = after ? cohorts.pinnedOut().stream().limit(cohorts.baselineSize()).toList() : cohorts.baselineFor(stage - 1);
        int recordStage = after ? spec.stages().size() + 1 : stage;
        MetricSource source = metrics.apply(r.planId(), r.version());
        Map<String, Outcome> statuses = new LinkedHashMap<>();
        List<String> summaries = new ArrayList<>();
        List<Rollouts.Measurement> taken = store.rollouts().measurements(r.id(), recordStage);
        for (Metric metric : spec.metrics()) {
            List<Rollouts.Measurement> mine = taken.stream().filter(m -> m.metric().equals(metric.name()) && !m.outcome().equals(START)).toList();
            List<Outcome> outcomes = new ArrayList<>(mine.stream().map(m -> Outcome.of(m.outcome())).toList());
            long due = Duration.between(r.stageStarted(), now).toMillis() / metric.interval().toMillis();
            Map<String, Double> start = counterStart(taken, metric);
            // a stage measures until its metric is decided; the period after the last stage measures throughout, a failure still counts
            for (int i = outcomes.size(); i < due && (MetricJudge.status(metric, outcomes) == Outcome.RUNNING
                    || after && MetricJudge.status(metric, outcomes) == Outcome.SUCCESSFUL); i++) {
                Instant from = r.stageStarted().plus(metric.interval().multipliedBy(i));
                Instant to = from.plus(metric.interval());
                Reading reading = new Reading(read(source, metric, cohort, from, to, start), read(source, metric, baseline, from, to, start));
                Judgement judgement = MetricJudge.judge(metric, reading);
                if (!store.rollouts().measured(new Rollouts.Measurement(r.id(), recordStage, metric.name(), to, judgement.outcome().label(),
                        figures(reading.cohort()), figures(reading.baseline()), judgement.detail()))) {
                    return; // another process measured this interval: its step goes on from there
                }
                outcomes.add(judgement.outcome());
            }
            Outcome status = MetricJudge.status(metric, outcomes);
            if (after && status == Outcome.SUCCESSFUL && now.isBefore(r.stageStarted().plus(spec.after()))) {
                status = Outcome.RUNNING; // after the last stage, a metric keeps being measured for the whole period
            }
            statuses.put(metric.name(), status);
            summaries.add(String.format(Locale.ROOT, "%s %s (%d measured: %d successful, %d failed, %d inconclusive)", metric.name(), status.label(),
                    outcomes.size(), outcomes.stream().filter(o -> o == Outcome.SUCCESSFUL).count(),
                    outcomes.stream().filter(o -> o == Outcome.FAILED).count(), outcomes.stream().filter(o -> o == Outcome.INCONCLUSIVE).count()));
            if (status == Outcome.FAILED) {
                fail(r, spec, "metric " + metric.name() + " failed: " + lastDetail(r.id(), recordStage, metric.name()), metric.name());
                return;
            }
            if (status == Outcome.INCONCLUSIVE) {
                store.rollouts().update(with(r, r.state(), r.stage(), r.stageStarted(), true, "metric " + metric.name() + " is inconclusive"),
                        new Decision(r.id(), now, recordStage, DecisionKind.PAUSED, "paused: metric " + metric.name() + " is inconclusive ("
                                + lastDetail(r.id(), recordStage, metric.name()) + "); promote or abort", null));
                return;
            }
        }
        Duration period = after ? spec.after() : spec.stages().get(stage - 1).bake();
        if (now.isBefore(r.stageStarted().plus(period)) || statuses.containsValue(Outcome.RUNNING)) {
            return;
        }
        if (!after) {
            for (Metric metric : spec.metrics()) {
                if (metric.comparison() != null) {
                    BaselineComparison.Result compared = compare(r.id(), recordStage, metric);
                    store.rollouts().decide(new Decision(r.id(), now, recordStage, DecisionKind.COMPARED, metric.name() + ": " + compared.detail(),
                            figures(Map.of("p", compared.decided() ? compared.pValue() : -1, "stageMedian", nanToNull(compared.stageMedian()),
                                    "baselineMedian", nanToNull(compared.baselineMedian())))));
                    if (compared.worse()) {
                        fail(r, spec, "metric " + metric.name() + " is significantly worse than the baseline: " + compared.detail(), metric.name());
                        return;
                    }
                }
            }
        }
        String measured = summaries.isEmpty() ? "no analysis" : String.join("; ", summaries);
        passStage(r, spec, cohorts, now, (after ? "the analysis after the last stage passed: " : stageText(spec, stage) + " passed: ") + measured,
                DecisionKind.STAGE_PASSED);
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
        List<String> scope = RolloutState.ROLLING_BACK_STAGE.equals(r.state()) ? cohorts.stages().get(Math.min(r.stage(), spec.stages().size()) - 1)
                : cohorts.reachedBy(Math.min(r.stage(), spec.stages().size()) - 1);
        List<String> waiting = new ArrayList<>();
        List<String> ordered = new ArrayList<>();
        for (String endpoint : scope) {
            Optional<PlanDeliveries.Delivery> delivery = store.plans().get(endpoint, r.planId(), r.version());
            if (delivery.isEmpty() || UNDONE.contains(delivery.get().state())) {
                continue;
            }
            if (PlanDeliveries.PENDING.equals(delivery.get().state())
                    && store.plans().withdraw(endpoint, r.planId(), r.version(), "withdrawn: rollout " + r.id() + " " + r.reason(), now)) {
                continue;
            }
            if (delivery.get().rollbackReason() == null) {
                store.plans().orderRollback(endpoint, r.planId(), r.version(), "rollout " + r.id() + ": " + r.reason());
                ordered.add(endpoint);
            }
            waiting.add(endpoint);
        }
        if (!ordered.isEmpty()) {
            store.rollouts().decide(new Decision(r.id(), now, r.stage(), DecisionKind.ROLLBACK_ORDERED, "rollback ordered on " + String.join(", ", ordered),
                    figures(Map.of("endpoints", ordered))));
        }
        if (waiting.isEmpty()) {
            Duration took = Duration.between(r.stageStarted(), now);
            store.rollouts().update(with(r, RolloutState.ROLLED_BACK, r.stage(), r.stageStarted(), false, r.reason()), new Decision(r.id(), now,
                    r.stage(), DecisionKind.ROLLED_BACK, "every endpoint the rollout changed is as it was (" + scope.size() + " in scope), "
                            + seconds(took) + " after the decision; halted: " + r.reason(),
                    figures(Map.of("seconds", took.toMillis() / 1000.0, "endpoints", scope))));
        }
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
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("promoting a stage early needs a reason");
        }
        RolloutSpec spec = spec(active(id));
        retrying(id, current -> {
            if (!RolloutState.BAKING.equals(current.state()) && !RolloutState.AFTER.equals(current.state())) {
                throw new IllegalArgumentException("rollout " + id + " is " + current.state() + ": only a baking stage can be promoted");
            }
            return passStage(with(current, current.state(), current.stage(), current.stageStarted(), false, null), spec,
                    Cohorts.assign(spec, current.targets()), clock.instant(), "promoted early by " + by + ": " + reason, DecisionKind.PROMOTED);
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
        MetricSource source = metrics.apply(r.planId(), r.version());
        List<String> everyone = new ArrayList<>(cohorts.reachedBy(r.stage() - 1));
        everyone.addAll(cohorts.baselineFor(r.stage() - 1));
        for (Metric metric : spec.metrics()) {
            if (metric.measure().counter()) {
                Map<String, Double> start = read(source, metric, everyone, now, now, Map.of());
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
        return specs.computeIfAbsent(r.id(), id -> {
            try {
                return new RolloutSpecReader().read(r.specFile(), r.spec());
            } catch (RolloutSpecException e) {
                throw new IllegalStateException("rollout " + id + "'s spec was read when it started and no longer reads: " + e.getMessage(), e);
            }
        });
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
                paused, reason, r.createdBy(), r.created(), clock.instant(), r.revision());
    }

    private static String stageText(RolloutSpec spec, int stage) {
        Stage s = spec.stages().get(stage - 1);
        return "stage " + stage + " (" + s.kind().label() + " to " + s.reach() + ")";
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
