package io.twinbench.agent;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.twinbench.protocol.Sample;

/** strace attached to a real child process: its calls are counted per name, its restarts followed by name. */
class SyscallCounterTest {

    @Test
    void countsTheCallsOfAWatchedProcessPerName() throws Exception {
        Process busy = new ProcessBuilder("sh", "-c", "while true; do cat /etc/hostname > /dev/null; sleep 0.05; done").start();
        try (SyscallCounter counter = new SyscallCounter(List.of(Long.toString(busy.pid())), "strace", Clock.systemUTC())) {
            counter.collect(); // attaches
            List<Sample> samples = new ArrayList<>();
            long until = System.currentTimeMillis() + 10_000;
            while (System.currentTimeMillis() < until && samples.stream().noneMatch(s -> s.metric().equals("syscalls.execve"))) {
                Thread.sleep(500);
                samples.addAll(counter.collect());
            }
            String element = "proc/" + busy.pid();
            Map<String, Double> byMetric = samples.stream().filter(s -> s.element().equals(element))
                    .collect(Collectors.groupingBy(Sample::metric, Collectors.summingDouble(Sample::value)));
            assertTrue(byMetric.getOrDefault("syscalls.execve", 0d) >= 1, "the shell's children exec cat: " + byMetric);
            assertTrue(byMetric.getOrDefault("syscalls.openat", 0d) >= 1, "cat opens /etc/hostname: " + byMetric);
            double named = byMetric.entrySet().stream().filter(e -> !e.getKey().equals("syscalls.total")).mapToDouble(Map.Entry::getValue).sum();
            assertTrue(named > 0 && named == byMetric.get("syscalls.total"), "the total is the sum of the calls: " + byMetric);
        } finally {
            busy.destroyForcibly();
        }
    }

    @Test
    void aCommandNameFindsItsProcessesButNotTheAgent() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "30").start();
        try (SyscallCounter counter = new SyscallCounter(List.of("sleep"), "strace", Clock.systemUTC())) {
            assertTrue(counter.targets().contains(sleeper.pid()), "sleep " + sleeper.pid() + " in " + counter.targets());
            assertTrue(!counter.targets().contains(ProcessHandle.current().pid()));
        } finally {
            sleeper.destroyForcibly();
        }
    }
}
