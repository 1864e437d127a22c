package io.twinbench.rollout.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.twinbench.rollout.cohort.Cohorts;
import io.twinbench.rollout.spec.RolloutSpec;
import io.twinbench.rollout.spec.Stage;
import io.twinbench.store.Rollouts;
import io.twinbench.store.TwinStore;

/**
 * A rollout's stages in order, from the twins to the period after the last stage, each with
 * what it reached, when it began and ended (from the decisions) and how it stands: for the
 * Rollouts view's timeline.
 */
public record RolloutTimeline(List<Step> steps) {

    public enum Status {
        PASSED, CURRENT, FAILED, PENDING, SKIPPED
    }

    /** from and to: null when not begun or not ended. */
    public record Step(String label, String detail, Status status, Instant from, Instant to, int endpoints) {

        public Duration took(Instant now) {
            return from == null ? Duration.ZERO : Duration.between(from, to == null ? now : to);
        }
    }

    public RolloutTimeline {
        steps = List.copyOf(steps);
    }

    /** The rollout's timeline, read from the store (as its report reads it). */
    public static Optional<RolloutTimeline> of(TwinStore store, String id) {
        return RolloutReport.of(store, id).map(RolloutReport::timeline);
    }

    static RolloutTimeline of(Rollouts.Rollout r, RolloutSpec spec, Cohorts cohorts, List<Rollouts.Decision> decisions) {
        boolean finished = RolloutState.FINISHED.contains(r.state());
        boolean failed = RolloutState.rollingBack(r.state()) || RolloutState.ROLLED_BACK.equals(r.state());
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("twins", "stage 0", Status.PASSED, r.created(), r.created(), 0));
        for (int i = 1; i <= spec.stages().size(); i++) {
            Stage s = spec.stages().get(i - 1);
            Instant from = at(decisions, i, DecisionKind.STAGE_STARTED);
            Instant to = at(decisions, i, DecisionKind.STAGE_PASSED, DecisionKind.PROMOTED, DecisionKind.FAILED, DecisionKind.ABORTED);
            Status status;
            String detail;
            if (i < r.stage() || i == r.stage() && (RolloutState.AFTER.equals(r.state()) || RolloutState.SUCCEEDED.equals(r.state()))) {
                status = Status.PASSED;
                detail = "passed";
            } else if (i == r.stage() && failed && at(decisions, i, DecisionKind.STAGE_PASSED) != null) {
                status = Status.PASSED; // it passed; the analysis after the last stage failed
                detail = "passed";
            } else if (i == r.stage()) {
                status = failed ? Status.FAILED : Status.CURRENT;
                detail = failed ? r.state() : r.state() + (r.paused() ? " (paused)" : "");
            } else {
                status = finished || failed ? Status.SKIPPED : Status.PENDING;
                detail = finished || failed ? "never reached" : "to come";
            }
            int endpoints = s.kind() == Stage.Kind.AB ? cohorts.arm(Cohorts.ARM_A).size() + cohorts.arm(Cohorts.ARM_B).size()
                    : cohorts.stages().get(i - 1).size();
            String label = "stage " + i + ": " + (s.kind() == Stage.Kind.AB ? "A/B " + s.reach() + " per plan" : s.kind().label() + " " + s.reach());
            steps.add(new Step(label, detail, status, from, status == Status.CURRENT ? null : to, endpoints));
        }
        if (!spec.after().isZero() && !spec.metrics().isEmpty()) {
            boolean reached = RolloutState.AFTER.equals(r.state()) || RolloutState.SUCCEEDED.equals(r.state())
                    || failed && r.stage() == spec.stages().size() && at(decisions, r.stage(), DecisionKind.STAGE_PASSED) != null;
            Status status = !reached ? (finished || failed ? Status.SKIPPED : Status.PENDING)
                    : RolloutState.AFTER.equals(r.state()) ? Status.CURRENT : RolloutState.SUCCEEDED.equals(r.state()) ? Status.PASSED : Status.FAILED;
            Instant from = reached ? at(decisions, spec.stages().size(), DecisionKind.STAGE_PASSED) : null;
            steps.add(new Step("after: " + RolloutReport.duration(spec.after()), status == Status.CURRENT ? "monitoring" : status.name().toLowerCase(
                    java.util.Locale.ROOT), status, from, status == Status.CURRENT ? null : at(decisions, spec.stages().size(), DecisionKind.SUCCEEDED,
                            DecisionKind.FAILED), cohorts.order().size()));
        }
        return new RolloutTimeline(steps);
    }

    /** When a decision of the first of these kinds that was taken at that stage was taken, or null. */
    private static Instant at(List<Rollouts.Decision> decisions, int stage, String... kinds) {
        for (String kind : kinds) {
            for (Rollouts.Decision d : decisions) {
                if (d.stage() == stage && d.kind().equals(kind)) {
                    return d.at();
                }
            }
        }
        return null;
    }
}
