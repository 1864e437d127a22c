package io.twinbench.agent;

import java.io.File;
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
 * calls), memory and swap, disk I/O and network traffic (as rates per second between two calls)
 * and file-system usage.
 * Element ids follow {@link ElementIds}, so samples land on the twin's elements.
 */
public final class HostCollector {

    /**
     * OSHI lists file systems by running lsblk (for their labels): a fork and exec that cost more
     * CPU than everything else the agent does in a round. The list of mounts is therefore read
     * once a minute, as the inventory reads it, and their usage every interval with statvfs.
     */
    static final long MOUNTS_REFRESH_MILLIS = 60_000;

    private final HardwareAbstractionLayer hardware;
    private final OperatingSystem os;
    private final Clock clock;
    private final List<HWDiskStore> disks;
    private final List<NetworkIF> interfaces;
    private final CounterRates rates = new CounterRates();
    private List<String> mounts; // null until first read
    private long mountsReadAt;
    private long[] previousTicks;
    private long[][] previousCoreTicks;

    public HostCollector(HardwareAbstractionLayer hardware, OperatingSystem os, Clock clock) {
        this.hardware = hardware;
        this.os = os;
        this.clock = clock;
        this.disks = hardware.getDiskStores();
        this.interfaces = hardware.getNetworkIFs(false);
    }

    /** One reading of every metric; CPU load and the rates appear from the second call on. */
    public List<Sample> collect() {
        long now = clock.millis();
        List<Sample> samples = new ArrayList<>();
        cpu(now, samples);
        memory(now, samples);
        for (HWDiskStore disk : disks) {
            disk.updateAttributes();
            String id = ElementIds.of("disk", disk.getName());
            rate(samples, id, "disk.read.rate", "bytes/s", now, disk.getReadBytes());
            rate(samples, id, "disk.write.rate", "bytes/s", now, disk.getWriteBytes());
            rate(samples, id, "disk.read.iops", "1/s", now, disk.getReads());
            rate(samples, id, "disk.write.iops", "1/s", now, disk.getWrites());
        }
        for (String mount : mounts(now)) {
            File fs = new File(mount);
            long total = fs.getTotalSpace();
            if (total > 0) { // 0: unmounted since the list was read, or not readable
                String id = ElementIds.of("fs", mount);
                samples.add(new Sample(id, "fs.used.bytes", "bytes", now, total - fs.getUsableSpace()));
                samples.add(new Sample(id, "fs.total.bytes", "bytes", now, total));
            }
        }
        for (NetworkIF nic : interfaces) {
            nic.updateAttributes();
            String id = ElementIds.of("nic", nic.getName());
            rate(samples, id, "net.rx.rate", "bytes/s", now, nic.getBytesRecv());
            rate(samples, id, "net.tx.rate", "bytes/s", now, nic.getBytesSent());
            rate(samples, id, "net.rx.packet.rate", "packets/s", now, nic.getPacketsRecv());
            rate(samples, id, "net.tx.packet.rate", "packets/s", now, nic.getPacketsSent());
            rate(samples, id, "net.rx.error.rate", "errors/s", now, nic.getInErrors());
            rate(samples, id, "net.tx.error.rate", "errors/s", now, nic.getOutErrors());
        }
        return samples;
    }

    private List<String> mounts(long now) {
        if (mounts == null || now - mountsReadAt >= MOUNTS_REFRESH_MILLIS || now < mountsReadAt) {
            mounts = os.getFileSystem().getFileStores(true).stream().map(OSFileStore::getMount).toList();
            mountsReadAt = now;
        }
        return mounts;
    }

    private void rate(List<Sample> samples, String element, String metric, String unit, long now, long counter) {
        rates.rate(element + ' ' + metric, now, counter).ifPresent(r -> samples.add(new Sample(element, metric, unit, now, r)));
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
