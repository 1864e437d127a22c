package io.twinbench.sim.scenario;

import java.time.Duration;

/**
 * One stretch of a scenario: for its duration the twin carries the given load (busy CPU
 * workers, memory held, bytes written to its scratch space), its network the given
 * conditions, requests played against one of its services, and, if any, a threat.
 */
public record Phase(String name, Duration duration, int cpuWorkers, long memoryBytes, long diskBytes, Threat threat, NetworkConditions network,
        RequestReplay requests) {

    public boolean idle() {
        return cpuWorkers == 0 && memoryBytes == 0 && diskBytes == 0 && threat == null && network == null && requests == null;
    }
}
