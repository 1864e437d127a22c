package io.twinbench.sim.simulate;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import io.twinbench.sim.docker.DockerEngine;
import io.twinbench.sim.image.TwinImage;
import io.twinbench.sim.run.RunningTwin;
import io.twinbench.sim.run.TwinChanges;
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

    /** The engine the twins run on. */
    DockerEngine engine() {
        return engine;
    }

    public SimulationReport run(TwinImage image, TwinLimits limits, Scenario scenario, Progress progress, BooleanSupplier cancelled)
            throws IOException {
        return run(image, limits, TwinChanges.NONE, scenario, progress, cancelled);
    }

    /** As {@link #run(TwinImage, TwinLimits, Scenario, Progress, BooleanSupplier)}, on a twin with the changes, as a recommendation is checked. */
    public SimulationReport run(TwinImage image, TwinLimits limits, TwinChanges changes, Scenario scenario, Progress progress,
            BooleanSupplier cancelled) throws IOException {
        int accountProcesses = changes.accountProcesses();
        Instant started = clock.instant();
        try (TwinContainers containers = new TwinContainers(engine, clock)) {
            RunningTwin twin = containers.start(image, limits, changes, Duration.ofSeconds(60));
            try {
                if (!"running".equals(twin.state())) {
                    throw new IOException("the twin of " + image.reference() + " is " + twin.state() + ", not running: "
                            + containers.output(twin.containerId()).strip());
                }
                List<io.twinbench.sim.scenario.NetworkConditions> conditions = scenario.phases().stream().map(Phase::network)
                        .filter(java.util.Objects::nonNull).toList();
                TwinNetwork network = conditions.isEmpty() ? null : TwinNetwork.check(containers.pid(twin.containerId()), conditions);
                awaitListenersSettled(containers.pid(twin.containerId()));
                java.util.Map<Integer, String> listening = awaitListening(containers, twin.containerId(), scenario);
                Sampler sampler = new Sampler(ContainerCgroup.of(twin.containerId()), limits.cpus(), progress);
                Thread thread = Thread.ofPlatform().name("twin-cgroup-sampler").daemon().start(sampler);
                List<PhaseResult> results = new ArrayList<>();
                try {
                    for (int i = 0; i < scenario.phases().size(); i++) {
                        Phase phase = scenario.phases().get(i);
                        progress.phaseStarted(i, phase);
                        long from = System.nanoTime();
                        PhaseOutcome outcome = runPhase(containers, twin.containerId(), phase, limits, accountProcesses, network, cancelled);
                        if (phase.requests() != null && listening.containsKey(phase.requests().port())) {
                            outcome.findings().add(0, listening.remove(phase.requests().port()));
                        }
                        int scratch = scratchFullPercent(containers.exec(twin.containerId(), Duration.ofSeconds(30), "df", "-P", "/tmp", "/var/tmp",
                                "/var/log", "/run"));
                        containers.exec(twin.containerId(), Duration.ofSeconds(30), "sh", "-c", PhaseLoad.stop());
                        long to = System.nanoTime();
                        results.add(PhaseStatistics.of(phase, sampler.lastBefore(from), sampler.between(from, to), limits, scratch, outcome.requests(), outcome.findings(),
                                (from - sampler.startNanos) / 1e9, (to - sampler.startNanos) / 1e9));
                    }
                } finally {
                    sampler.stop();
                    thread.interrupt();
                }
                return new SimulationReport(scenario.name(), image.twinId(), image.reference(), limits.summary(), TwinHardening.describe(),
                        started, results, PhaseStatistics.bottleneck(scenario, results), sampler.costPercent(),
                        sampler.all().size(), List.of(), null);
            } finally {
                containers.stop(twin.containerId());
            }
        }
    }

    /**
     * Waits, up to 5 s, until the ports the twin listens on stay the same for a second: services
     * that were started still open theirs (lighttpd reads its configuration first), and a scan or
     * replay in the first phase should meet the endpoint as it runs, not as it boots.
     */
    private static void awaitListenersSettled(long initPid) {
        long until = System.nanoTime() + 5_000_000_000L;
        java.util.Set<Integer> previous = ListeningServices.ports(initPid);
        long stableSince = System.nanoTime();
        while (System.nanoTime() < until && System.nanoTime() - stableSince < 1_000_000_000L) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            java.util.Set<Integer> now = ListeningServices.ports(initPid);
            if (!now.equals(previous)) {
                previous = now;
                stableSince = System.nanoTime();
            }
        }
    }

    /** How long a twin's services may take to listen once started, before requests are played against them. */
    private static final int LISTEN_WAIT_TENTHS = 50;

    /**
     * Waits until something listens on each port the scenario plays requests against, so that a
     * service still starting is not counted as one failing; says, by port, how long that took.
     */
    private static java.util.Map<Integer, String> awaitListening(TwinContainers containers, String container, Scenario scenario) throws IOException {
        java.util.Map<Integer, String> said = new java.util.HashMap<>();
        for (Phase phase : scenario.phases()) {
            if (phase.requests() == null || said.containsKey(phase.requests().port())) {
                continue;
            }
            int port = phase.requests().port();
            long from = System.nanoTime();
            String out = containers.exec(container, Duration.ofSeconds(LISTEN_WAIT_TENTHS / 10 + 30), "bash", "-c",
                    "for i in $(seq " + LISTEN_WAIT_TENTHS + "); do (exec 3<>/dev/tcp/127.0.0.1/" + port + ") 2>/dev/null && { echo listening; exit; }; sleep 0.1; done");
            double seconds = (System.nanoTime() - from) / 1e9;
            said.put(port, out.contains("listening") ? String.format("port %d accepted connections %.1f s after the twin's services were started", port, seconds)
                    : String.format("nothing listened on port %d within %.0f s of the twin's services being started", port, LISTEN_WAIT_TENTHS / 10.0));
        }
        return said;
    }

    /** What a phase found beyond its readings: threat findings, and the figures of the requests it played (null when none). */
    private record PhaseOutcome(List<String> findings, RequestFigures requests) {
    }

    private PhaseOutcome runPhase(TwinContainers containers, String container, Phase phase, TwinLimits limits, int accountProcesses,
            TwinNetwork network, BooleanSupplier cancelled) throws IOException {
        long end = System.nanoTime() + phase.duration().toNanos();
        String background = PhaseLoad.background(phase, limits.cpus(), accountProcesses);
        if (!background.isEmpty()) {
            containers.execDetached(container, "setsid", "sh", "-c", background);
        }
        List<String> findings = new ArrayList<>();
        boolean conditioned = phase.network() != null;
        if (conditioned) {
            findings.add("network: " + network.apply(phase.network()));
            findings.add("loopback round trip: " + roundTrips(containers.exec(container, Duration.ofSeconds(60), "bash", "-c", TwinNetwork.roundTripProbe())));
        }
        try {
            return runLoad(containers, container, phase, limits, cancelled, end, findings);
        } finally {
            if (conditioned) {
                String did = network.clear();
                if (!did.isEmpty()) {
                    findings.add("network: " + did);
                }
            }
        }
    }

    /** "12 ms median, 1012 ms at most, of 5 connection attempts" from the probe's lines. */
    private static String roundTrips(String lines) {
        List<Long> values = lines.lines().map(String::strip).filter(l -> l.matches("\\d+")).map(Long::parseLong).sorted().toList();
        return values.isEmpty() ? "? ms median of 5 connection attempts"
                : values.get(values.size() / 2) + " ms median, " + values.get(values.size() - 1) + " ms at most, of " + values.size() + " connection attempts";
    }

    private PhaseOutcome runLoad(TwinContainers containers, String container, Phase phase, TwinLimits limits, BooleanSupplier cancelled, long end,
            List<String> findings) throws IOException {
        RequestPlayer player = phase.requests() == null ? null : new RequestPlayer(containers, container, phase, end);
        String probe = phase.threat() == null ? null : PhaseLoad.probe(phase.threat());
        if (probe != null) {
            String out = containers.exec(container, phase.duration().plusSeconds(30), "sh", "-c", probe);
            Map<Integer, String> owners = phase.threat() == Threat.PORT_SCAN
                    ? ListeningServices.of(containers.pid(container), ContainerCgroup.of(container).processes()) : Map.of();
            out.lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> PortScans.withOwner(l, owners)).forEach(findings::add);
        }
        if (phase.threat() == Threat.BRUTE_FORCE_LOGIN) {
            // guesses until half a second before the phase ends, as its load does
            double seconds = Math.max(0.5, (end - System.nanoTime()) / 1e9 - 0.5);
            String out = containers.exec(container, phase.duration().plusSeconds(30), LoginGuessing.command(seconds).toArray(String[]::new));
            findings.addAll(LoginGuessing.findings(out, seconds));
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
        return new PhaseOutcome(findings, player == null ? null : player.figures());
    }

    /** Plays a phase's requests inside the twin on a thread of its own while the phase's other load runs. */
    private static final class RequestPlayer {
        private final Phase phase;
        private final double seconds;
        private final Thread thread;
        private volatile String output = "";
        private volatile IOException failure;

        RequestPlayer(TwinContainers containers, String container, Phase phase, long endNanos) {
            this.phase = phase;
            // ends half a second before the phase, as its load does, so that no request straddles the next phase
            this.seconds = Math.max(0.5, (endNanos - System.nanoTime()) / 1e9 - 0.5);
            List<String> command = PhaseLoad.replay(phase.requests(), seconds);
            this.thread = Thread.ofPlatform().name("twin-request-replay").daemon().start(() -> {
                try {
                    output = containers.exec(container, phase.duration().plusSeconds(30), command.toArray(String[]::new));
                } catch (IOException e) {
                    failure = e;
                }
            });
        }

        RequestFigures figures() throws IOException {
            try {
                thread.join(Duration.ofSeconds(40));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted");
            }
            if (failure != null) {
                throw new IOException("playing the requests of phase '" + phase.name() + "' failed: " + failure.getMessage(), failure);
            }
            return RequestFigures.parse(phase.requests(), output, seconds);
        }
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

        CgroupReading lastBefore(long from) {
            synchronized (readings) {
                CgroupReading last = null;
                for (CgroupReading r : readings) {
                    if (r.atNanos() < from) {
                        last = r;
                    }
                }
                return last;
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
