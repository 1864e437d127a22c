package io.twinbench.resources.container;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Statistics;

import io.twinbench.ingest.twin.InventoryJson;
import io.twinbench.ingest.twin.InventoryTwinBuilder;
import io.twinbench.ingest.twin.TwinInventory;
import io.twinbench.inventory.SecretRedactor;
import io.twinbench.protocol.InventoryDelta;
import io.twinbench.protocol.inventory.InventoryDiff;
import io.twinbench.protocol.inventory.Section;
import io.twinbench.protocol.inventory.SectionDelta;
import io.twinbench.store.Sample;
import io.twinbench.store.SeriesAppend;
import io.twinbench.store.SeriesKey;
import io.twinbench.store.TwinStore;

/**
 * Every container of one Docker engine as a resource twin, kept current by polling: each poll
 * inspects the containers and stores only what changed since the twin's last state (the
 * sections' differences, each in the twin's history, and a snapshot), and samples their CPU,
 * memory, I/O and network from the engine's statistics as the twin's telemetry. A container
 * that is gone keeps its twin, marked removed.
 */
public final class ContainerTwins implements Closeable {

    /** Container twins are named container-NAME, so they never meet an agent's id. */
    public static final String PREFIX = "container-";
    /** Statistics asked of the engine at once. */
    private static final int STATISTICS_AT_ONCE = 16; // the connections DockerEngine gives a client

    private final DockerClient docker;
    private final String engine;
    private final TwinStore store;
    private final Clock clock;
    private final ContainerSections sections;
    private final InventoryTwinBuilder builder = new InventoryTwinBuilder();
    private final Map<String, List<String>> digests = new ConcurrentHashMap<>();
    private final Map<String, Counters> counters = new ConcurrentHashMap<>();

    /** What one poll did: containers seen, twins changed, the bytes of the changes stored, what could not be read. */
    public record Polled(int containers, List<String> changed, long bytesStored, List<String> problems) {
    }

    /** The I/O and network counters of a container at its last sample, to turn into rates. */
    private record Counters(long at, long read, long written, long received, long sent) {
    }

    /** The engine's containers; its address names it in the twins' source. */
    public ContainerTwins(io.twinbench.sim.docker.DockerEngine engine, TwinStore store, SecretRedactor redactor, Clock clock) {
        this.docker = engine.connect();
        this.engine = engine.endpoint();
        this.store = store;
        this.clock = clock;
        this.sections = new ContainerSections(redactor);
    }

    public static String twinId(String containerName) {
        return PREFIX + containerName;
    }

    /** Inspects every container and stores what changed. */
    public Polled poll() {
        Instant now = clock.instant();
        List<String> changed = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        long bytes = 0;
        List<Container> containers = docker.listContainersCmd().withShowAll(true).exec().stream().filter(c -> !twinbenchOwn(c)).toList();
        for (Container c : containers) {
            InspectContainerResponse inspected;
            try {
                inspected = docker.inspectContainerCmd(c.getId()).exec();
            } catch (NotFoundException e) {
                continue; // removed between the list and the inspection: the next poll says so
            }
            String name = ContainerSections.name(inspected);
            seen.add(twinId(name));
            try {
                long stored = store(name, sections.of(inspected, digests(inspected.getImageId())), now);
                if (stored > 0) {
                    changed.add(twinId(name));
                    bytes += stored;
                }
            } catch (RuntimeException | TwinInventory.Drift e) {
                problems.add(name + ": " + e.getMessage());
            }
        }
        for (String gone : gone(seen)) {
            try {
                long stored = markRemoved(gone, now);
                if (stored > 0) {
                    changed.add(gone);
                    bytes += stored;
                }
            } catch (RuntimeException | TwinInventory.Drift e) {
                problems.add(gone + ": " + e.getMessage());
            }
        }
        return new Polled(containers.size(), changed, bytes, problems);
    }

    /** Stores the sections' differences from the twin's last state; returns the bytes stored (0: nothing changed). */
    private long store(String name, List<Section> now, Instant at) throws TwinInventory.Drift {
        String twinId = twinId(name);
        TwinInventory held = new TwinInventory(twinId, store.inventories());
        List<SectionDelta> deltas = new ArrayList<>();
        for (Section section : now) {
            Section before = held.sections().getOrDefault(section.name(), new Section(section.name(), List.of()));
            if (!before.hash().equals(section.hash())) {
                deltas.add(InventoryDiff.diff(before, section));
            }
        }
        if (deltas.isEmpty()) {
            return 0;
        }
        TwinInventory.Step step = held.delta(new InventoryDelta(deltas), "engine " + engine, at);
        InventoryTwinBuilder.Result built = builder.build(twinId, name, "container on " + engine, now, Date.from(at));
        store.inventories().writeWithSnapshot(built.twin(), step.writes(), at);
        return size(deltas);
    }

