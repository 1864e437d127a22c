package io.twinbench.sim.simulate;

import java.time.Instant;
import java.util.List;

/**
 * A scenario's run on a twin: per phase what it did, which resource saturated first and in
 * which phase (the bottleneck; null when none did), and what measuring cost.
 */
public record SimulationReport(String scenario, String twinId, String image, String limits, String confinement, Instant started,
        List<PhaseResult> phases, Bottleneck bottleneck, double measurementCpuPercent, int readings) {

    public SimulationReport {
        phases = List.copyOf(phases);
    }

    /** The resource that saturated first, when, and under which phase's load. */
    public record Bottleneck(String resource, String phase, double atSeconds, String load) {
    }
}
