package io.twinbench.inventory;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.twinbench.protocol.ElementIds;
import io.twinbench.protocol.inventory.Item;
import io.twinbench.protocol.inventory.Section;
import oshi.SystemInfo;
import oshi.hardware.HWDiskStore;
import oshi.hardware.HWPartition;
import oshi.hardware.HardwareAbstractionLayer;
import oshi.hardware.NetworkIF;
import oshi.software.os.InternetProtocolStats.IPConnection;
import oshi.software.os.InternetProtocolStats.TcpState;
import oshi.software.os.OSFileStore;
import oshi.software.os.OSProcess;
import oshi.software.os.OperatingSystem;

/**
 * What only the running endpoint can tell (through OSHI): its hardware, the running
 * operating system, processes, services, listeners and connections, with the edges between
 * them. Values that change every second (CPU, resident memory) are telemetry, not inventory,
 * so a quiet endpoint's inventory does not change.
 */
public final class LiveHost {

    static final String ENDPOINT = "endpoint";
    private static final Path ROOT = Path.of("/");

    private final HardwareAbstractionLayer hal;
    private final OperatingSystem os;
    private final SecretRedactor redactor;
    private final boolean withUsage;

    /**
     * withUsage adds each process's resident memory and CPU time and each file system's free
     * space to the inventory: right for a one-off capture, wrong for a stream, where they
     * would make every delta as large as a full snapshot.
     */
    public LiveHost(SystemInfo system, SecretRedactor redactor, boolean withUsage) {
        this.hal = system.getHardware();
        this.os = system.getOperatingSystem();
        this.redactor = redactor;
        this.withUsage = withUsage;
    }

    public String hostname() {
        return os.getNetworkParams().getHostName();
    }

    /** Sections hardware, os, processes, services, listeners and connections. */
    public List<Section> read() throws IOException {
        List<OSProcess> processes = os.getProcesses();
        Set<Integer> pids = new HashSet<>();
        processes.forEach(p -> pids.add(p.getProcessID()));
        return List.of(hardware(), OsRelease.section(operatingSystem()), processes(processes, pids), services(processes), network(pids, true),
                network(pids, false));
    }

    static String processId(int pid) {
        return ElementIds.of("proc", pid);
    }

    private Section hardware() {
        List<Item> items = new ArrayList<>();
        var cs = hal.getComputerSystem();
        String hostname = hostname();
        items.add(ItemBuilder.of("Endpoint", ENDPOINT, hostname).set("hostname", hostname).set("manufacturer", cs.getManufacturer())
                .set("model", cs.getModel()).set("serialNumber", cs.getSerialNumber()).build());
        var cpu = hal.getProcessor();
        items.add(ItemBuilder.of("Processor", "cpu", cpu.getProcessorIdentifier().getName().trim())
                .set("vendor", cpu.getProcessorIdentifier().getVendor()).set("physicalCores", cpu.getPhysicalProcessorCount())
                .set("logicalCores", cpu.getLogicalProcessorCount()).set("maxFrequencyHz", cpu.getMaxFreq())
                .edge("part-of", ENDPOINT).build());
        var memory = hal.getMemory();
        items.add(ItemBuilder.of("Memory", "memory", "Memory").set("totalBytes", memory.getTotal())
                .set("swapTotalBytes", memory.getVirtualMemory().getSwapTotal()).edge("part-of", ENDPOINT).build());
        List<HWDiskStore> disks = hal.getDiskStores();
        for (HWDiskStore disk : disks) {
            items.add(ItemBuilder.of("Disk", ElementIds.of("disk", disk.getName()), disk.getName()).set("model", disk.getModel())
                    .set("serial", disk.getSerial()).set("sizeBytes", disk.getSize()).edge("part-of", ENDPOINT).build());
        }
        for (OSFileStore fs : os.getFileSystem().getFileStores(true)) {
            items.add(ItemBuilder.of("FileSystem", ElementIds.of("fs", fs.getMount()), fs.getMount()).set("mount", fs.getMount())
                    .set("type", fs.getType()).set("totalBytes", fs.getTotalSpace()).set("usableBytes", withUsage ? fs.getUsableSpace() : null).edge("mounted-on", diskHolding(fs, disks)).build());
        }
        for (NetworkIF nic : hal.getNetworkIFs(true)) {
            List<String> addresses = new ArrayList<>(List.of(nic.getIPv4addr()));
            addresses.addAll(List.of(nic.getIPv6addr()));
            items.add(ItemBuilder.of("NetworkInterface", ElementIds.of("nic", nic.getName()), nic.getName())
                    .set("macAddress", nic.getMacaddr()).set("speedBitsPerSecond", nic.getSpeed()).set("mtu", nic.getMTU())
                    .set("addresses", String.join(" ", addresses)).edge("part-of", ENDPOINT).build());
        }
        return new Section(Sections.HARDWARE, items);
    }

