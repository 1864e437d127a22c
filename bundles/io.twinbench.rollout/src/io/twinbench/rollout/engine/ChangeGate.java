package io.twinbench.rollout.engine;

import java.util.Optional;
import java.util.Set;

/**
 * What may hold an endpoint back from starting its change, beyond the rollout's own stages: the
 * orchestration policies in force (at most so many of a group under change at once, a service
 * kept up on enough of the group). Asked before each push; an endpoint held back is pushed at a
 * later step, once the endpoints changing now have confirmed or rolled back.
 */
@FunctionalInterface
public interface ChangeGate {

    /** Nothing holds anything back. */
    ChangeGate OPEN = () -> (endpoint, changing) -> Optional.empty();

    /** The policies, labels and twins as they are now, read once for one step's pushes. */
    Check now();

    /** One step's questions. */
    @FunctionalInterface
    interface Check {
        /** Why the endpoint must wait, given the endpoints any plan is changing now; empty when it may start. */
        Optional<String> holdBack(String endpoint, Set<String> changing);
    }
}
