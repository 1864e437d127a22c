package io.twinbench.sim.simulate;

/**
 * A configuration change for the endpoint that a simulation found worth making, and what
 * running the scenario again on a twin with the change applied showed: the figures before and
 * after in the phase where the resource saturated, and whether the change relieved it.
 */
public record Recommendation(String resource, String change, String phase, String before, String after, boolean verified) {
}