    /** The disk whose partition is mounted here; the endpoint itself for virtual or overlay file systems. */
    private static String diskHolding(OSFileStore fs, List<HWDiskStore> disks) {
        for (HWDiskStore disk : disks) {
            for (HWPartition partition : disk.getPartitions()) {
                if (fs.getMount().equals(partition.getMountPoint()) || fs.getVolume().endsWith("/" + partition.getName())) {
                    return ElementIds.of("disk", disk.getName());
                }
            }
        }
        return ENDPOINT;
    }

    private Item operatingSystem() {
        var version = os.getVersionInfo();
        return ItemBuilder.of("OperatingSystem", OsRelease.ID, os.getFamily() + " " + version.getVersion())
                .set("family", os.getFamily())
                .set("version", version.getVersion() + (version.getCodeName().isEmpty() ? "" : " (" + version.getCodeName() + ")"))
                .set("kernel", version.getBuildNumber()).set("bitness", os.getBitness()).edge("runs-on", ENDPOINT).build();
    }

    private Section processes(List<OSProcess> processes, Set<Integer> pids) throws IOException {
        // OSHI's OSProcess.getUser() runs "getent passwd UID" for every process on every call, even for
        // users it knows: a fork per process per round. /etc/passwd answers for local users; only
        // the others (LDAP, systemd's dynamic users) go to OSHI, once per uid per round.
        Map<String, String> users = new PasswdUsers(ROOT).namesByUid();
        List<Item> items = new ArrayList<>();
        for (OSProcess p : processes) {
            boolean hasParent = pids.contains(p.getParentProcessID()) && p.getParentProcessID() != p.getProcessID();
            String user = users.computeIfAbsent(p.getUserID(), uid -> p.getUser());
            ItemBuilder item = ItemBuilder.of("Process", processId(p.getProcessID()), p.getName())
                    .set("pid", p.getProcessID()).set("parentPid", p.getParentProcessID()).set("user", user)
                    .set("commandLine", redactor.redact(p.getCommandLine())).set("path", p.getPath())
                    .set("startTime", p.getStartTime() > 0 ? Instant.ofEpochMilli(p.getStartTime()).toString() : null)
                    .set("residentBytes", withUsage ? p.getResidentSetSize() : null)
                    .set("cpuPercent", withUsage ? 100d * p.getProcessCpuLoadCumulative() : null)
                    .edge("owned-by", user == null ? null : PasswdUsers.id(user));
            item.edge(hasParent ? "child-of" : "runs-on", hasParent ? processId(p.getParentProcessID()) : OsRelease.ID);
            items.add(item.build());
        }
        return new Section(Sections.PROCESSES, items);
    }

