package io.twinbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.Test;

import io.twinbench.ingest.image.ImageImporter;
import io.twinbench.inventory.ImagePolicy;
import io.twinbench.inventory.SecretRedactor;
import io.twinbench.sim.image.TwinImageBuilder;
import io.twinbench.sim.image.TwinImageRegistry;
import io.twinbench.sim.image.TwinImageRequests;
import io.twinbench.store.TwinStore;
import io.twinbench.ui.charts.SimulationPerspective;
import io.twinbench.ui.charts.SimulationView;
import io.twinbench.ui.preferences.TwinbenchPreferences;

/**
 * The Simulation perspective runs a scenario on a twin of a Debian root as a job: the charts
 * fill while it runs, the phases and the bottleneck show when it ends, and a bad scenario is
 * refused in the view with its line and field.
 */
class SimulationViewTest {

    @Test
    void aScenarioRunsAsAJobWithLiveChartsAndItsReport() throws Exception {
        String docker = System.getenv("TWINBENCH_TEST_DOCKER");
        String rootfs = System.getenv("TWINBENCH_TEST_ROOTFS");
        Needed.needs(docker != null && rootfs != null, "no Docker engine and Debian root: ./twinbench test provides them");
        InstanceScope.INSTANCE.getNode(TwinbenchPreferences.NODE).put(TwinbenchPreferences.DOCKER_ENDPOINT, docker);
        try {
            withTheTestEngine(docker, rootfs);
        } finally {
            // other tests see the preferences' defaults
            InstanceScope.INSTANCE.getNode(TwinbenchPreferences.NODE).remove(TwinbenchPreferences.DOCKER_ENDPOINT);
        }
    }

