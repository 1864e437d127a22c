package io.twinbench.sim.simulate;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import io.twinbench.sim.docker.DockerEngine;
import io.twinbench.sim.image.TwinImage;
import io.twinbench.sim.run.RunningTwin;
import io.twinbench.sim.run.TwinContainers;
import io.twinbench.sim.run.TwinHardening;
import io.twinbench.sim.run.TwinLimits;
import io.twinbench.sim.scenario.Phase;
import io.twinbench.sim.scenario.Scenario;
import io.twinbench.sim.scenario.Threat;

/**
 * Runs a scenario on a fresh twin container: each phase's load and threat inside it, its
 * control groups read at a fixed interval from the host, and a report of what saturated first.
 * The container is removed at the end, whatever happened.
 */
public final class SimulationRunner {

    /** Shares of a limit at which a resource counts as saturated. */
    static final double CPU_SATURATED = 90;
    static final double LIMIT_SATURATED = 95;

    /** What the runner tells whoever watches: phases as they start, readings as they come. */
    public interface Progress {
        Progress NONE = new Progress() {
        };

        default void phaseStarted(int index, Phase phase) {
        }

        default void reading(double seconds, double cpuPercent, long memoryBytes, long pids) {
        }
    }

    private final DockerEngine engine;
    private final Clock clock;
    private final Duration interval;

    public SimulationRunner(DockerEngine engine, Clock clock, Duration interval) {
        this.engine = engine;
        this.clock = clock;
        this.interval = interval;
    }

    public SimulationReport run(TwinImage image, TwinLimits limits, Scenario scenario, Progress progress, BooleanSupplier cancelled)
            throws IOException {
        Instant started = clock.instant();
        try (TwinContainers containers = new TwinContainers(engine, clock)) {
            RunningTwin twin = containers.start(image, limits, Duration.ofSeconds(60));
            try {
                if (!"running".equals(twin.state())) {
                    throw new IOException("the twin of " + image.reference() + " is " + twin.state() + ", not running: "
                            + containers.output(twin.containerId()).strip());
                }
                if (scenario.phases().stream().anyMatch(p -> p.network() != null)) {
                    new TwinNetwork(containers.pid(twin.containerId())).check();
                }
                Sampler sampler = new Sampler(ContainerCgroup.of(twin.containerId()), limits.cpus(), progress);
                Thread thread = Thread.ofPlatform().name("twin-cgroup-sampler").daemon().start(sampler);
                List<PhaseResult> results = new ArrayList<>();
                try {
                    for (int i = 0; i < scenario.phases().size(); i++) {
                        Phase phase = scenario.phases().get(i);
                        progress.phaseStarted(i, phase);
                        long from = System.nanoTime();
                        List<String> findings = runPhase(containers, twin.containerId(), phase, limits, cancelled);
                        int scratch = scratchFullPercent(containers.exec(twin.containerId(), Duration.ofSeconds(30), "df", "-P", "/tmp", "/var/tmp",
                                "/var/log", "/run"));
                        containers.exec(twin.containerId(), Duration.ofSeconds(30), "sh", "-c", PhaseLoad.stop());
                        long to = System.nanoTime();
                        results.add(PhaseStatistics.of(phase, sampler.between(from, to), limits, scratch, findings,
                                (from - sampler.startNanos) / 1e9, (to - sampler.startNanos) / 1e9));
                    }
                } finally {
                    sampler.stop();
                    thread.interrupt();
                }
                return new SimulationReport(scenario.name(), image.twinId(), image.reference(), limits.summary(), TwinHardening.describe(),
                        started, results, PhaseStatistics.bottleneck(scenario, results), sampler.costPercent(),
                        sampler.all().size(), List.of());
            } finally {
                containers.stop(twin.containerId());
            }
        }
    }

    private List<String> runPhase(TwinContainers containers, String container, Phase phase, TwinLimits limits, BooleanSupplier cancelled)
            throws IOException {
        long end = System.nanoTime() + phase.duration().toNanos();
        String background = PhaseLoad.background(phase, limits.cpus());
        if (!background.isEmpty()) {
            containers.execDetached(container, "setsid", "sh", "-c", background);
        }
        List<String> findings = new ArrayList<>();
        TwinNetwork network = null;
        if (phase.network() != null) {
            network = new TwinNetwork(containers.pid(container));
            network.apply(phase.network());
            findings.add("network: " + phase.network().netem());
            findings.add("loopback round trip: " + median(containers.exec(container, Duration.ofSeconds(60), "sh", "-c", TwinNetwork.roundTripProbe()))
                    + " ms median of 5 connection attempts");
        }
        try {
            return runLoad(containers, container, phase, limits, cancelled, end, findings);
        } finally {
            if (network != null) {
                network.clear();
            }
        }
    }

