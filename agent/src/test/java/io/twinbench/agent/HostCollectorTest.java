package io.twinbench.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Test
    void diskCountersTravelAsRatesThatSeeWhatThisTestWrote() throws Exception {
        SystemInfo system = new SystemInfo();
        HostCollector collector = new HostCollector(system.getHardware(), system.getOperatingSystem(), Clock.systemUTC());
        // the time taken spans both readings: the rate is over the time between them, and a slow first reading (a busy
        // machine) must not shorten the time the rate is multiplied by
        long start = System.currentTimeMillis();
        assertTrue(collector.collect().stream().noneMatch(s -> s.metric().startsWith("disk.")), "no rate from one reading");
        // beside the build, not in the temp directory: that may be a tmpfs no disk sees
        Path file = Files.createTempFile(Files.createDirectories(Path.of("target")), "rates", ".bin");
        try (FileOutputStream out = new FileOutputStream(file.toFile())) {
            byte[] block = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                block[0] = (byte) i;
                out.write(block);
            }
            out.getFD().sync();
        } finally {
            Files.delete(file);
        }
        Thread.sleep(100);
        List<Sample> second = collector.collect();
        double seconds = (System.currentTimeMillis() - start) / 1000d;
        double written = second.stream().filter(s -> s.metric().equals("disk.write.rate"))
                .peek(s -> assertEquals("bytes/s", s.unit())).mapToDouble(Sample::value).sum() * seconds;
        assertTrue(written >= 0.9 * (64 << 20), "the disks saw " + written + " bytes written, this test wrote 64 MiB");
        assertTrue(second.stream().noneMatch(s -> s.metric().endsWith(".bytes") && s.element().startsWith("disk/")),
                "no cumulative counter travels");
    }

    @Test
    void aCounterThatWentBackwardsStartsAgainWithoutARate() {
        CounterRates rates = new CounterRates();
        assertTrue(rates.rate("c", 1_000, 100).isEmpty());
        assertEquals(50.0, rates.rate("c", 3_000, 200).getAsDouble(), 1e-9);
        assertTrue(rates.rate("c", 4_000, 10).isEmpty(), "a reset is no negative rate");
        assertEquals(5.0, rates.rate("c", 6_000, 20).getAsDouble(), 1e-9);
    }
}
