package io.twinbench.sim.run;

import java.time.Duration;
import java.time.Instant;

/** A twin container: which twin and image it runs, its state, and how long it took to come up (null when not measured). */
public record RunningTwin(String containerId, String name, String twinId, String image, String state, Instant created, Duration startedIn,
        Duration readyIn) {
}
