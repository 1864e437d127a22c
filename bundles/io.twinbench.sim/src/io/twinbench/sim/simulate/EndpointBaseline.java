package io.twinbench.sim.simulate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.twinbench.store.Sample;
import io.twinbench.store.SeriesKey;
import io.twinbench.store.TelemetrySamples;

/**
 * What the live endpoint usually does, from its own telemetry in the store over a window before
 * the simulation: CPU load (a share of its cores, as the twin's CPU is of the twin's) and memory
 * in use, each as a mean and a 95th percentile. A simulation's phases are set beside it.
 */
public record EndpointBaseline(Instant from, Instant to, int cpuSamples, double cpuMeanPercent, double cpuP95Percent, int memorySamples,
        long memoryMeanBytes, long memoryP95Bytes) {

    /** The series the local sampler and the agent both write. */
    static final String CPU_ELEMENT = "cpu";
    static final String CPU_LOAD = "cpu.load";
    static final String MEMORY_ELEMENT = "memory";
    static final String MEMORY_USED = "memory.used";

    /** How far back the endpoint's telemetry is read to set a run beside it. */
    public static final Duration WINDOW = Duration.ofHours(24);

    /** The endpoint's figures over the window that ends at the given time; empty when the store has no CPU or memory samples of it there. */
    public static Optional<EndpointBaseline> of(TelemetrySamples telemetry, String twinId, Instant to, Duration window) {
        Instant from = to.minus(window);
        List<Sample> cpu = telemetry.history(new SeriesKey(twinId, CPU_ELEMENT, CPU_LOAD), from.toEpochMilli(), to.toEpochMilli());
        List<Sample> memory = telemetry.history(new SeriesKey(twinId, MEMORY_ELEMENT, MEMORY_USED), from.toEpochMilli(), to.toEpochMilli());
        if (cpu.isEmpty() && memory.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EndpointBaseline(from, to, cpu.size(), mean(cpu), p95(cpu), memory.size(), Math.round(mean(memory)),
                Math.round(p95(memory))));
    }

    private static double mean(List<Sample> samples) {
        return samples.stream().mapToDouble(Sample::value).average().orElse(0);
    }

    private static double p95(List<Sample> samples) {
        double[] values = samples.stream().mapToDouble(Sample::value).sorted().toArray();
        return values.length == 0 ? 0 : values[(int) Math.min(values.length - 1, Math.ceil(0.95 * values.length) - 1)];
    }

    /** How a phase compares with the endpoint's usual load: its CPU and memory beside the endpoint's 95th percentiles. */
    public String compare(PhaseResult phase) {
        StringBuilder text = new StringBuilder();
        if (cpuSamples > 0) {
            text.append(String.format(java.util.Locale.ROOT, "CPU %.0f %% against the endpoint's usual %.0f %% (95th percentile %.0f %%)", phase.cpuMeanPercent(),
                    cpuMeanPercent, cpuP95Percent));
            text.append(phase.cpuMeanPercent() > cpuP95Percent ? ": beyond what the endpoint usually carries" : ": within it");
        }
        if (memorySamples > 0) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(String.format(java.util.Locale.ROOT, "memory peak %d MiB against the endpoint's %d MiB in use (95th percentile %d MiB;"
                    + " the endpoint's counts everything it runs, the twin's only its services)", phase.memoryPeakBytes() >> 20, memoryMeanBytes >> 20,
                    memoryP95Bytes >> 20));
        }
        return text.toString();
    }

    /** The window in words: "the 24 hours before 2026-12-01T10:00:00Z, 1,440 CPU samples". */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "the %d hours before %s: %d CPU and %d memory samples", Duration.between(from, to).toHours(), to,
                cpuSamples, memorySamples);
    }
}
