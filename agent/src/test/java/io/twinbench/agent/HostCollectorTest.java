package io.twinbench.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.twinbench.protocol.Sample;
import oshi.SystemInfo;

/** The collector reads this machine: its figures must agree with what Java itself sees. */
class HostCollectorTest {

    @Test
    void cpuLoadAppearsFromTheSecondReadingWithOneSeriesPerCore() throws Exception {
        SystemInfo system = new SystemInfo();
        HostCollector collector = new HostCollector(system.getHardware(), system.getOperatingSystem(), Clock.systemUTC());
        List<Sample> first = collector.collect();
        assertTrue(first.stream().noneMatch(s -> s.metric().startsWith("cpu.")));
        Thread.sleep(300);
        List<Sample> second = collector.collect();
        long cores = second.stream().filter(s -> s.metric().matches("cpu\\.core\\.\\d+\\.load")).count();
        assertEquals(Runtime.getRuntime().availableProcessors(), cores);
        second.stream().filter(s -> s.metric().endsWith(".load"))
                .forEach(s -> assertTrue(s.value() >= 0 && s.value() <= 100, s.toString()));
    }

    @Test
    void memoryAndTheRootFileSystemAreReportedOnTheTwinsElements() {
        SystemInfo system = new SystemInfo();
        List<Sample> samples = new HostCollector(system.getHardware(), system.getOperatingSystem(), Clock.systemUTC()).collect();
        double used = samples.stream().filter(s -> s.metric().equals("memory.used")).findFirst().orElseThrow().value();
        assertTrue(used > 0 && used < system.getHardware().getMemory().getTotal());
        assertTrue(samples.stream().anyMatch(s -> s.element().equals("fs/") && s.metric().equals("fs.total.bytes") && s.value() > 0),
                "the root file system is element fs/ as in the workbench's twin");
    }
}