    /** A twin whose container is gone from the engine: its state becomes removed, once. */
    private long markRemoved(String twinId, Instant at) throws TwinInventory.Drift {
        TwinInventory held = new TwinInventory(twinId, store.inventories());
        Section container = held.sections().get(ContainerSections.CONTAINER);
        if (container == null) {
            return 0;
        }
        List<io.twinbench.protocol.inventory.Item> items = new ArrayList<>();
        boolean already = false;
        for (var item : container.items()) {
            if (item.key().equals(ContainerSections.STATE)) {
                already = "removed".equals(item.attributes().get("status"));
                Map<String, String> attributes = new HashMap<>(item.attributes());
                attributes.put("status", "removed");
                attributes.put("state", "INACTIVE");
                items.add(new io.twinbench.protocol.inventory.Item(item.key(), attributes));
            } else {
                items.add(item);
            }
        }
        if (already) {
            return 0;
        }
        List<Section> now = new ArrayList<>(held.sections().values());
        now.replaceAll(s -> s.name().equals(ContainerSections.CONTAINER) ? new Section(s.name(), items) : s);
        String name = twinId.substring(PREFIX.length());
        return store(name, now, at);
    }

    /** The twins of this engine's containers that the engine no longer lists. */
    private List<String> gone(Set<String> seen) {
        String source = "container on " + engine;
        return store.snapshots().list().stream().filter(t -> t.id().startsWith(PREFIX) && !seen.contains(t.id()))
                .filter(t -> store.snapshots().latest(t.id()).map(twin -> source.equals(twin.getSource())).orElse(false))
                .map(t -> t.id()).toList();
    }

    /**
     * Twinbench's own containers (twins, lab endpoints, plan trials, container twins) are not
     * resources the analyst defends. Told by the labels Twinbench puts on the containers, not by
     * those of their images, which any container of a twin image carries.
     */
    private static final Set<String> OWN = Set.of(io.twinbench.sim.lab.LabFleet.LABEL, io.twinbench.sim.run.TwinContainers.LABEL_CONTAINER,
            io.twinbench.sim.image.TwinImage.LABEL_TRIAL, ContainerExecutableTwins.LABEL);

    private static boolean twinbenchOwn(Container c) {
        return c.getLabels() != null && c.getLabels().keySet().stream().anyMatch(OWN::contains);
    }

    private List<String> digests(String imageId) {
        if (imageId == null) {
            return List.of();
        }
        return digests.computeIfAbsent(imageId, id -> {
            try {
                List<String> repo = docker.inspectImageCmd(id).exec().getRepoDigests();
                return repo == null ? List.of() : List.copyOf(repo);
            } catch (NotFoundException e) {
                return List.of();
            }
        });
    }

    private static long size(List<SectionDelta> deltas) {
        long bytes = 0;
        for (SectionDelta d : deltas) {
            for (var item : d.upserts()) {
                bytes += item.key().length() + InventoryJson.of(item).getBytes(StandardCharsets.UTF_8).length;
            }
            for (String removed : d.removals()) {
                bytes += removed.length();
            }
        }
        return bytes;
    }