    @Test
    void runIsOfferedOnlyWithAnEngineAndTheTwinFollowsTheFleetSelection() throws Exception {
        Ui.waitUntil("the store and a twin", 90_000, () -> Ui.workspace().store().isPresent() && !Ui.workspace().fleet().isEmpty());
        SimulationView view = (SimulationView) Ui.page().showView(SimulationView.ID);
        Ui.waitUntil("the engine's state", 30_000, () -> Ui.workspace().dockerStatus().isPresent());
        Ui.processEvents(300);
        boolean reachable = Ui.workspace().dockerStatus().orElseThrow().reachable();
        assertEquals(reachable, view.canRun(), "Run follows whether the engine at " + Ui.workspace().dockerStatus().orElseThrow().endpoint() + " answers");
        if (!reachable) {
            assertTrue(view.statusText().startsWith("No Docker engine answers at "), view.statusText());
        }
        String id = "ui-sim-follow-" + System.nanoTime();
        Ui.workspace().saveSnapshot(new io.twinbench.model.build.TwinBuilder(id, "followed", new java.util.Date()).twin());
        io.twinbench.ui.views.FleetView fleet = (io.twinbench.ui.views.FleetView) Ui.page().showView(io.twinbench.ui.views.FleetView.ID);
        Ui.waitUntil("the new twin in the fleet", 10_000, () -> java.util.Arrays.stream(fleet.viewer().getTable().getItems())
                .anyMatch(i -> ((io.twinbench.store.TwinSummary) i.getData()).id().equals(id)));
        Object row = java.util.Arrays.stream(fleet.viewer().getTable().getItems()).map(org.eclipse.swt.widgets.TableItem::getData)
                .filter(d -> ((io.twinbench.store.TwinSummary) d).id().equals(id)).findFirst().orElseThrow();
        fleet.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(row), true);
        Ui.processEvents(1_000);
        assertEquals(id, view.chosenTwinId(), "selected in the Fleet: " + fleet.viewer().getSelection());
        assertNull(view.run(id, Path.of("")), "no scenario chosen");
        assertEquals("Choose a scenario file first (Browse…), for example docs/scenarios/saturation.yaml.", view.statusText());
        Ui.workspace().deleteTwin(id, false);
    }

    private void withTheTestEngine(String docker, String rootfs) throws Exception {
        Ui.waitUntil("the store", 90_000, () -> Ui.workspace().store().isPresent());
        TwinStore store = Ui.workspace().store().orElseThrow();
        String twinId = "ui-sim-" + Long.toString(System.nanoTime(), 36);
        new ImageImporter(ImagePolicy.defaults(), SecretRedactor.defaults(), Clock.systemUTC()).importInto(store, Path.of(rootfs), twinId, "debian sim");
        // an endpoint of 128 MiB: memory saturates whatever else this machine is doing, where CPU would not reliably
        io.twinbench.model.twin.Twin model = store.snapshots().latest(twinId).orElseThrow();
        io.twinbench.model.twin.Memory memory = io.twinbench.model.twin.TwinFactory.eINSTANCE.createMemory();
        memory.setId("mem/");
        memory.setTotalBytes(128L << 20);
        model.getElements().add(memory);
        store.snapshots().save(model);
        // the live endpoint's last hour: 20 % busy, as its agent would have streamed it
        long now = System.currentTimeMillis();
        store.telemetry().append(new io.twinbench.store.SeriesKey(twinId, "cpu", "cpu.load"), "%",
                java.util.stream.LongStream.range(1, 61).mapToObj(i -> new io.twinbench.store.Sample(now - i * 60_000, 20)).toList());
        var built = new TwinImageBuilder(Ui.workspace().dockerEngine(), Clock.systemUTC())
                .build(TwinImageRequests.of(store.snapshots().latest(twinId).orElseThrow(), 1, Path.of(rootfs)), () -> false);
        try {
            Ui.workspace().refreshFleet();
            Ui.page().getWorkbenchWindow().getWorkbench().showPerspective(SimulationPerspective.ID, Ui.page().getWorkbenchWindow());
            SimulationView view = (SimulationView) Ui.page().showView(SimulationView.ID);

            Path bad = Files.createTempFile("bad-scenario", ".yaml");
            Files.writeString(bad, "phases:\n  - duration: 5s\n    threat: rootkit\n");
            assertNull(view.run(twinId, bad), "a bad scenario does not start");
            assertTrue(view.statusText().contains("line 3") && view.statusText().contains("phases[0].threat"), view.statusText());

            Path scenario = Files.createTempFile("scenario", ".yaml");
            Files.writeString(scenario, "name: ui\nphases:\n  - name: quiet\n    duration: 3s\n  - name: hungry\n    duration: 6s\n    memory: 192MiB\n");
            Job job = view.run(twinId, scenario, true);
            Ui.waitUntil("readings charted while it runs", 90_000, () -> view.readingsCharted() >= 4 && job.getState() == Job.RUNNING);
            Ui.waitUntil("the report", 180_000, () -> view.report() != null);
            Ui.processEvents(300);
            assertEquals(2, view.phasesViewer().getTable().getItemCount());
            assertEquals("hungry", view.phasesViewer().getTable().getItem(1).getText(0));
            assertTrue(view.statusText().startsWith("Bottleneck: memory saturated first"), view.statusText());
            assertTrue(view.statusText().contains("The live endpoint over the last 24 hours: CPU 20 % (95th percentile 20 %)"), view.statusText());
            assertTrue(view.phasesViewer().getTable().getItem(1).getText(5).startsWith("p95 20 %: "), view.phasesViewer().getTable().getItem(1).getText(5));
            // checked by a second run with the memory raised
            assertTrue(view.statusText().contains("Recommended: raise the endpoint's memory to 384 MiB (it has 128 MiB) (checked: relieves it;"),
                    view.statusText());
            Ui.waitUntil("the recommendation recorded in the twin", 30_000, () -> store.snapshots().latest(twinId).orElseThrow().getFindings().stream()
                    .anyMatch(f -> f instanceof io.twinbench.model.twin.Recommendation r && r.getResource().equals("memory") && r.isVerified()
                            && r.getElement() != null && r.getElement().getId().equals("mem/")));
        } finally {
            new TwinImageRegistry(Ui.workspace().dockerEngine(), Clock.systemUTC()).remove(built.image().id());
        }
    }
}
