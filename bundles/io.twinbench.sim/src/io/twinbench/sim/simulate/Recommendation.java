package io.twinbench.sim.simulate;

import io.twinbench.model.twin.ElementKind;

/**
 * A configuration change for the endpoint that a simulation found worth making, and what
 * running the scenario again on a twin with the change applied showed: the figures before and
 * after in the phase where the resource saturated, and whether the change relieved it. The
 * subject is the element of the twin it changes.
 */
public record Recommendation(String resource, String change, String phase, String before, String after, boolean verified, Subject subject) {

    /** The element a change is about: of this kind, with this name (a service's unit, an account), or the first of its kind when name is null. */
    public record Subject(ElementKind kind, String name) {
    }
}
