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

    /**
     * The share of this machine a twin gets at most, whatever the endpoint's inventory claims: the
     * analyst's own work (the workbench, the store) keeps the rest, so a twin that is told to
     * take everything cannot starve it.
     */
    public static final double HOST_SHARE = 0.75;

    /** endpointCores or endpointMemory of 0 or less means the twin does not know them. */
    public static TwinLimits of(int endpointCores, long endpointMemory, int hostCores, long hostMemory) {
        List<String> notes = new ArrayList<>();
        double mostCpus = mostCpus(hostCores);
        long mostMemory = mostMemory(hostMemory);
        double cpus = endpointCores > 0 ? endpointCores : mostCpus;
        if (endpointCores <= 0) {
            notes.add("the twin does not know the endpoint's cores: " + mostCpus + ", three quarters of this machine's " + hostCores);
        } else if (endpointCores > mostCpus) {
            notes.add("the endpoint has " + endpointCores + " cores, this machine " + hostCores + ": the twin gets " + mostCpus
                    + " (three quarters of them)");
            cpus = mostCpus;
        }
        long memory = endpointMemory > 0 ? endpointMemory : mostMemory;
        if (endpointMemory <= 0) {
            notes.add("the twin does not know the endpoint's memory: " + mib(mostMemory) + ", three quarters of this machine's");
        } else if (endpointMemory > mostMemory) {
            notes.add("the endpoint has " + mib(endpointMemory) + " of memory, this machine " + mib(hostMemory) + ": the twin gets "
                    + mib(mostMemory) + " (three quarters of it)");
            memory = mostMemory;
        }
        return new TwinLimits(cpus, memory, DEFAULT_PIDS, notes);
    }

    /** The most cores a twin gets on a machine with hostCores. */
    public static double mostCpus(int hostCores) {
        return Math.max(1, Math.floor(hostCores * HOST_SHARE * 100) / 100);
    }

    /** The most memory a twin gets on a machine with hostMemory. */
    public static long mostMemory(long hostMemory) {
        return Math.max(64L << 20, (long) (hostMemory * HOST_SHARE));
    }

    /** These limits held to this machine's share, whoever made them. */
    public TwinLimits withinShareOf(int hostCores, long hostMemory) {
        double cpus = Math.min(this.cpus, mostCpus(hostCores));
        long memory = Math.min(this.memoryBytes, mostMemory(hostMemory));
        return cpus == this.cpus && memory == this.memoryBytes ? this : new TwinLimits(cpus, memory, pids, notes);
    }

    /**
     * These limits held to what a twin management policy lets twins have (by: the policy, for the
     * notes); a null cap leaves that resource as it is. Each value lowered is said in the notes.
     */
    public TwinLimits cappedAt(Double mostCpus, Long mostMemory, Long mostPids, String by) {
        List<String> capped = new ArrayList<>(notes);
        double c = cpus;
        long m = memoryBytes;
        long p = pids;
        if (mostCpus != null && mostCpus < c) {
            capped.add(by + " lets twins have " + mostCpus + " cores, not " + c);
            c = mostCpus;
        }
        if (mostMemory != null && mostMemory < m) {
            capped.add(by + " lets twins have " + mib(mostMemory) + " of memory, not " + mib(m));
            m = mostMemory;
        }
        if (mostPids != null && mostPids < p) {
            capped.add(by + " lets twins have " + mostPids + " processes, not " + p);
            p = mostPids;
        }
        return capped.size() == notes.size() ? this : new TwinLimits(c, m, p, capped);
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
