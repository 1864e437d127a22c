package io.twinbench.sim.run;

import java.util.ArrayList;
import java.util.List;

/**
 * The resources a twin container gets: the endpoint's own cores and memory, so that what a
 * simulation measures compares with the endpoint, capped at what this machine has (and said so).
 */
public record TwinLimits(double cpus, long memoryBytes, long pids, List<String> notes) {

    /** Enough for any real service set, few enough that a fork bomb meets the limit, not the host. */
    public static final long DEFAULT_PIDS = 4096;

    public TwinLimits {
        notes = List.copyOf(notes);
    }

    /** endpointCores or endpointMemory of 0 or less means the twin does not know them. */
    public static TwinLimits of(int endpointCores, long endpointMemory, int hostCores, long hostMemory) {
        List<String> notes = new ArrayList<>();
        double cpus = endpointCores > 0 ? endpointCores : hostCores;
        if (endpointCores <= 0) {
            notes.add("the twin does not know the endpoint's cores: " + hostCores + " as on this machine");
        } else if (endpointCores > hostCores) {
            notes.add("the endpoint has " + endpointCores + " cores, this machine " + hostCores + ": the twin gets " + hostCores);
            cpus = hostCores;
        }
        long memory = endpointMemory > 0 ? endpointMemory : hostMemory;
        if (endpointMemory <= 0) {
            notes.add("the twin does not know the endpoint's memory: " + mib(hostMemory) + " as on this machine");
        } else if (endpointMemory > hostMemory) {
            notes.add("the endpoint has " + mib(endpointMemory) + " of memory, this machine " + mib(hostMemory) + ": the twin gets "
                    + mib(hostMemory));
            memory = hostMemory;
        }
        return new TwinLimits(cpus, memory, DEFAULT_PIDS, notes);
    }

    /** The cores of the machine the engine runs on (the engine is local). */
    public static int hostCores() {
        return Runtime.getRuntime().availableProcessors();
    }

    public static long hostMemory() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
    }

    public String summary() {
        return String.format("%.2f cores, %s memory, %d processes", cpus, mib(memoryBytes), pids);
    }

    static String mib(long bytes) {
        return (bytes >> 20) + " MiB";
    }
}
