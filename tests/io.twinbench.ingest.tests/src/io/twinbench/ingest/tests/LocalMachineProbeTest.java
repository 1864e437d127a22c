package io.twinbench.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.twinbench.ingest.host.HostTelemetrySampler;
import io.twinbench.ingest.host.LocalMachineProbe;
import io.twinbench.ingest.host.MetricReading;
import io.twinbench.model.io.TwinXmi;
import io.twinbench.model.twin.Dependency;
import io.twinbench.model.twin.DependencyType;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.ElementKind;
import io.twinbench.model.twin.Process;
import io.twinbench.model.twin.Processor;
import io.twinbench.model.twin.Twin;
import oshi.SystemInfo;

/** The probe reads this very machine: what it reports must match what Java sees of it. */
class LocalMachineProbeTest {

    private static Twin twin;

    @BeforeAll
    static void capture() {
        twin = new LocalMachineProbe().capture();
    }

    @Test
    void theProcessorHasThisMachinesCores() {
        Processor cpu = (Processor) twin.findElement("cpu");
        assertEquals(Runtime.getRuntime().availableProcessors(), cpu.getLogicalCores());
    }

    @Test
    void thisJvmIsAProcessOfTheTwinWithItsCommandLine() {
        long pid = ProcessHandle.current().pid();
        Process self = (Process) twin.findElement("proc/" + pid);
        assertNotNull(self, "the twin lists this test's own process");
        assertTrue(self.getCommandLine().contains("java") || self.getName().contains("java"), self.getCommandLine());
        assertTrue(self.getResidentBytes() > 0);
    }

    @Test
    void installedPackagesComeFromDpkgWithTheirDependencies() throws Exception {
        Path status = Path.of("/var/lib/dpkg/status");
        Needed.needs(Files.exists(status), "a Debian system (no " + status + ")");
        long installed = Files.readAllLines(status).stream().filter(l -> l.equals("Status: install ok installed")).count();
        assertEquals(installed, twin.elementsOfKind(ElementKind.PACKAGE).size());
        Element libc = twin.findElement("pkg/libc6");
        assertNotNull(libc);
        assertTrue(twin.getDependencies().stream().anyMatch(d -> d.getType() == DependencyType.REQUIRES && d.getTarget() == libc),
                "something requires libc6");
    }

    @Test
    void everyEdgeJoinsTwoElementsOfTheTwin() {
        for (Dependency d : twin.getDependencies()) {
            assertTrue(d.getSource().getTwin() == twin && d.getTarget().getTwin() == twin);
        }
        assertTrue(twin.getDependencies().size() > twin.getElements().size() / 2);
    }

    @Test
    void listenersOfThisMachineAreInTheTwin() throws Exception {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Twin fresh = new LocalMachineProbe().capture();
            int port = socket.getLocalPort();
            assertTrue(fresh.elementsOfKind(ElementKind.LISTENING_PORT).stream()
                    .anyMatch(e -> ((io.twinbench.model.twin.ListeningPort) e).getPort() == port), "listener on " + port);
        }
    }

    @Test
    void theRealTwinSurvivesAnXmiRoundTrip() throws Exception {
        TwinXmi xmi = new TwinXmi();
        Twin loaded = xmi.fromBytes(xmi.toBytes(twin), "local");
        assertTrue(EcoreUtil.equals(twin, loaded));
    }

    @Test
    void theSamplerMeasuresCpuBetweenCallsAndMemoryAlways() throws Exception {
        SystemInfo system = new SystemInfo();
        HostTelemetrySampler sampler = new HostTelemetrySampler(twin.getId(), system.getHardware().getProcessor(),
                system.getHardware().getMemory(), Clock.systemUTC());
        List<MetricReading> first = sampler.sample();
        assertEquals(List.of(HostTelemetrySampler.MEMORY_USED), first.stream().map(r -> r.key().metric()).toList());
        Thread.sleep(200);
        List<MetricReading> second = sampler.sample();
        double cpu = second.stream().filter(r -> r.key().metric().equals(HostTelemetrySampler.CPU_LOAD)).findFirst().orElseThrow().sample().value();
        assertTrue(cpu >= 0 && cpu <= 100, "cpu load " + cpu);
        double used = first.get(0).sample().value();
        assertTrue(used > 0 && used < system.getHardware().getMemory().getTotal());
        HostTelemetrySampler.declareSeries(twin);
        assertEquals(2, twin.getSeries().size());
    }

    @Test
    void aSecondCaptureOfThisMachineKeepsWhenItsElementsWereFirstSeen(@org.junit.jupiter.api.io.TempDir Path workspace) throws Exception {
        try (io.twinbench.store.TwinStore store = io.twinbench.store.TwinStore.open(io.twinbench.store.StoreLocation.embeddedIn(workspace))) {
            io.twinbench.ingest.host.LocalTwinCapture capture = new io.twinbench.ingest.host.LocalTwinCapture(new LocalMachineProbe());
            Twin first = capture.into(store).twin();
            Thread.sleep(20);
            Twin second = capture.into(store).twin();
            assertEquals(first.findElement("cpu").getFirstSeen(), second.findElement("cpu").getFirstSeen());
            assertTrue(second.findElement("cpu").getLastSeen().after(first.findElement("cpu").getLastSeen()), "last seen moves");
            assertEquals(first.getCreated(), second.getCreated());
        }
    }
}
