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

    private PhaseStatistics() {
    }

    /** Where in the scenario a resource first saturated, in seconds from its start; -1 when it did not in this phase. */
    private record First(String resource, double atSeconds) {
    }

    static PhaseResult of(Phase phase, List<CgroupReading> readings, TwinLimits limits, int scratchFull, List<String> findings, double fromSeconds,
            double toSeconds) {
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
            if (i > 0) {
                double cpu = cpuPercent(readings.get(i - 1), r, limits.cpus());
                cpuSum += cpu;
                cpuMax = Math.max(cpuMax, cpu);
                intervals++;
            }
        }
        long oom = readings.size() < 2 ? 0 : readings.get(readings.size() - 1).oomKills() - readings.get(0).oomKills();
        long pidHits = readings.size() < 2 ? 0 : readings.get(readings.size() - 1).pidsLimitHits() - readings.get(0).pidsLimitHits();
        double cpuMean = intervals == 0 ? 0 : cpuSum / intervals;
        List<String> saturated = new ArrayList<>();
        List<First> firsts = firsts(readings, limits, fromSeconds, readings.isEmpty() ? 0 : readings.get(0).atNanos());
        for (First f : firsts) {
            saturated.add(f.resource() + " at " + String.format("%.1f s", f.atSeconds()));
        }
        if (scratchFull >= 99) {
            saturated.add(SCRATCH + " at " + String.format("%.1f s", toSeconds) + " (" + scratchFull + " % full)");
        }
        return new PhaseResult(phase.name(), toSeconds - fromSeconds, cpuMean, cpuMax, memoryPeak, memoryLimit, pidsPeak, pidsLimit, oom, pidHits,
                scratchFull, saturated, findings);
    }

    /** Each resource's first saturation within the readings, in scenario seconds. */
    private static List<First> firsts(List<CgroupReading> readings, TwinLimits limits, double fromSeconds, long firstNanos) {
        List<First> firsts = new ArrayList<>();
        for (int i = 1; i < readings.size(); i++) {
            CgroupReading before = readings.get(i - 1);
            CgroupReading r = readings.get(i);
            double at = fromSeconds + (r.atNanos() - firstNanos) / 1e9;
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

    private static void note(List<First> firsts, String resource, double at) {
        if (firsts.stream().noneMatch(f -> f.resource().equals(resource))) {
            firsts.add(new First(resource, at));
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
            for (String saturated : results.get(i).saturated()) {
                int at = saturated.lastIndexOf(" at ");
                String resource = saturated.substring(0, at);
                double seconds = Double.parseDouble(saturated.substring(at + 4).replaceAll(" s.*", ""));
                if (first == null || seconds < first.atSeconds()) {
                    first = new SimulationReport.Bottleneck(resource, results.get(i).phase(), seconds, load(scenario.phases().get(i)));
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
            parts.add("network " + phase.network().netem());
        }
        return parts.isEmpty() ? "no load" : String.join(", ", parts);
    }
}
