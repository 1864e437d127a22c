package io.twinbench.sim.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Latency without netem, on the loopback of a real network namespace of its own (unshare): the
 * kernel queues each packet to the workbench through NFQUEUE, and it goes after the latency.
 */
class PacketDelayTest {

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        assertEquals(0, p.waitFor(), String.join(" ", command) + ": " + out);
        return out;
    }

    /** A TCP connection attempt to a closed port of the namespace's loopback: a SYN out, a RST back. */
    private static long roundTripMillis(long pid) throws IOException, InterruptedException {
        return Long.parseLong(run("nsenter", "-t", Long.toString(pid), "-n", "bash", "-c",
                "s=$(date +%s%N); (exec 3<>/dev/tcp/127.0.0.1/9) 2>/dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 ))"));
    }

    @Test
    void eachLoopbackPacketIsHeldForTheLatencyAndFlowsAgainOnceTheQueueCloses() throws Exception {
        io.twinbench.sim.tests.Needed.needs("root".equals(System.getProperty("user.name")), "entering a network namespace needs root (CI runs as root)");
        Process namespace = new ProcessBuilder("unshare", "-n", "sleep", "120").start();
        try {
            long pid = namespace.pid();
            Thread.sleep(200);
            run("nsenter", "-t", Long.toString(pid), "-n", "ip", "link", "set", "lo", "up");
            long before = roundTripMillis(pid);
            try (PacketDelay delay = new PacketDelay(pid, 0, Duration.ofMillis(60), Duration.ZERO)) {
                delay.start();
                run("nsenter", "-t", Long.toString(pid), "-n", "iptables", "-w", "-A", "OUTPUT", "-o", "lo", "-j", "NFQUEUE", "--queue-num", "0",
                        "--queue-bypass");
                List<Long> delayed = List.of(roundTripMillis(pid), roundTripMillis(pid), roundTripMillis(pid));
                assertTrue(delayed.stream().allMatch(ms -> ms >= 110), "SYN and RST held 60 ms each: " + delayed + " (without: " + before + " ms)");
                assertTrue(delay.packets() >= 6, "two packets per attempt went through the queue: " + delay.packets());
            }
            long after = roundTripMillis(pid);
            assertTrue(after < 100, "with the queue closed the rule's bypass lets packets through at once: " + after + " ms");
        } finally {
            namespace.destroyForcibly();
        }
    }
}
