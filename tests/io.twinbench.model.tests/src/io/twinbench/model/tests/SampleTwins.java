package io.twinbench.model.tests;

import java.util.Date;

import io.twinbench.model.build.TwinBuilder;
import io.twinbench.model.twin.DependencyType;
import io.twinbench.model.twin.Disk;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.Endpoint;
import io.twinbench.model.twin.FileSystem;
import io.twinbench.model.twin.Process;
import io.twinbench.model.twin.Service;
import io.twinbench.model.twin.SoftwarePackage;
import io.twinbench.model.twin.Twin;
import io.twinbench.model.twin.TwinPackage;

/**
 * A small web server twin: nginx (process) is part of the nginx service, which requires the
 * nginx package and runs on the root file system, mounted on disk /dev/sda, part of the host.
 */
final class SampleTwins {

    static final TwinPackage P = TwinPackage.eINSTANCE;

    private SampleTwins() {
    }

    static Twin webServer() {
        TwinBuilder b = new TwinBuilder("web-1", "web-1", new Date(0));
        Element host = b.element(P.getEndpoint(), "endpoint", "web-1", (Endpoint e) -> e.setHostname("web-1"));
        Element disk = b.element(P.getDisk(), TwinBuilder.id("disk", "/dev/sda"), "/dev/sda", (Disk d) -> d.setSizeBytes(1L << 40));
        Element root = b.element(P.getFileSystem(), TwinBuilder.id("fs", "/"), "/", (FileSystem f) -> f.setMount("/"));
        Element pkg = b.element(P.getSoftwarePackage(), TwinBuilder.id("pkg", "nginx"), "nginx", (SoftwarePackage p) -> p.setVersion("1.22"));
        Element libc = b.element(P.getSoftwarePackage(), TwinBuilder.id("pkg", "libc6"), "libc6", (SoftwarePackage p) -> p.setVersion("2.36"));
        Element service = b.element(P.getService(), TwinBuilder.id("svc", "nginx.service"), "nginx.service", (Service s) -> s.setUnit("nginx.service"));
        Element process = b.element(P.getProcess(), TwinBuilder.id("proc", 42), "nginx", (Process p) -> p.setPid(42));
        Element lonely = b.element(P.getSoftwarePackage(), TwinBuilder.id("pkg", "orphan"), "orphan", (SoftwarePackage p) -> { });
        b.edge(disk, DependencyType.PART_OF, host);
        b.edge(root, DependencyType.MOUNTED_ON, disk);
        b.edge(service, DependencyType.RUNS_ON, root);
        b.edge(service, DependencyType.REQUIRES, pkg);
        b.edge(pkg, DependencyType.REQUIRES, libc);
        b.edge(process, DependencyType.PART_OF, service);
        b.edge(lonely, DependencyType.REQUIRES, lonely);
        return b.twin();
    }
}
