package io.twinbench.rollout.spec;

import java.time.Duration;

/**
 * The first stage of an A/B rollout: the rollout's plan on one arm, another signed plan on a
 * second arm of the same size, baked for the same time and measured on the same metrics; the
 * winner goes on through the stages that follow, the loser is rolled back.
 */
public record AbTest(String otherPlan, Amount arm, Duration bake) {
}
