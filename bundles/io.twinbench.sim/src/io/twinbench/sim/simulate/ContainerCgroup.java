package io.twinbench.sim.simulate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A container's control-group files on this host, cgroup v1 (cgroupfs) or v2 (cgroupfs or the
 * systemd driver). Read directly rather than through the engine's stats API: a reading is a
 * few small files, which keeps measuring cheap beside the load it measures.
 */
public final class ContainerCgroup {

    private static final Path ROOT = Path.of("/sys/fs/cgroup");
    private static final long UNLIMITED = Long.MAX_VALUE;

    private final boolean v2;
    private final Path cpu;
    private final Path memory;
    private final Path pids;

    private ContainerCgroup(boolean v2, Path cpu, Path memory, Path pids) {
        this.v2 = v2;
        this.cpu = cpu;
        this.memory = memory;
        this.pids = pids;
    }

    /** The container's cgroup, or an IOException that says where it was looked for. */
    public static ContainerCgroup of(String containerId) throws IOException {
        for (Path v2 : List.of(ROOT.resolve("docker").resolve(containerId), ROOT.resolve("system.slice").resolve("docker-" + containerId + ".scope"))) {
            if (Files.isRegularFile(v2.resolve("cpu.stat"))) {
                return new ContainerCgroup(true, v2, v2, v2);
            }
        }
        Path cpu = first(List.of(ROOT.resolve("cpuacct/docker"), ROOT.resolve("cpu,cpuacct/docker"), ROOT.resolve("cpuacct/system.slice")),
                containerId, "cpuacct.usage");
        Path memory = first(List.of(ROOT.resolve("memory/docker"), ROOT.resolve("memory/system.slice")), containerId, "memory.usage_in_bytes");
        Path pids = first(List.of(ROOT.resolve("pids/docker"), ROOT.resolve("pids/system.slice")), containerId, "pids.current");
        if (cpu == null || memory == null || pids == null) {
            throw new IOException("the control groups of container " + containerId.substring(0, Math.min(12, containerId.length()))
                    + " are not under " + ROOT + " (is the engine on another machine?): the twin cannot be measured from here");
        }
        return new ContainerCgroup(false, cpu, memory, pids);
    }

    private static Path first(List<Path> parents, String id, String file) {
        for (Path parent : parents) {
            for (Path dir : List.of(parent.resolve(id), parent.resolve("docker-" + id + ".scope"))) {
                if (Files.isRegularFile(dir.resolve(file))) {
                    return dir;
                }
            }
        }
        return null;
    }

    public CgroupReading read() throws IOException {
        long now = System.nanoTime();
        if (v2) {
            return new CgroupReading(now, keyed(cpu.resolve("cpu.stat"), "usage_usec") * 1000, number(memory.resolve("memory.current")),
                    number(memory.resolve("memory.max")), number(pids.resolve("pids.current")), number(pids.resolve("pids.max")),
                    keyed(memory.resolve("memory.events"), "oom_kill"), keyed(pids.resolve("pids.events"), "max"));
        }
        return new CgroupReading(now, number(cpu.resolve("cpuacct.usage")), number(memory.resolve("memory.usage_in_bytes")),
                number(memory.resolve("memory.limit_in_bytes")), number(pids.resolve("pids.current")), number(pids.resolve("pids.max")),
                keyed(memory.resolve("memory.oom_control"), "oom_kill"), keyed(pids.resolve("pids.events"), "max"));
    }

    private static long number(Path file) throws IOException {
        String text = Files.readString(file).strip();
        return text.equals("max") ? UNLIMITED : Long.parseLong(text);
    }

    /** The value of "key N" in a flat-keyed file; 0 when the kernel does not report it. */
    private static long keyed(Path file, String key) throws IOException {
        if (!Files.isReadable(file)) {
            return 0;
        }
        for (String line : Files.readAllLines(file)) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length == 2 && parts[0].equals(key)) {
                return Long.parseLong(parts[1]);
            }
        }
        return 0;
    }

    /** The container's processes as this machine numbers them (cgroup.procs). */
    public java.util.List<Long> processes() throws IOException {
        return Files.readAllLines(pids.resolve("cgroup.procs")).stream().map(String::strip).filter(l -> l.matches("\\d+")).map(Long::parseLong).toList();
    }
}
