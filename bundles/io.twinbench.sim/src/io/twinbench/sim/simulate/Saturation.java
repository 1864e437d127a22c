package io.twinbench.sim.simulate;

/**
 * A resource that gave out during a phase: which, when in the scenario (seconds from its
 * start), and what showed it (empty when crossing the threshold says it all).
 */
public record Saturation(String resource, double atSeconds, String detail) {

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s at %.1f s", resource, atSeconds) + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
