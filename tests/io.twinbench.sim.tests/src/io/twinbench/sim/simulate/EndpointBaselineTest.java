package io.twinbench.sim.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.twinbench.store.Sample;
import io.twinbench.store.SeriesKey;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.TwinStore;

/** The live endpoint's usual load from its telemetry in a real H2 store, and a phase set beside it. */
class EndpointBaselineTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void theEndpointsTelemetryInTheWindowGivesItsUsualLoad(@TempDir Path workspace) {
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(workspace))) {
            List<Sample> cpu = new ArrayList<>();
            List<Sample> memory = new ArrayList<>();
            for (int i = 1; i <= 100; i++) {
                long at = NOW.minusSeconds(60L * i).toEpochMilli();
                cpu.add(new Sample(at, i)); // 1 % to 100 %: mean 50.5, 95th percentile 95
                memory.add(new Sample(at, 1024L << 20));
            }
            cpu.add(new Sample(NOW.minus(Duration.ofDays(2)).toEpochMilli(), 100)); // before the window: not counted
            store.telemetry().append(new SeriesKey("web", EndpointBaseline.CPU_ELEMENT, EndpointBaseline.CPU_LOAD), "%", cpu);
            store.telemetry().append(new SeriesKey("web", EndpointBaseline.MEMORY_ELEMENT, EndpointBaseline.MEMORY_USED), "bytes", memory);

            EndpointBaseline usual = EndpointBaseline.of(store.telemetry(), "web", NOW, Duration.ofHours(24)).orElseThrow();
            assertEquals(100, usual.cpuSamples());
            assertEquals(50.5, usual.cpuMeanPercent(), 1e-9);
            assertEquals(95.0, usual.cpuP95Percent(), 1e-9);
            assertEquals(1024L << 20, usual.memoryP95Bytes());

            PhaseResult busy = new PhaseResult("busy", 10, 98, 100, 300L << 20, 512L << 20, 10, 4096, 0, 0, 1, null, List.of(), List.of());
            String compared = usual.compare(busy);
            assertTrue(compared.startsWith("CPU 98 % against the endpoint's usual 51 % (95th percentile 95 %): beyond what the endpoint usually carries"),
                    compared);
            assertTrue(compared.contains("memory peak 300 MiB against the endpoint's 1024 MiB in use"), compared);

            assertTrue(EndpointBaseline.of(store.telemetry(), "other", NOW, Duration.ofHours(24)).isEmpty(), "no telemetry, no baseline");
        }
    }
}
