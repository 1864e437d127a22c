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
 * tmpfs scratch space, and the endpoint's cores, memory and a process limit.
 */
public final class TwinHardening {

    /** What a twin may still do as root: what daemons need to drop to their own user. */
    public static final List<Capability> KEPT = List.of(Capability.CHOWN, Capability.SETUID, Capability.SETGID, Capability.NET_BIND_SERVICE,
            Capability.KILL);
    /** Writable, in memory, gone with the container. */
    public static final Map<String, String> SCRATCH;

    static {
        Map<String, String> scratch = new LinkedHashMap<>();
        scratch.put("/run", "rw,nosuid,nodev,noexec,size=64m,mode=755");
        scratch.put("/tmp", "rw,nosuid,nodev,size=256m,mode=1777");
        scratch.put("/var/tmp", "rw,nosuid,nodev,size=64m,mode=1777");
        scratch.put("/var/log", "rw,nosuid,nodev,noexec,size=64m,mode=755");
        SCRATCH = Map.copyOf(scratch);
    }

    private TwinHardening() {
    }

    /** The confinement in words, for reports and the command line. */
    public static String describe() {
        return "no network, no new privileges, capabilities " + String.join(" ", KEPT.stream().map(Capability::name).toList())
                + " only, read-only root, scratch " + String.join(" ", new java.util.TreeSet<>(SCRATCH.keySet()));
    }

    public static HostConfig hostConfig(TwinLimits limits) {
        return HostConfig.newHostConfig()
                .withNetworkMode("none")
                .withSecurityOpts(List.of("no-new-privileges"))
                .withCapDrop(Capability.ALL)
                .withCapAdd(KEPT.toArray(Capability[]::new))
                .withReadonlyRootfs(true)
                .withTmpFs(new LinkedHashMap<>(SCRATCH))
                .withInit(true)
                .withNanoCPUs(Math.round(limits.cpus() * 1e9))
                .withMemory(limits.memoryBytes())
                .withPidsLimit(limits.pids());
    }
}