    /**
     * Services: a child of PID 1 in a service's control group is that service's main process
     * (named by its unit, not by the program), enabled service units without one are stopped. OSHI learns which units are
     * enabled from "systemctl list-unit-files", which cost half a second of CPU a round, more
     * than the agent's own use; the links under /etc/systemd/system that systemctl reads say the same.
     */
    private Section services(List<OSProcess> processes) throws IOException {
        Map<String, String[]> found = new java.util.LinkedHashMap<>(); // name -> {state, main process}
        Set<String> running = new HashSet<>();
        for (OSProcess p : processes) {
            if (p.getParentProcessID() == 1 && p.getProcessID() != 1) {
                Optional<String> unit = ServiceCgroups.unitOf(ROOT.resolve("proc"), p.getProcessID());
                if (unit.isPresent()) {
                    String name = unit.get().substring(0, unit.get().length() - ".service".length());
                    running.add(name);
                    found.putIfAbsent(name, new String[] {"ACTIVE", processId(p.getProcessID())});
                }
            }
        }
        for (String unit : SystemdUnits.enabledByAdministrator(ROOT)) {
            if (unit.endsWith(".service")) {
                String name = unit.substring(0, unit.length() - ".service".length());
                String shortName = name.substring(name.lastIndexOf('.') + 1);
                if (!running.contains(name) && !running.contains(shortName)) {
                    found.putIfAbsent(name, new String[] {"INACTIVE", null});
                }
            }
        }
        Map<String, Long> restarts = SystemdRestarts.of(List.copyOf(found.keySet()));
        List<Item> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        found.forEach((name, s) -> service(items, seen, name, s[0], s[1], restarts.get(name)));
        return new Section(Sections.SERVICES, items);
    }

    private static void service(List<Item> items, Set<String> seen, String name, String state, String process, Long restarts) {
        String id = SystemdUnits.id(name);
        if (seen.add(id)) {
            items.add(ItemBuilder.of("Service", id, name).set("unit", name).set("state", state).set("restarts", restarts)
                    .edge("runs-on", OsRelease.ID).edgeFrom("part-of", process).build());
        }
    }

    private Section network(Set<Integer> pids, boolean listeners) {
        List<Item> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (IPConnection c : os.getInternetProtocolStats().getConnections()) {
            String protocol = switch (c.getType()) {
                case "tcp6" -> "TCP6";
                case "udp4" -> "UDP";
                case "udp6" -> "UDP6";
                default -> "TCP";
            };
            boolean listening = c.getState() == TcpState.LISTEN || protocol.startsWith("UDP") && c.getForeignPort() == 0;
            if (listening != listeners) {
                continue;
            }
            String local = address(c.getLocalAddress());
            String owner = pids.contains(c.getowningProcessId()) ? processId(c.getowningProcessId()) : null;
            ItemBuilder item;
            if (listening) {
                item = ItemBuilder.of("ListeningPort", ElementIds.of("port", c.getType(), local, c.getLocalPort()),
                        c.getType() + " " + local + ":" + c.getLocalPort()).set("protocol", protocol).set("address", local)
                        .set("port", c.getLocalPort()).edgeFrom("listens-on", owner);
            } else {
                String remote = address(c.getForeignAddress());
                item = ItemBuilder.of("Connection", ElementIds.of("conn", c.getType(), local, c.getLocalPort(), remote, c.getForeignPort()),
                        local + ":" + c.getLocalPort() + " → " + remote + ":" + c.getForeignPort()).set("protocol", protocol)
                        .set("localAddress", local).set("localPort", c.getLocalPort()).set("remoteAddress", remote)
                        .set("remotePort", c.getForeignPort()).set("state", c.getState().name()).edgeFrom("connects-to", owner);
            }
            Item built = item.build();
            if (seen.add(built.key())) {
                items.add(built);
            }
        }
        return new Section(listeners ? Sections.LISTENERS : Sections.CONNECTIONS, items);
    }

    private static String address(byte[] raw) {
        try {
            return raw.length == 0 ? "*" : InetAddress.getByAddress(raw).getHostAddress();
        } catch (UnknownHostException e) {
            return "?";
        }
    }
}
