package io.twinbench.sim.simulate;

import java.time.Instant;
import java.util.List;

/**
 * A scenario's run on a twin: per phase what it did, which resource saturated first and in
 * which phase (the bottleneck; null when none did), what measuring cost, and the changes
 * recommended with what a second run with each applied showed (empty unless asked for), and
 * the live endpoint's usual load to set the phases beside (null when the store has none).
 */
public record SimulationReport(String scenario, String twinId, String image, String limits, String confinement, Instant started,
        List<PhaseResult> phases, Bottleneck bottleneck, double measurementCpuPercent, int readings, List<Recommendation> recommendations,
        EndpointBaseline endpoint) {

    public SimulationReport {
        phases = List.copyOf(phases);
        recommendations = List.copyOf(recommendations);
    }

    public SimulationReport withRecommendations(List<Recommendation> checked) {
        return new SimulationReport(scenario, twinId, image, limits, confinement, started, phases, bottleneck, measurementCpuPercent, readings, checked,
                endpoint);
    }

    public SimulationReport withEndpoint(EndpointBaseline baseline) {
        return new SimulationReport(scenario, twinId, image, limits, confinement, started, phases, bottleneck, measurementCpuPercent, readings,
                recommendations, baseline);
    }

    /** The resource that saturated first, when, and under which phase's load. */
    public record Bottleneck(String resource, String phase, double atSeconds, String load) {
    }
}
