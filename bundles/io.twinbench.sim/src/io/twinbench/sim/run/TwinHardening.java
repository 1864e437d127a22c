package io.twinbench.sim.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.HostConfig;

/**
 * How every twin container is confined: no network, no new privileges, all capabilities
 * dropped but the few a service needs to give up root (switching user and group, owning its
 * log directory, a port below 1024, signalling its own processes), a read-only root with
 * tmpfs scratch space, and the endpoint's cores, memory (no swap beyond it), a process limit and
 * an open-file limit. Where the engine maps a user namespace, the twin's root is an unprivileged
 * user of this machine; without one, TwinContainers refuses to start twins unless told otherwise.
 */
public final class TwinHardening {

    /** Open files per process in a twin: what busy servers set, far below what the engine would allow. */
    public static final int OPEN_FILES = 16384;

    /** What a twin may still do as root: what daemons need to drop to their own user. */
    public static final List<Capability> KEPT = List.of(Capability.CHOWN, Capability.SETUID, Capability.SETGID, Capability.NET_BIND_SERVICE,
            Capability.KILL);
    /** Writable, in memory, gone with the container: the largest size of each mount, and the share of the twin's memory it may take at most. */
    private static final Map<String, long[]> SCRATCH_SIZES = new LinkedHashMap<>();
    private static final Map<String, String> SCRATCH_OPTIONS = new LinkedHashMap<>();

    static {
        scratch("/run", 64, 8, "rw,nosuid,nodev,noexec,mode=755");
        scratch("/tmp", 256, 4, "rw,nosuid,nodev,mode=1777");
        scratch("/var/tmp", 64, 8, "rw,nosuid,nodev,mode=1777");
        scratch("/var/log", 64, 8, "rw,nosuid,nodev,noexec,mode=755");
    }

    /** The scratch mount points. */
    public static final java.util.Set<String> SCRATCH = java.util.Collections.unmodifiableSet(SCRATCH_OPTIONS.keySet());

    private static void scratch(String path, long mostMiB, long shareOfMemory, String options) {
        SCRATCH_SIZES.put(path, new long[] {mostMiB << 20, shareOfMemory});
        SCRATCH_OPTIONS.put(path, options);
    }

    /**
     * The tmpfs mounts for a twin with this memory: what a twin writes there is memory the
     * kernel charges to it, so together they stay well under its limit and filling them meets
     * "no space left", as on the endpoint, rather than the OOM killer.
     */
    static Map<String, String> scratchMounts(long memoryBytes) {
        Map<String, String> mounts = new LinkedHashMap<>();
        SCRATCH_SIZES.forEach((path, size) -> {
            long bytes = Math.max(4L << 20, Math.min(size[0], memoryBytes / size[1]));
            mounts.put(path, SCRATCH_OPTIONS.get(path) + ",size=" + (bytes >> 20) + "m");
        });
        return mounts;
    }

    private TwinHardening() {
    }

    /** Whether a twin keeps a capability, named as systemd and the kernel name it (CAP_SYS_ADMIN). */
    public static boolean keeps(String capability) {
        return KEPT.stream().anyMatch(c -> ("CAP_" + c.name()).equals(capability));
    }

    /** The confinement in words, for reports and the command line. */
    public static String describe() {
        return "no network, no new privileges, capabilities " + String.join(" ", KEPT.stream().map(Capability::name).toList())
                + " only, read-only root, scratch " + String.join(" ", new java.util.TreeSet<>(SCRATCH)) + ", " + OPEN_FILES + " open files";
    }

    public static HostConfig hostConfig(TwinLimits limits) {
        return HostConfig.newHostConfig()
                .withNetworkMode("none")
                .withSecurityOpts(List.of("no-new-privileges"))
                .withCapDrop(Capability.ALL)
                .withCapAdd(KEPT.toArray(Capability[]::new))
                .withReadonlyRootfs(true)
                .withTmpFs(scratchMounts(limits.memoryBytes()))
                .withInit(true)
                .withNanoCPUs(Math.round(limits.cpus() * 1e9))
                .withMemory(limits.memoryBytes())
                .withMemorySwap(limits.memoryBytes())
                .withPidsLimit(limits.pids())
                .withUlimits(List.of(new com.github.dockerjava.api.model.Ulimit("nofile", OPEN_FILES, OPEN_FILES)));
    }
}
