package io.twinbench.ingest.host;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Date;

import io.twinbench.model.build.TwinBuilder;
import io.twinbench.model.twin.Twin;
import oshi.SystemInfo;

/**
 * Builds a twin of the machine this code runs on from what the machine itself reports
 * (OSHI for hardware, processes, connections and services; dpkg and passwd for packages
 * and users). This is the embedded default's "something real to look at".
 */
public final class LocalMachineProbe {

    private final SystemInfo system;
    private final Path root;
    private final Clock clock;

    public LocalMachineProbe(SystemInfo system, Path root, Clock clock) {
        this.system = system;
        this.root = root;
        this.clock = clock;
    }

    public LocalMachineProbe() {
        this(new SystemInfo(), Path.of("/"), Clock.systemUTC());
    }

    public static String twinIdFor(String hostname) {
        return "local-" + hostname.toLowerCase().replaceAll("[^a-z0-9.-]", "-");
    }

    public Twin capture() {
        String hostname = system.getOperatingSystem().getNetworkParams().getHostName();
        TwinBuilder builder = new TwinBuilder(twinIdFor(hostname), hostname + " (this machine)", Date.from(clock.instant()));
        builder.twin().setHostname(hostname);
        builder.twin().setSource("local probe");
        HardwareReader hardware = new HardwareReader(system.getHardware(), system.getOperatingSystem(), builder);
        hardware.read(hostname);
        new SoftwareReader(system.getOperatingSystem(), builder, hardware.endpoint()).read();
        new DpkgStatusReader(root.resolve("var/lib/dpkg/status"), builder).read();
        new PasswdReader(root.resolve("etc/passwd"), builder).read();
        new ConfigurationReader(root, builder).read();
        new OwnershipLinker(builder).link();
        return builder.twin();
    }
}
