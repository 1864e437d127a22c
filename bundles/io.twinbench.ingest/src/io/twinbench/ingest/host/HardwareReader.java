package io.twinbench.ingest.host;

import io.twinbench.model.build.TwinBuilder;
import io.twinbench.model.twin.DependencyType;
import io.twinbench.model.twin.Disk;
import io.twinbench.model.twin.Endpoint;
import io.twinbench.model.twin.Memory;
import io.twinbench.model.twin.NetworkInterface;
import io.twinbench.model.twin.Processor;
import io.twinbench.model.twin.TwinPackage;
import oshi.hardware.ComputerSystem;
import oshi.hardware.HWDiskStore;
import oshi.hardware.HWPartition;
import oshi.hardware.HardwareAbstractionLayer;
import oshi.hardware.NetworkIF;
import oshi.software.os.OSFileStore;
import oshi.software.os.OperatingSystem;

/** The endpoint and its hardware: processor, memory, disks with their file systems, network interfaces. */
final class HardwareReader {

    private static final TwinPackage P = TwinPackage.eINSTANCE;
    private final HardwareAbstractionLayer hal;
    private final OperatingSystem os;
    private final TwinBuilder builder;
    private Endpoint endpoint;

    HardwareReader(HardwareAbstractionLayer hal, OperatingSystem os, TwinBuilder builder) {
        this.hal = hal;
        this.os = os;
        this.builder = builder;
    }

    Endpoint endpoint() {
        return endpoint;
    }

    void read(String hostname) {
        ComputerSystem cs = hal.getComputerSystem();
        endpoint = builder.element(P.getEndpoint(), "endpoint", hostname, (Endpoint e) -> {
            e.setHostname(hostname);
            e.setManufacturer(cs.getManufacturer());
            e.setModel(cs.getModel());
            e.setSerialNumber(cs.getSerialNumber());
        });
        var cpu = hal.getProcessor();
        builder.edge(builder.element(P.getProcessor(), "cpu", cpu.getProcessorIdentifier().getName().trim(), (Processor p) -> {
            p.setVendor(cpu.getProcessorIdentifier().getVendor());
            p.setPhysicalCores(cpu.getPhysicalProcessorCount());
            p.setLogicalCores(cpu.getLogicalProcessorCount());
            p.setMaxFrequencyHz(cpu.getMaxFreq());
        }), DependencyType.PART_OF, endpoint);
        var memory = hal.getMemory();
        builder.edge(builder.element(P.getMemory(), "memory", "Memory", (Memory m) -> {
            m.setTotalBytes(memory.getTotal());
            m.setSwapTotalBytes(memory.getVirtualMemory().getSwapTotal());
        }), DependencyType.PART_OF, endpoint);
        readDisks();
        readNetwork();
    }

    private void readDisks() {
        for (HWDiskStore store : hal.getDiskStores()) {
            Disk disk = builder.element(P.getDisk(), TwinBuilder.id("disk", store.getName()), store.getName(), (Disk d) -> {
                d.setModel(store.getModel());
                d.setSerial(store.getSerial());
                d.setSizeBytes(store.getSize());
            });
            builder.edge(disk, DependencyType.PART_OF, endpoint);
        }
        for (OSFileStore fs : os.getFileSystem().getFileStores(true)) {
            var fileSystem = builder.element(P.getFileSystem(), TwinBuilder.id("fs", fs.getMount()), fs.getMount(), (io.twinbench.model.twin.FileSystem f) -> {
                f.setMount(fs.getMount());
                f.setType(fs.getType());
                f.setTotalBytes(fs.getTotalSpace());
                f.setUsableBytes(fs.getUsableSpace());
            });
            builder.edge(fileSystem, DependencyType.MOUNTED_ON, diskHolding(fs));
        }
    }

    /** The disk whose partition is mounted here; the endpoint itself for virtual or overlay file systems. */
    private io.twinbench.model.twin.Element diskHolding(OSFileStore fs) {
        for (HWDiskStore store : hal.getDiskStores()) {
            for (HWPartition partition : store.getPartitions()) {
                if (fs.getMount().equals(partition.getMountPoint()) || fs.getVolume().endsWith("/" + partition.getName())) {
                    return builder.find(TwinBuilder.id("disk", store.getName()));
                }
            }
        }
        return endpoint;
    }

    private void readNetwork() {
        for (NetworkIF nic : hal.getNetworkIFs(true)) {
            NetworkInterface element = builder.element(P.getNetworkInterface(), TwinBuilder.id("nic", nic.getName()), nic.getName(), (NetworkInterface n) -> {
                n.setMacAddress(nic.getMacaddr());
                n.setSpeedBitsPerSecond(nic.getSpeed());
                n.setMtu((int) nic.getMTU());
                n.getAddresses().addAll(java.util.List.of(nic.getIPv4addr()));
                n.getAddresses().addAll(java.util.List.of(nic.getIPv6addr()));
            });
            builder.edge(element, DependencyType.PART_OF, endpoint);
        }
    }
}
