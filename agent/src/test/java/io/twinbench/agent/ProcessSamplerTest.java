package io.twinbench.agent;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.twinbench.protocol.Sample;
import oshi.SystemInfo;

/** The busiest process on this machine is found and measured: a thread that spins is this JVM. */
class ProcessSamplerTest {

    @Test
    void aSpinningProcessIsAmongTheBusiestWithItsMemoryAndOpenFiles() throws Exception {
        ProcessSampler sampler = new ProcessSampler(new SystemInfo().getOperatingSystem(), Clock.systemUTC(), 5);
        sampler.collect();
        long until = System.nanoTime() + 1_500_000_000L;
        long spins = 0;
        while (System.nanoTime() < until) {
            spins++;
        }
        List<Sample> samples = sampler.collect();
        String self = "proc/" + ProcessHandle.current().pid();
        double cpu = samples.stream().filter(s -> s.element().equals(self) && s.metric().equals("process.cpu")).findFirst()
                .orElseThrow(() -> new AssertionError("this spinning JVM is not among the 5 busiest: " + samples)).value();
        assertTrue(cpu > 30, "about one core busy, measured " + cpu + " % after " + spins + " spins");
        assertTrue(samples.stream().anyMatch(s -> s.element().equals(self) && s.metric().equals("process.rss") && s.value() > 10 << 20));
        assertTrue(samples.stream().anyMatch(s -> s.element().equals(self) && s.metric().equals("process.open_files") && s.value() > 3));
    }
}
