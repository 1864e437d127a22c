package io.twinbench.sim.simulate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.twinbench.sim.scenario.NetworkConditions;

/**
 * Network conditions inside a twin, set from the host in the twin's own network namespace
 * (entered with nsenter): tc's netem on its loopback where the kernel has netem; where it has
 * none, loss through iptables' statistic match (each packet dropped at random with the given
 * probability) and latency and jitter through iptables' NFQUEUE and a {@link PacketDelay} that
 * holds each packet in the workbench. Nothing is added to the twin, whose root stays as the
 * endpoint's, and the twin gains no capability for it.
 */
final class TwinNetwork {

    /** The twin's own chain in its own namespace: flushed between phases, the namespace's other rules untouched. */
    private static final String CHAIN = "TWINBENCH_NET";
    /** Each namespace has its own queues: the twin's first is free. */
    private static final int QUEUE = 0;
    private static final Pattern DROPPED = Pattern.compile("^\\s*(\\d+)\\s+\\d+\\s+DROP", Pattern.MULTILINE);

    private final long pid;
    private final boolean netem;
    private PacketDelay delay;

    private TwinNetwork(long pid, boolean netem) {
        this.pid = pid;
        this.netem = netem;
    }

    /**
     * The way to set the conditions the scenario asks for in the twin of this init process (as the
     * host sees it), checked before the first phase so that a run does not end halfway; an
     * IOException says why they cannot be set here.
     */
    static TwinNetwork check(long pid, List<NetworkConditions> wanted) throws IOException {
        String out = run(List.of("nsenter", "-t", Long.toString(pid), "-n", "tc", "qdisc", "replace", "dev", "lo", "root", "netem", "delay", "0ms"), false);
        if (out == null) {
            TwinNetwork network = new TwinNetwork(pid, true);
            network.clear();
            return network;
        }
        if (!out.contains("qdisc kind is unknown")) {
            throw failure("tc", out);
        }
        TwinNetwork network = new TwinNetwork(pid, false);
        network.iptables(false, "-N", CHAIN);
        network.iptables(true, "-I", "OUTPUT", "-o", "lo", "-j", CHAIN);
        if (wanted.stream().anyMatch(c -> !c.latency().isZero() || !c.jitter().isZero())) {
            // the packet queue is tried now: a run that cannot delay packets is refused before its first phase
            try (PacketDelay probe = new PacketDelay(pid, QUEUE, java.time.Duration.ZERO, java.time.Duration.ZERO)) {
                probe.start();
            } catch (IOException | LinkageError e) {
                throw new IOException("this machine's kernel has no netem queueing discipline (sch_netem), and network latency and jitter"
                        + " cannot be simulated through a packet queue either (" + e.getMessage() + "); loss alone can, and the other phases can"
                        + " (remove the phase's latency and jitter)", e);
            }
        }
        return network;
    }

    /** Sets the conditions; returns them in words for the phase's findings. */
    String apply(NetworkConditions conditions) throws IOException {
        if (netem) {
            List<String> command = new ArrayList<>(List.of("nsenter", "-t", Long.toString(pid), "-n", "tc", "qdisc", "replace", "dev", "lo", "root"));
            command.addAll(List.of(conditions.netem().split(" ")));
            run(command, true);
            return conditions.netem();
        }
        iptables(true, "-F", CHAIN);
        if (conditions.lossPercent() > 0) {
            iptables(true, "-A", CHAIN, "-m", "statistic", "--mode", "random", "--probability",
                    String.format(Locale.ROOT, "%.4f", conditions.lossPercent() / 100), "-j", "DROP");
        }
        boolean delayed = !conditions.latency().isZero() || !conditions.jitter().isZero();
        if (delayed) {
            delay = new PacketDelay(pid, QUEUE, conditions.latency(), conditions.jitter());
            delay.start();
            iptables(true, "-A", CHAIN, "-j", "NFQUEUE", "--queue-num", Integer.toString(QUEUE), "--queue-bypass");
        }
        return conditions.describe() + " on the loopback through iptables" + (delayed ? " and a packet queue in the workbench" : "")
                + " (this kernel has no netem)";
    }

    /** Lifts the conditions; says what they did where that can be counted (packets iptables dropped), else empty. */
    String clear() throws IOException {
        if (netem) {
            run(List.of("nsenter", "-t", Long.toString(pid), "-n", "tc", "qdisc", "del", "dev", "lo", "root"), true);
            return "";
        }
        String counters = run(List.of("nsenter", "-t", Long.toString(pid), "-n", "iptables", "-w", "-L", CHAIN, "-v", "-x", "-n"), true, true);
        iptables(true, "-F", CHAIN);
        List<String> did = new ArrayList<>();
        Matcher m = DROPPED.matcher(counters);
        if (m.find()) {
            did.add(m.group(1) + " packets dropped on the loopback");
        }
        if (delay != null) {
            String stopped = delay.failure();
            delay.close();
            did.add(delay.packets() + " packets held" + (stopped == null ? "" : " (then " + stopped + ")"));
            delay = null;
        }
        return String.join(", ", did);
    }

    private void iptables(boolean mustWork, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("nsenter", "-t", Long.toString(pid), "-n", "iptables", "-w"));
        command.addAll(List.of(arguments));
        String out = run(command, false);
        if (out != null && mustWork) {
            throw failure("iptables", out);
        }
    }

    private static String run(List<String> command, boolean mustWork) throws IOException {
        return run(command, mustWork, false);
    }

    /** Runs the command; its output when it failed (or when asked for), null when it worked and nobody asked. */
    private static String run(List<String> command, boolean mustWork, boolean output) throws IOException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException("network conditions need nsenter (util-linux), tc (iproute2) and iptables on this machine: " + e.getMessage(), e);
        }
        try {
            String out = new String(process.getInputStream().readAllBytes()).strip();
            boolean worked = process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
            if (!worked && mustWork) {
                throw failure(command.get(4), out);
            }
            return worked && !output ? null : out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while setting network conditions", e);
        }
    }

    private static IOException failure(String tool, String out) {
        return new IOException("setting network conditions in the twin failed (" + tool + "): " + out
                + (out.contains("Operation not permitted") || out.contains("Permission denied") ? " (they need root on this machine)" : ""));
    }

    /** A probe the twin runs: the round trip of a TCP connection attempt on its loopback, five times, in milliseconds, each given up after 5 s. */
    static String roundTripProbe() {
        return "for i in 1 2 3 4 5; do s=$(date +%s%N); timeout 5 bash -c '(exec 3<>/dev/tcp/127.0.0.1/9) 2>/dev/null'; e=$(date +%s%N);"
                + " echo $(( (e - s) / 1000000 )); done";
    }
}
