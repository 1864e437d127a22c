package io.twinbench.sim.simulate;

import java.util.ArrayList;
import java.util.List;

import io.twinbench.sim.run.TwinLimits;
import io.twinbench.sim.scenario.Phase;
import io.twinbench.sim.scenario.Scenario;

/** A phase's readings turned into its figures, and the scenario's first saturation. */
final class PhaseStatistics {

    static final String CPU = "cpu";
    static final String MEMORY = "memory";
    static final String PROCESSES = "processes";
    static final String SCRATCH = "scratch space";
    /** A service the scenario played requests against: "service on port 80". */
    static final String SERVICE = "service on ";

    private PhaseStatistics() {
    }

    /**
     * @param before   the last reading before the phase began, or null: what the phase's counters
     *                 (CPU time, OOM kills, process-limit hits) grew from. Without it, an OOM kill in
     *                 the phase's first interval is already in its first reading and goes uncounted.
     * @param readings the readings taken during the phase
     */
    static PhaseResult of(Phase phase, CgroupReading before, List<CgroupReading> readings, TwinLimits limits, int scratchFull, RequestFigures requests,
            List<String> findings, double fromSeconds, double toSeconds) {
        double cpuSum = 0;
        double cpuMax = 0;
        int intervals = 0;
        long memoryPeak = 0;
        long pidsPeak = 0;
        long memoryLimit = limits.memoryBytes();
        long pidsLimit = limits.pids();
        for (int i = 0; i < readings.size(); i++) {
            CgroupReading r = readings.get(i);
            memoryPeak = Math.max(memoryPeak, r.memoryBytes());
            pidsPeak = Math.max(pidsPeak, r.pids());
            memoryLimit = Math.min(memoryLimit, r.memoryLimit());
            pidsLimit = Math.min(pidsLimit, r.pidsLimit());
            CgroupReading previous = i > 0 ? readings.get(i - 1) : before;
            if (previous != null) {
                double cpu = cpuPercent(previous, r, limits.cpus());
                cpuSum += cpu;
                cpuMax = Math.max(cpuMax, cpu);
                intervals++;
            }
        }
        CgroupReading first = before != null ? before : readings.isEmpty() ? null : readings.get(0);
        CgroupReading last = readings.isEmpty() ? null : readings.get(readings.size() - 1);
        long oom = first == null || last == null ? 0 : last.oomKills() - first.oomKills();
        long pidHits = first == null || last == null ? 0 : last.pidsLimitHits() - first.pidsLimitHits();
        double cpuMean = intervals == 0 ? 0 : cpuSum / intervals;
        List<Saturation> saturated = firsts(before, readings, limits, fromSeconds, readings.isEmpty() ? 0 : readings.get(0).atNanos());
        if (scratchFull >= 99) {
            saturated.add(new Saturation(SCRATCH, toSeconds, scratchFull + " % full"));
        }
        if (requests != null && requests.fellBehindAtSeconds() >= 0) {
            saturated.add(new Saturation(SERVICE + requests.target(), fromSeconds + requests.fellBehindAtSeconds(),
                    requests.failed() > 0 ? requests.failed() + (requests.failed() == 1 ? " request failed" : " requests failed")
                            : "sent " + requests.sent() + " of " + requests.asked() + " asked, answers came late"));
        }
        saturated.sort(java.util.Comparator.comparingDouble(Saturation::atSeconds));
        return new PhaseResult(phase.name(), toSeconds - fromSeconds, cpuMean, cpuMax, memoryPeak, memoryLimit, pidsPeak, pidsLimit, oom, pidHits,
                scratchFull, requests, saturated, findings);
    }

    /** Each resource's first saturation within the readings, in scenario seconds. */
    private static List<Saturation> firsts(CgroupReading beforePhase, List<CgroupReading> readings, TwinLimits limits, double fromSeconds,
            long firstNanos) {
        List<Saturation> firsts = new ArrayList<>();
        for (int i = beforePhase == null ? 1 : 0; i < readings.size(); i++) {
            CgroupReading before = i == 0 ? beforePhase : readings.get(i - 1);
            CgroupReading r = readings.get(i);
            double at = fromSeconds + Math.max(0, r.atNanos() - firstNanos) / 1e9;
            if (cpuPercent(before, r, limits.cpus()) >= SimulationRunner.CPU_SATURATED) {
                note(firsts, CPU, at);
            }
            if (r.oomKills() > before.oomKills() || 100.0 * r.memoryBytes() / Math.min(limits.memoryBytes(), r.memoryLimit()) >= SimulationRunner.LIMIT_SATURATED) {
                note(firsts, MEMORY, at);
            }
            if (r.pidsLimitHits() > before.pidsLimitHits() || 100.0 * r.pids() / Math.min(limits.pids(), r.pidsLimit()) >= SimulationRunner.LIMIT_SATURATED) {
                note(firsts, PROCESSES, at);
            }
        }
        return firsts;
    }

    private static void note(List<Saturation> firsts, String resource, double at) {
        if (firsts.stream().noneMatch(f -> f.resource().equals(resource))) {
            firsts.add(new Saturation(resource, at, ""));
        }
    }

    static double cpuPercent(CgroupReading before, CgroupReading after, double cpus) {
        long wall = after.atNanos() - before.atNanos();
        return wall <= 0 ? 0 : 100.0 * (after.cpuNanos() - before.cpuNanos()) / (wall * cpus);
    }

    /** The resource that saturated earliest in the scenario, with the phase and the load it was under. */
    static SimulationReport.Bottleneck bottleneck(Scenario scenario, List<PhaseResult> results) {
        SimulationReport.Bottleneck first = null;
        for (int i = 0; i < results.size(); i++) {
            for (Saturation saturated : results.get(i).saturated()) {
                if (first == null || saturated.atSeconds() < first.atSeconds()) {
                    first = new SimulationReport.Bottleneck(saturated.resource(), results.get(i).phase(), saturated.atSeconds(),
                            load(scenario.phases().get(i)));
                }
            }
        }
        return first;
    }

    static String load(Phase phase) {
        List<String> parts = new ArrayList<>();
        if (phase.cpuWorkers() > 0) {
            parts.add(phase.cpuWorkers() + " busy CPU workers");
        }
        if (phase.memoryBytes() > 0) {
            parts.add((phase.memoryBytes() >> 20) + " MiB held");
        }
        if (phase.diskBytes() > 0) {
            parts.add((phase.diskBytes() >> 20) + " MiB written");
        }
        if (phase.threat() != null) {
            parts.add("threat " + phase.threat().key());
        }
        if (phase.network() != null) {
            parts.add("network " + phase.network().describe());
        }
        if (phase.requests() != null) {
            parts.add(phase.requests().rate() + " requests/s to " + phase.requests().target());
        }
        return parts.isEmpty() ? "no load" : String.join(", ", parts);
    }
}