    private static String median(String lines) {
        List<Long> values = lines.lines().map(String::strip).filter(l -> l.matches("\\d+")).map(Long::parseLong).sorted().toList();
        return values.isEmpty() ? "?" : Long.toString(values.get(values.size() / 2));
    }

    private List<String> runLoad(TwinContainers containers, String container, Phase phase, TwinLimits limits, BooleanSupplier cancelled, long end,
            List<String> findings) throws IOException {
        String probe = phase.threat() == null ? null : PhaseLoad.probe(phase.threat());
        if (probe != null) {
            String out = containers.exec(container, phase.duration().plusSeconds(30), "sh", "-c", probe);
            out.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(findings::add);
        }
        while (System.nanoTime() < end) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("cancelled");
            }
            try {
                Thread.sleep(Math.min(200, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted");
            }
        }
        if (phase.threat() == Threat.FORK_BOMB || phase.threat() == Threat.DISK_FILL || phase.diskBytes() > 0) {
            String errors = containers.exec(container, Duration.ofSeconds(10), "sh", "-c", "cat /tmp/.twinbench-dd 2>/dev/null | sort -u");
            errors.lines().filter(l -> l.contains("No space")).findFirst().ifPresent(l -> findings.add("writes failed: " + l.strip()));
        }
        return findings;
    }

    /** The fullest of the scratch mounts, in percent, from df -P; -1 when df printed none (it may have been killed: a twin out of memory). */
    static int scratchFullPercent(String df) {
        int most = -1;
        for (String line : df.lines().skip(1).toList()) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length >= 5 && fields[4].endsWith("%")) {
                try {
                    most = Math.max(most, Integer.parseInt(fields[4].substring(0, fields[4].length() - 1)));
                } catch (NumberFormatException ignored) {
                    // a line df wrapped; the others tell
                }
            }
        }
        return most;
    }

    /** Reads the cgroup at the interval on its own thread and counts what that costs it. */
    private final class Sampler implements Runnable {
        private final ContainerCgroup cgroup;
        private final double cpus;
        private final Progress progress;
        private final List<CgroupReading> readings = new ArrayList<>();
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        final long startNanos = System.nanoTime();
        private volatile boolean running = true;
        private volatile long ownCpuNanos;
        private volatile long endNanos;

        Sampler(ContainerCgroup cgroup, double cpus, Progress progress) {
            this.cgroup = cgroup;
            this.cpus = cpus;
            this.progress = progress;
        }

        @Override
        public void run() {
            long cpuAtStart = threads.getCurrentThreadCpuTime();
            CgroupReading previous = null;
            long next = System.nanoTime();
            while (running) {
                try {
                    CgroupReading reading = cgroup.read();
                    synchronized (readings) {
                        readings.add(reading);
                    }
                    if (previous != null) {
                        double cpu = 100.0 * (reading.cpuNanos() - previous.cpuNanos()) / ((reading.atNanos() - previous.atNanos()) * cpus);
                        progress.reading((reading.atNanos() - startNanos) / 1e9, cpu, reading.memoryBytes(), reading.pids());
                    }
                    previous = reading;
                } catch (IOException | RuntimeException e) {
                    // the container is going away; the readings so far stand
                }
                ownCpuNanos = threads.getCurrentThreadCpuTime() - cpuAtStart;
                endNanos = System.nanoTime();
                next += interval.toNanos();
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    try {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }

        void stop() {
            running = false;
        }

        List<CgroupReading> between(long from, long to) {
            synchronized (readings) {
                return readings.stream().filter(r -> r.atNanos() >= from && r.atNanos() <= to).toList();
            }
        }

        List<CgroupReading> all() {
            synchronized (readings) {
                return List.copyOf(readings);
            }
        }

        /** The sampler's own CPU time as a share of one core over the time it ran. */
        double costPercent() {
            long wall = endNanos - startNanos;
            return wall <= 0 ? 0 : 100.0 * ownCpuNanos / wall;
        }
    }
}