    /**
     * Samples the running containers' statistics into their twins' telemetry: CPU as a share of
     * one core (as the agent counts it, 100 % a core), memory used, and disk and network rates
     * since the previous sample. Returns the number of containers sampled.
     */
    public int sample() {
        List<Container> running = docker.listContainersCmd().exec().stream().filter(c -> !twinbenchOwn(c)).toList();
        // the engine takes a second or two over each container's statistics (it reads them twice): ask for many at once
        Map<String, java.util.concurrent.Future<Statistics>> asked = new java.util.LinkedHashMap<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(Math.max(1, Math.min(STATISTICS_AT_ONCE, running.size())))) {
            for (Container c : running) {
                asked.put(c.getNames() == null || c.getNames().length == 0 ? c.getId() : c.getNames()[0].replaceFirst("^/", ""),
                        pool.submit(() -> statistics(c.getId())));
            }
        }
        List<SeriesAppend> appends = new ArrayList<>();
        int sampled = 0;
        for (Map.Entry<String, java.util.concurrent.Future<Statistics>> e : asked.entrySet()) {
            Statistics s = e.getValue().isDone() ? e.getValue().resultNow() : null;
            if (s == null) {
                continue;
            }
            String twinId = twinId(e.getKey());
            long now = clock.millis();
            Double cpu = cpuPercent(s);
            if (cpu != null) {
                appends.add(new SeriesAppend(new SeriesKey(twinId, "cpu", "cpu.load"), "%", List.of(new Sample(now, cpu))));
            }
            if (s.getMemoryStats() != null && s.getMemoryStats().getUsage() != null) {
                appends.add(new SeriesAppend(new SeriesKey(twinId, "memory", "memory.used"), "bytes",
                        List.of(new Sample(now, s.getMemoryStats().getUsage()))));
            }
            Counters next = counters(s, now);
            Counters before = counters.put(twinId, next);
            if (before != null && next.at() > before.at()) {
                double seconds = (next.at() - before.at()) / 1000.0;
                rate(appends, twinId, "disk", "disk.read.rate", next.read() - before.read(), seconds, now);
                rate(appends, twinId, "disk", "disk.write.rate", next.written() - before.written(), seconds, now);
                rate(appends, twinId, "net", "net.rx.rate", next.received() - before.received(), seconds, now);
                rate(appends, twinId, "net", "net.tx.rate", next.sent() - before.sent(), seconds, now);
            }
            sampled++;
        }
        if (!appends.isEmpty()) {
            store.telemetry().appendAll(appends);
        }
        return sampled;
    }

    private static void rate(List<SeriesAppend> appends, String twinId, String element, String metric, long delta, double seconds, long now) {
        if (delta >= 0) { // a restarted container starts its counters again
            appends.add(new SeriesAppend(new SeriesKey(twinId, element, metric), "bytes/s", List.of(new Sample(now, delta / seconds))));
        }
    }

    private Statistics statistics(String containerId) {
        Statistics[] got = new Statistics[1];
        try (ResultCallback.Adapter<Statistics> reader = docker.statsCmd(containerId).withNoStream(true).exec(new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Statistics s) {
                got[0] = s;
            }
        })) {
            reader.awaitCompletion(10, TimeUnit.SECONDS);
            return got[0];
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (IOException | RuntimeException e) {
            return null; // stopped between the list and the statistics
        }
    }

    /** CPU used between the engine's two readings, 100 % a core. */
    static Double cpuPercent(Statistics s) {
        if (s.getCpuStats() == null || s.getPreCpuStats() == null || s.getCpuStats().getCpuUsage() == null || s.getPreCpuStats().getCpuUsage() == null
                || s.getCpuStats().getSystemCpuUsage() == null || s.getPreCpuStats().getSystemCpuUsage() == null) {
            return null;
        }
        long used = s.getCpuStats().getCpuUsage().getTotalUsage() - s.getPreCpuStats().getCpuUsage().getTotalUsage();
        long system = s.getCpuStats().getSystemCpuUsage() - s.getPreCpuStats().getSystemCpuUsage();
        long cpus = s.getCpuStats().getOnlineCpus() == null ? 1 : s.getCpuStats().getOnlineCpus();
        return system <= 0 || used < 0 ? null : 100.0 * used / system * cpus;
    }

    private static Counters counters(Statistics s, long at) {
        long read = 0;
        long written = 0;
        if (s.getBlkioStats() != null && s.getBlkioStats().getIoServiceBytesRecursive() != null) {
            for (var entry : s.getBlkioStats().getIoServiceBytesRecursive()) {
                if ("read".equalsIgnoreCase(entry.getOp())) {
                    read += entry.getValue();
                } else if ("write".equalsIgnoreCase(entry.getOp())) {
                    written += entry.getValue();
                }
            }
        }
        long received = 0;
        long sent = 0;
        if (s.getNetworks() != null) {
            for (var n : s.getNetworks().values()) {
                received += n.getRxBytes() == null ? 0 : n.getRxBytes();
                sent += n.getTxBytes() == null ? 0 : n.getTxBytes();
            }
        }
        return new Counters(at, read, written, received, sent);
    }

    @Override
    public void close() throws IOException {
        docker.close();
    }
}
