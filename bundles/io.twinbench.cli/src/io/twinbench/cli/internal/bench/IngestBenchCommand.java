package io.twinbench.cli.internal.bench;

import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

import io.twinbench.ingest.collector.Collector;
import io.twinbench.ingest.collector.CollectorListener;
import io.twinbench.ingest.collector.CollectorTls;
import io.twinbench.ingest.enrol.AgentCredentials;
import io.twinbench.ingest.enrol.CertificateAuthority;
import io.twinbench.ingest.enrol.Enrollment;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.TwinStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `twinbench bench-ingest`: many enrolled agents on loopback, real mutual TLS, the real
 * collector and an H2 store in a scratch workspace. Prints sustained samples per second into
 * the store beside a bare batched insert into the same table, sample-to-twin latency at a
 * steady rate, bytes per agent per minute, and differential against full inventory bytes.
 */
@Command(name = "bench-ingest", mixinStandardHelpOptions = true,
        description = {"Measure the agent channel and ingestion with simulated agents on loopback (prints figures)."})
public final class IngestBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--agents", defaultValue = "1000", description = "Simulated agents (default: ${DEFAULT-VALUE}).")
    int agents;

    @Option(names = "--seconds", defaultValue = "15", description = "Length of each measured phase (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--interval-ms", defaultValue = "5000", description = "Steady phase: each agent's batch interval (default: ${DEFAULT-VALUE}).")
    int intervalMillis;

    @Option(names = "--steady-batch", defaultValue = "40", description = "Steady phase: samples per batch, as the real agent sends (default: ${DEFAULT-VALUE}).")
    int steadyBatch;

    @Option(names = "--load-batch", defaultValue = "500", description = "Saturation phase: samples per batch (default: ${DEFAULT-VALUE}).")
    int loadBatch;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path workspace = Files.createTempDirectory("twinbench-bench-ingest");
        LongAdder committedSamples = new LongAdder();
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(workspace))) {
            CertificateAuthority ca = CertificateAuthority.openOrCreate(workspace.resolve(".twinbench/ca"), Clock.systemUTC());
            Enrollment enrollment = new Enrollment(ca, store.enrollments(), Clock.systemUTC());
            try (Collector collector = new Collector(CollectorTls.issue(ca, List.of("127.0.0.1")), enrollment, store, new CollectorListener() {
                @Override
                public void committed(String agentId, long seq, int samples) {
                    committedSamples.add(samples);
                }
            }, Clock.systemUTC())) {
                collector.start(new InetSocketAddress("127.0.0.1", 0));
                LatencyRecorder latencies = new LatencyRecorder();
                long t0 = System.nanoTime();
                List<SimulatedAgent> fleet = enrolAndConnect(enrollment, ca, collector.port(), latencies);
                out.printf("twinbench bench-ingest: %d agents enrolled and connected over mutual TLS in %.1f s%n", fleet.size(),
                        (System.nanoTime() - t0) / 1e9);
                out.flush();

                SteadyResult steady = steady(fleet, latencies);
                out.printf("  %-44s p50 %.1f ms, p99 %.1f ms over %d frames (%d agents, a %d-sample batch every %d ms each, after a %.0f s"
                        + " warm-up that created their series; target p99 < 100 ms)%n", "sample-to-twin latency (send -> commit -> ack)",
                        latencies.percentileMillis(50), latencies.percentileMillis(99), latencies.count(), fleet.size(), steadyBatch,
                        intervalMillis, steady.warmUpSeconds());
                double perAgentPerMinute = steady.bytes / (double) fleet.size() / steady.seconds * 60;
                out.printf("  %-44s %.1f KB at this rate; %.1f KB at the real agent's 5 s interval%n", "bytes per agent per minute (telemetry)",
                        perAgentPerMinute / 1024, perAgentPerMinute / 1024 * intervalMillis / 5000.0);
                out.flush();

                double sustained = saturate(fleet, committedSamples);
                long rows = (long) Math.max(200_000, sustained * seconds);
                double bare = bareInsert(workspace, rows, true);
                double sequential = bareInsert(workspace, rows, false);
                out.printf("  %-44s %,.0f samples/s (target >= 100,000)%n", "sustained samples into H2 via the collector", sustained);
                out.printf("  %-44s %,.0f rows/s over the same series; the collector reaches %.0f %% of it (target >= 50 %%)%n",
                        "bare batched INSERT, same table", bare, 100 * sustained / bare);
                out.printf("  %-44s %,.0f rows/s (all rows in one series, time order: H2's easiest case; %.0f %%)%n",
                        "bare batched INSERT, one series", sequential, 100 * sustained / sequential);
                for (SimulatedAgent agent : fleet) {
                    agent.close();
                }
            }
        } finally {
            Thread.sleep(1_000); // connection threads return their pooled connections after the collector closes
            deleteTree(workspace);
        }
        new SyncBytes(out).print();
        new MaskingRate(out).print(Math.min(seconds, 5));
        out.flush();
        return 0;
    }

    private List<SimulatedAgent> enrolAndConnect(Enrollment enrollment, CertificateAuthority ca, int port, LatencyRecorder latencies)
            throws Exception {
        List<SimulatedAgent> fleet = new ArrayList<>();
        for (int i = 0; i < agents; i++) {
            String id = String.format("bench-%04d", i);
            fleet.add(new SimulatedAgent(id, AgentCredentials.enrol(enrollment, id, id + ".bench").tls(ca.certificate()), port, 2, latencies));
        }
        FleetConnect.all(fleet);
        return fleet;
    }

    private record SteadyResult(long bytes, double seconds, double warmUpSeconds) {
    }

    /** Every agent sends one batch per interval, staggered; latencies recorded after a warm-up interval. */
    private SteadyResult steady(List<SimulatedAgent> fleet, LatencyRecorder latencies) throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        long start = System.nanoTime();
        long[] bytesAtStart = new long[fleet.size()];
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < fleet.size(); i++) {
            SimulatedAgent agent = fleet.get(i);
            long offset = (long) i * intervalMillis * 1_000_000L / fleet.size();
            threads.add(Thread.ofVirtual().start(() -> {
                long tick = start + offset;
                long ts = System.currentTimeMillis() - Duration.ofDays(20).toMillis();
                try {
                    while (running.get()) {
                        long wait = tick - System.nanoTime();
                        if (wait > 0) {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        }
                        agent.send(steadyBatch, ts += 1000);
                        tick += intervalMillis * 1_000_000L;
                    }
                } catch (Exception e) {
                    // the phase ends by closing; a failed send shows as missing latencies
                }
            }));
        }
        // an agent's first frame creates its series, once in its life: latencies count from when
        // every agent's first two frames are acknowledged, not while 50,000 series are being created
        Thread.sleep(Math.max(2_000, 2L * intervalMillis));
        long warmUpLimit = start + Duration.ofMinutes(2).toNanos();
        while (latencies.acknowledged() < 2L * fleet.size() && System.nanoTime() < warmUpLimit) {
            Thread.sleep(100);
        }
        double warmUp = (System.nanoTime() - start) / 1e9;
        for (int i = 0; i < fleet.size(); i++) {
            bytesAtStart[i] = fleet.get(i).bytesSent();
        }
        latencies.start();
        long measuredFrom = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        latencies.stop();
        double measured = (System.nanoTime() - measuredFrom) / 1e9;
        running.set(false);
        for (Thread t : threads) {
            t.join(10_000);
        }
        long bytes = 0;
        for (int i = 0; i < fleet.size(); i++) {
            bytes += fleet.get(i).bytesSent() - bytesAtStart[i];
        }
        Thread.sleep(1_000);
        return new SteadyResult(bytes, measured, warmUp);
    }

    /** Every agent sends as fast as its acknowledgement window allows; returns committed samples per second. */
    private double saturate(List<SimulatedAgent> fleet, LongAdder committed) throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        CountDownLatch done = new CountDownLatch(fleet.size());
        for (SimulatedAgent agent : fleet) {
            Thread.ofVirtual().start(() -> {
                long ts = System.currentTimeMillis() - Duration.ofDays(10).toMillis();
                try {
                    while (running.get()) {
                        agent.send(loadBatch, ts += 1000);
                    }
                } catch (Exception e) {
                    // ends with the phase
                } finally {
                    done.countDown();
                }
            });
        }
        Thread.sleep(3_000);
        long before = committed.sum();
        long from = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        long after = committed.sum();
        double rate = (after - before) / ((System.nanoTime() - from) / 1e9);
        running.set(false);
        done.await(30, java.util.concurrent.TimeUnit.SECONDS);
        // let the collector finish what it holds, so the bare insert that follows runs on a quiet machine
        for (long seen = -1; seen != committed.sum();) {
            seen = committed.sum();
            Thread.sleep(1_000);
        }
        return rate;
    }

    /**
     * Plain batched INSERTs into the sample table of the same database, what H2 itself does
     * here: JDBC batches of 500 rows, a commit every 10,000. Interleaved inserts rows shaped
     * like the collector's, one agent frame (its 50 series, 10 points each) after another;
     * otherwise all rows go to one new series in time order, H2's easiest case.
     */
    private static double bareInsert(Path workspace, long rows, boolean interleaved) throws Exception {
        org.h2.jdbcx.JdbcDataSource source = new org.h2.jdbcx.JdbcDataSource();
        StoreLocation location = StoreLocation.embeddedIn(workspace);
        source.setURL(location.jdbcUrl());
        source.setUser(location.user());
        source.setPassword(location.password());
        try (Connection c = source.getConnection()) {
            List<Long> series = new ArrayList<>();
            try (Statement st = c.createStatement()) {
                if (interleaved) {
                    try (var rs = st.executeQuery("SELECT id FROM series WHERE twin_id LIKE 'bench-%' ORDER BY twin_id, id")) {
                        while (rs.next()) {
                            series.add(rs.getLong(1));
                        }
                    }
                } else {
                    st.executeUpdate("INSERT INTO series (twin_id, element_id, metric, unit) VALUES ('bare-insert', 'x', 'y', 'count')",
                            Statement.RETURN_GENERATED_KEYS);
                    try (var keys = st.getGeneratedKeys()) {
                        keys.next();
                        series.add(keys.getLong(1));
                    }
                }
            }
            c.setAutoCommit(false);
            int n = series.size();
            long start = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sample (series_id, ts, val) VALUES (?, ?, ?)")) {
                int perAgent = SimulatedAgent.SERIES;
                int frame = perAgent * 10;
                for (long i = 0; i < rows; i++) {
                    long f = i / frame;
                    int inFrame = (int) (i % frame);
                    int agent = (int) (f % Math.max(1, n / perAgent));
                    ps.setLong(1, interleaved ? series.get(Math.min(n - 1, agent * perAgent + inFrame % perAgent)) : series.get(0));
                    ps.setLong(2, interleaved ? 1 + (f / Math.max(1, n / perAgent)) * 10 + inFrame / perAgent : 1 + i);
                    ps.setDouble(3, i * 0.5);
                    ps.addBatch();
                    if (i % 500 == 499) {
                        ps.executeBatch();
                    }
                    if (i % 10_000 == 9_999) {
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
            return rows / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
