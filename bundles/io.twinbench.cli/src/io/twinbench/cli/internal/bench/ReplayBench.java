package io.twinbench.cli.internal.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.twinbench.remedy.trust.ShadowOrder;
import io.twinbench.shadow.ReplayGate;
import io.twinbench.shadow.TwinReplay;
import io.twinbench.sim.docker.DockerEngine;
import io.twinbench.sim.image.TwinImage;
import io.twinbench.sim.image.TwinImageBuilder;
import io.twinbench.sim.image.TwinImageRegistry;
import io.twinbench.sim.run.TwinContainers;
import io.twinbench.sim.run.TwinLimits;
import io.twinbench.store.ShadowRecordings;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.TwinStore;

/**
 * Mirrored requests replayed into a twin of a Debian root running lighttpd, as fast as it
 * answers, on eight connections as eight live clients made them: once with the twin's lighttpd
 * traced from this machine, once untraced. The two rates are the traced service's throughput
 * with and without tracing (target: at least 2,000 requests per second replayed).
 */
final class ReplayBench {

    static final String TWIN = "bench-shadow";
    private final DockerEngine engine;
    private final Path root;
    private final int requests;
    private final PrintWriter out;

    ReplayBench(DockerEngine engine, Path root, int requests, PrintWriter out) {
        this.engine = engine;
        this.root = root;
        this.requests = requests;
        this.out = out;
    }

    void run() throws Exception {
        Clock clock = Clock.systemUTC();
        TwinImage image = new TwinImageRegistry(engine, clock).list().stream().filter(i -> i.twinId().equals(TWIN)).findFirst().orElse(null);
        if (image == null) {
            image = new TwinImageBuilder(engine, clock).build(new TwinImageBuilder.Request(TWIN, 1, root, List.of(), Set.of("lighttpd.service")), () -> false)
                    .image();
        }
        Path dir = Files.createTempDirectory("twinbench-bench-replay");
        try (TwinStore store = TwinStore.open(StoreLocation.fromEnvironment(java.util.Map.of(), dir)); TwinContainers containers = new TwinContainers(engine,
                clock)) {
            Instant now = Instant.now();
            ShadowOrder order = new ShadowOrder("bench", "bench", now, now.plus(Duration.ofHours(1)), new ShadowOrder.Scope(List.of(), List.of("lighttpd"),
                    List.of(), List.of(80)), ShadowOrder.SOURCES, 1 << 20, 65536, null);
            io.twinbench.remedy.trust.SigningKey key = io.twinbench.remedy.trust.SigningKey.generate("bench");
            var unsigned = order.unsigned();
            store.shadows().create(new ShadowRecordings.Session("bench", "bench", "ended", unsigned.withSignature(key.sign(unsigned)).toJson(), "names lighttpd; ports 80", now,
                    order.expires(), now, null, null, null, null, "bench", now));
            List<ShadowRecordings.Exchange> live = new ArrayList<>();
            long t = now.toEpochMilli() * 1000;
            for (int i = 0; i < requests; i++) {
                live.add(new ShadowRecordings.Exchange(0, "127.0.0.1:" + (40000 + i % 8) + " > 127.0.0.1:80", t + i * 100L, t + i * 100L + 50, "GET",
                        "/index.lighttpd.html", List.of("Host: shop", "User-Agent: bench"), new byte[0], 0, 200, List.of("Content-Type: text/html"),
                        new byte[0], 3388));
            }
            for (int from = 0; from < live.size(); from += 5000) {
                store.shadows().append("bench", ShadowRecordings.LIVE, new ShadowRecordings.Batch(List.of(), live.subList(from, Math.min(live.size(),
                        from + 5000)), from / 5000, new byte[0], 0));
            }
            TwinLimits limits = new TwinLimits(1, 512L << 20, TwinLimits.DEFAULT_PIDS, List.of());
            TwinReplay.Options fast = new TwinReplay.Options(0, 8, io.twinbench.sim.run.TwinChanges.NONE, Duration.ofSeconds(60));
            TwinReplay.Outcome untraced = new TwinReplay(containers, store, clock, Optional.empty()).run("bench", image, limits, fast, new ReplayGate(false),
                    TwinReplay.Progress.NONE, () -> false);
            TwinReplay.Outcome traced = new TwinReplay(containers, store, clock, TwinReplay.hostStrace()).run("bench", image, limits, fast,
                    new ReplayGate(false), TwinReplay.Progress.NONE, () -> false);
            out.printf("  replay into a twin (%,d mirrored requests, 8 connections, as fast as the twin answers; twin start included in neither rate)%n",
                    requests);
            out.printf("    twin untraced                %,8.0f requests/s  (%,d answered; target >= 2,000)%n", untraced.perSecond(), untraced.answered());
            out.printf("    twin traced (strace, host)   %,8.0f requests/s  (%,d answered, %,d system calls recorded)%n", traced.perSecond(), traced.answered(),
                    traced.traced());
            out.printf("    tracing costs the service    %8.0f %% of its throughput%n", 100 * (1 - traced.perSecond() / Math.max(1e-9, untraced.perSecond())));
        } finally {
            SyscallStoreBench.deleteQuietly(dir);
        }
    }
}
