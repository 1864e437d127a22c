package io.twinbench.sim.simulate;

import java.util.List;

/**
 * What one phase did to the twin: CPU as a share of the twin's cores (mean and highest),
 * memory and processes at their highest beside their limits, the limits the kernel enforced,
 * how full the scratch space got, which resources saturated, and what a threat found.
 */
public record PhaseResult(String phase, double seconds, double cpuMeanPercent, double cpuMaxPercent, long memoryPeakBytes, long memoryLimitBytes,
        long pidsPeak, long pidsLimit, long oomKills, long pidsLimitHits, int scratchFullPercent, List<String> saturated, List<String> threatFindings) {

    public PhaseResult {
        saturated = List.copyOf(saturated);
        threatFindings = List.copyOf(threatFindings);
    }
}
