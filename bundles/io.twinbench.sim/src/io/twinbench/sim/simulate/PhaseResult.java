package io.twinbench.sim.simulate;

import java.util.List;

/**
 * What one phase did to the twin: CPU as a share of the twin's cores (mean and highest),
 * memory and processes at their highest beside their limits, the limits the kernel enforced,
 * how full the scratch space got, how a service answered the requests played against it (null
 * when none were), which resources saturated, and what a threat found.
 */
public record PhaseResult(String phase, double seconds, double cpuMeanPercent, double cpuMaxPercent, long memoryPeakBytes, long memoryLimitBytes,
        long pidsPeak, long pidsLimit, long oomKills, long pidsLimitHits, int scratchFullPercent, RequestFigures requests, List<Saturation> saturated,
        List<String> threatFindings) {

    public PhaseResult {
        saturated = List.copyOf(saturated);
        threatFindings = List.copyOf(threatFindings);
    }

    public boolean saturated(String resource) {
        return saturated.stream().anyMatch(s -> s.resource().equals(resource));
    }

    /** The accounts a login-guessing threat got into during the phase. */
    public List<String> loginsGuessed() {
        return LoginGuessing.guessedAccounts(threatFindings);
    }

    /** The ports a scan found open during the phase. */
    public List<Integer> openPorts() {
        return PortScans.open(threatFindings);
    }
}
