package io.twinbench.sim.scenario;

import java.time.Duration;

/** Delay, jitter and loss on the twin's network during a phase (the twin has only loopback: traffic between its own services). */
public record NetworkConditions(Duration latency, Duration jitter, double lossPercent) {

    /** The arguments of tc's netem qdisc for these conditions. */
    public String netem() {
        StringBuilder s = new StringBuilder("netem delay ").append(latency.toMillis()).append("ms");
        if (!jitter.isZero()) {
            s.append(' ').append(jitter.toMillis()).append("ms");
        }
        if (lossPercent > 0) {
            s.append(" loss ").append(lossPercent).append('%');
        }
        return s.toString();
    }

    /** The conditions in words: "latency 100 ms, jitter 10 ms, loss 1.0 %". */
    public String describe() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (!latency.isZero()) {
            parts.add("latency " + latency.toMillis() + " ms");
        }
        if (!jitter.isZero()) {
            parts.add("jitter " + jitter.toMillis() + " ms");
        }
        if (lossPercent > 0 || parts.isEmpty()) {
            parts.add(String.format(java.util.Locale.ROOT, "loss %.1f %%", lossPercent));
        }
        return String.join(", ", parts);
    }
}
