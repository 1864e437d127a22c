package io.twinbench.rollout.engine;

import java.time.Instant;

import io.twinbench.rollout.cohort.Cohorts;
import io.twinbench.store.Rollouts;

/**
 * One signed plan a rollout pushes: the rollout's own (arm a), or in an A/B rollout the other
 * (arm b). Measurement rows of arm b carry its prefix before the metric's name.
 */
record Side(String arm, String planId, long version, byte[] envelope, Instant expires) {

    static final String B_PREFIX = "b:";

    static Side of(Rollouts.Rollout r) {
        return new Side(Cohorts.ARM_A, r.planId(), r.version(), r.envelope(), r.expires());
    }

    static Side of(Rollouts.Arm arm) {
        return new Side(arm.arm(), arm.planId(), arm.version(), arm.envelope(), arm.expires());
    }

    /** The name its measurement rows of a metric have. */
    String row(String metric) {
        return Cohorts.ARM_B.equals(arm) ? B_PREFIX + metric : metric;
    }

    String label() {
        return planId + " (arm " + arm + ")";
    }
}
