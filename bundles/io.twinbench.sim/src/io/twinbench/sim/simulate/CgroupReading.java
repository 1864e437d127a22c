package io.twinbench.sim.simulate;

/**
 * One reading of a twin container's control groups: cumulative CPU time, memory in use and its
 * limit, processes and their limit, and how often the kernel enforced a limit so far.
 */
public record CgroupReading(long atNanos, long cpuNanos, long memoryBytes, long memoryLimit, long pids, long pidsLimit, long oomKills,
        long pidsLimitHits) {
}
