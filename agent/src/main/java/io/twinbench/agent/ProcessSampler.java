package io.twinbench.agent;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.twinbench.protocol.ElementIds;
import io.twinbench.protocol.Sample;
import oshi.software.os.OSProcess;
import oshi.software.os.OperatingSystem;

/**
 * CPU, resident memory and open files of the processes that matter: the busiest and the
 * largest few, not all of them, so a host with a thousand processes still sends a small batch
 * and the twin's busiest processes get series. CPU is the load between two calls, in percent
 * of one core, so it appears from the second call on.
 */
final class ProcessSampler {

    private final OperatingSystem os;
    private final Clock clock;
    private final int top;
    private Map<Integer, OSProcess> previous = Map.of();

    ProcessSampler(OperatingSystem os, Clock clock, int top) {
        this.os = os;
        this.clock = clock;
        this.top = top;
    }

    List<Sample> collect() {
        long now = clock.millis();
        List<OSProcess> processes = os.getProcesses();
        Map<OSProcess, Double> load = new HashMap<>();
        for (OSProcess p : processes) {
            OSProcess before = previous.get(p.getProcessID());
            if (before != null) {
                load.put(p, 100d * p.getProcessCpuLoadBetweenTicks(before));
            }
        }
        Map<Integer, OSProcess> chosen = new LinkedHashMap<>();
        processes.stream().filter(load::containsKey).sorted(Comparator.comparingDouble((OSProcess p) -> -load.get(p))).limit(top)
                .forEach(p -> chosen.put(p.getProcessID(), p));
        processes.stream().sorted(Comparator.comparingLong(OSProcess::getResidentSetSize).reversed()).limit(top)
                .forEach(p -> chosen.putIfAbsent(p.getProcessID(), p));
        List<Sample> samples = new ArrayList<>();
        for (OSProcess p : chosen.values()) {
            String id = ElementIds.of("proc", p.getProcessID());
            if (load.containsKey(p)) {
                samples.add(new Sample(id, "process.cpu", "%", now, load.get(p)));
            }
            samples.add(new Sample(id, "process.rss", "bytes", now, p.getResidentSetSize()));
            long files = p.getOpenFiles();
            if (files >= 0) {
                samples.add(new Sample(id, "process.open_files", "count", now, files));
            }
        }
        Map<Integer, OSProcess> next = new HashMap<>();
        processes.forEach(p -> next.put(p.getProcessID(), p));
        previous = next;
        return samples;
    }
}
