package io.twinbench.sim.scenario;

import java.time.Duration;
import java.util.List;

/** A simulation to run on a twin: its phases, in order. */
public record Scenario(String name, List<Phase> phases) {

    public Scenario {
        phases = List.copyOf(phases);
    }

    public Duration duration() {
        return phases.stream().map(Phase::duration).reduce(Duration.ZERO, Duration::plus);
    }
}
