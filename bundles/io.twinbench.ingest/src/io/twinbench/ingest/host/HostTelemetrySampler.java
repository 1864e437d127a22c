package io.twinbench.ingest.host;

import java.time.Clock;
import java.util.List;

import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.TelemetrySeriesRef;
import io.twinbench.model.twin.Twin;
import io.twinbench.model.twin.TwinFactory;
import io.twinbench.store.Sample;
import io.twinbench.store.SeriesKey;
import oshi.hardware.CentralProcessor;
import oshi.hardware.GlobalMemory;

/**
 * Samples the local machine's CPU load and memory use. CPU load is measured between two
 * calls (OSHI tick deltas), so the first call only primes the counters and returns memory alone.
 */
public final class HostTelemetrySampler {

    public static final String CPU_ELEMENT = "cpu";
    public static final String MEMORY_ELEMENT = "memory";
    public static final String CPU_LOAD = "cpu.load";
    public static final String MEMORY_USED = "memory.used";

    private final CentralProcessor processor;
    private final GlobalMemory memory;
    private final Clock clock;
    private final String twinId;
    private long[] previousTicks;

    public HostTelemetrySampler(String twinId, CentralProcessor processor, GlobalMemory memory, Clock clock) {
        this.twinId = twinId;
        this.processor = processor;
        this.memory = memory;
        this.clock = clock;
    }

    /** A sampler of the machine this code runs on. */
    public static HostTelemetrySampler forThisMachine(String twinId) {
        oshi.hardware.HardwareAbstractionLayer hardware = new oshi.SystemInfo().getHardware();
        return new HostTelemetrySampler(twinId, hardware.getProcessor(), hardware.getMemory(), Clock.systemUTC());
    }

    public List<MetricReading> sample() {
        long now = clock.millis();
        MetricReading used = new MetricReading(new SeriesKey(twinId, MEMORY_ELEMENT, MEMORY_USED), "bytes",
                new Sample(now, memory.getTotal() - memory.getAvailable()));
        long[] ticks = processor.getSystemCpuLoadTicks();
        if (previousTicks == null) {
            previousTicks = ticks;
            return List.of(used);
        }
        double load = 100d * processor.getSystemCpuLoadBetweenTicks(previousTicks);
        previousTicks = ticks;
        return List.of(new MetricReading(new SeriesKey(twinId, CPU_ELEMENT, CPU_LOAD), "%", new Sample(now, load)), used);
    }

    /** Declares in the twin which of its elements have series, so views can find them. */
    public static void declareSeries(Twin twin) {
        declare(twin, CPU_ELEMENT, CPU_LOAD, "%");
        declare(twin, MEMORY_ELEMENT, MEMORY_USED, "bytes");
    }

    private static void declare(Twin twin, String elementId, String metric, String unit) {
        Element element = twin.findElement(elementId);
        if (element == null || twin.getSeries().stream().anyMatch(s -> s.getElement() == element && metric.equals(s.getMetric()))) {
            return;
        }
        TelemetrySeriesRef ref = TwinFactory.eINSTANCE.createTelemetrySeriesRef();
        ref.setElement(element);
        ref.setMetric(metric);
        ref.setUnit(unit);
        ref.setSeriesKey(new SeriesKey(twin.getId(), elementId, metric).asString());
        twin.getSeries().add(ref);
    }
}
