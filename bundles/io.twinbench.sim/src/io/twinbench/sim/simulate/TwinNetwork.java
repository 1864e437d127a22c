package io.twinbench.sim.simulate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.twinbench.sim.scenario.NetworkConditions;

/**
 * Network conditions inside a twin, set from the host: tc's netem on the loopback of the twin's
 * own network namespace, entered with nsenter. Nothing is added to the twin, whose root stays as
 * the endpoint's (a Debian minbase root has no tc), and the twin gains no capability for it.
 */
final class TwinNetwork {

    private final long pid;

    /** pid: the twin's init process as the host sees it. */
    TwinNetwork(long pid) {
        this.pid = pid;
    }

    void apply(NetworkConditions conditions) throws IOException {
        List<String> command = new ArrayList<>(List.of("nsenter", "-t", Long.toString(pid), "-n", "tc", "qdisc", "replace", "dev", "lo", "root"));
        command.addAll(List.of(conditions.netem().split(" ")));
        run(command);
    }

    /** Fails, saying why, when conditions could not be set: checked before the first phase so a run does not end halfway. */
    void check() throws IOException {
        apply(new io.twinbench.sim.scenario.NetworkConditions(java.time.Duration.ZERO, java.time.Duration.ZERO, 0));
        clear();
    }

    void clear() throws IOException {
        run(List.of("nsenter", "-t", Long.toString(pid), "-n", "tc", "qdisc", "del", "dev", "lo", "root"));
    }

    private static void run(List<String> command) throws IOException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException("network conditions need nsenter (util-linux) and tc (iproute2) on this machine: " + e.getMessage(), e);
        }
        try {
            String out = new String(process.getInputStream().readAllBytes()).strip();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                if (out.contains("qdisc kind is unknown")) {
                    throw new IOException("this machine's kernel has no netem queueing discipline (sch_netem): network latency, jitter and loss"
                            + " cannot be simulated here; the other phases can (remove the phase's network conditions)");
                }
                throw new IOException("setting network conditions in the twin failed (" + String.join(" ", command) + "): " + out
                        + (out.contains("Operation not permitted") || out.contains("Permission denied") ? " (they need root on this machine)" : ""));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while setting network conditions", e);
        }
    }

    /** A probe the twin runs: the round trip of a TCP connection attempt on its loopback, five times, in milliseconds. */
    static String roundTripProbe() {
        return "bash -c 'for i in 1 2 3 4 5; do s=$(date +%s%N); (exec 3<>/dev/tcp/127.0.0.1/9) 2>/dev/null; e=$(date +%s%N);"
                + " echo $(( (e - s) / 1000000 )); done'";
    }
}
