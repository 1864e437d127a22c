package io.twinbench.agent;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.twinbench.protocol.ElementIds;
import io.twinbench.protocol.Sample;
import oshi.hardware.CentralProcessor;
import oshi.hardware.GlobalMemory;
import oshi.hardware.HWDiskStore;
import oshi.hardware.HardwareAbstractionLayer;
import oshi.hardware.NetworkIF;
import oshi.software.os.OSFileStore;
import oshi.software.os.OperatingSystem;

/**
 * Reads the endpoint's metrics through OSHI: CPU (total and per core, as load between two
 * calls), memory and swap, disk I/O counters, file-system usage and network counters.
 * Element ids follow {@link ElementIds}, so samples land on the twin's elements.
 */
public final class HostCollector {

    private final HardwareAbstractionLayer hardware;
    private final OperatingSystem os;
    private final Clock clock;
    private final List<HWDiskStore> disks;
    private final List<NetworkIF> interfaces;
    private long[] previousTicks;
    private long[][] previousCoreTicks;

    public HostCollector(HardwareAbstractionLayer hardware, OperatingSystem os, Clock clock) {
        this.hardware = hardware;
        this.os = os;
        this.clock = clock;
        this.disks = hardware.getDiskStores();
        this.interfaces = hardware.getNetworkIFs(false);
    }

    /** One reading of every metric; CPU load appears from the second call on. */
    public List<Sample> collect() {
        long now = clock.millis();
        List<Sample> samples = new ArrayList<>();
        cpu(now, samples);
        memory(now, samples);
        for (HWDiskStore disk : disks) {
            disk.updateAttributes();
            String id = ElementIds.of("disk", disk.getName());
            samples.add(new Sample(id, "disk.read.bytes", "bytes", now, disk.getReadBytes()));
            samples.add(new Sample(id, "disk.write.bytes", "bytes", now, disk.getWriteBytes()));
            samples.add(new Sample(id, "disk.reads", "count", now, disk.getReads()));
            samples.add(new Sample(id, "disk.writes", "count", now, disk.getWrites()));
        }
        for (OSFileStore fs : os.getFileSystem().getFileStores(true)) {
            String id = ElementIds.of("fs", fs.getMount());
            samples.add(new Sample(id, "fs.used.bytes", "bytes", now, fs.getTotalSpace() - fs.getUsableSpace()));
            samples.add(new Sample(id, "fs.total.bytes", "bytes", now, fs.getTotalSpace()));
        }
        for (NetworkIF nic : interfaces) {
            nic.updateAttributes();
            String id = ElementIds.of("nic", nic.getName());
            samples.add(new Sample(id, "net.rx.bytes", "bytes", now, nic.getBytesRecv()));
            samples.add(new Sample(id, "net.tx.bytes", "bytes", now, nic.getBytesSent()));
            samples.add(new Sample(id, "net.rx.packets", "count", now, nic.getPacketsRecv()));
            samples.add(new Sample(id, "net.tx.packets", "count", now, nic.getPacketsSent()));
            samples.add(new Sample(id, "net.rx.errors", "count", now, nic.getInErrors()));
            samples.add(new Sample(id, "net.tx.errors", "count", now, nic.getOutErrors()));
        }
        return samples;
    }

    private void cpu(long now, List<Sample> samples) {
        CentralProcessor cpu = hardware.getProcessor();
        long[] ticks = cpu.getSystemCpuLoadTicks();
        long[][] coreTicks = cpu.getProcessorCpuLoadTicks();
        if (previousTicks != null) {
            samples.add(new Sample("cpu", "cpu.load", "%", now, 100d * cpu.getSystemCpuLoadBetweenTicks(previousTicks)));
            double[] cores = cpu.getProcessorCpuLoadBetweenTicks(previousCoreTicks);
            for (int i = 0; i < cores.length; i++) {
                samples.add(new Sample("cpu", "cpu.core." + i + ".load", "%", now, 100d * cores[i]));
            }
        }
        previousTicks = ticks;
        previousCoreTicks = coreTicks;
    }

    private void memory(long now, List<Sample> samples) {
        GlobalMemory memory = hardware.getMemory();
        samples.add(new Sample("memory", "memory.used", "bytes", now, memory.getTotal() - memory.getAvailable()));
        samples.add(new Sample("memory", "memory.available", "bytes", now, memory.getAvailable()));
        samples.add(new Sample("memory", "swap.used", "bytes", now, memory.getVirtualMemory().getSwapUsed()));
    }
}
