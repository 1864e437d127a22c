package io.twinbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.ui.IEditorReference;
import org.junit.jupiter.api.Test;

import io.twinbench.ingest.host.HostTelemetrySampler;
import io.twinbench.store.SeriesKey;
import io.twinbench.ui.charts.TelemetryChartView;
import io.twinbench.ui.graph.TwinGraphEditor;
import io.twinbench.ui.views.DockerEngineView;
import io.twinbench.ui.views.FleetView;

/** The embedded default: an empty workspace starts with a live twin of this machine. */
class WorkbenchStartupTest {

    @Test
    void theLocalMachinesTwinIsCapturedListedAndOpened() {
        Ui.waitUntil("the local twin", 90_000, () -> Ui.workspace().localTwinId().isPresent()
                && Ui.workspace().fleet().stream().anyMatch(t -> t.id().equals(Ui.workspace().localTwinId().get())));
        String localId = Ui.workspace().localTwinId().orElseThrow();
        assertTrue(Ui.workspace().fleet().stream().filter(t -> t.id().equals(localId)).findFirst().orElseThrow().elementCount() > 10);
        Ui.waitUntil("the local twin's graph editor", 30_000, () -> Arrays.stream(Ui.page().getEditorReferences())
                .map(IEditorReference::getId).anyMatch(TwinGraphEditor.ID::equals));
        TwinGraphEditor editor = (TwinGraphEditor) Arrays.stream(Ui.page().getEditorReferences())
                .filter(r -> r.getId().equals(TwinGraphEditor.ID)).findFirst().orElseThrow().getEditor(true);
        assertEquals(localId, editor.twin().getId());
        assertTrue(editor.diagram().graph().elements().size() > 5);
    }

    @Test
    void theFleetViewListsTwinsAndTheDockerViewSaysWhetherTheEngineRuns() throws Exception {
        FleetView fleet = (FleetView) Ui.page().showView(FleetView.ID);
        Ui.waitUntil("a twin in the fleet view", 90_000, () -> fleet.viewer().getTable().getItemCount() > 0);
        DockerEngineView docker = (DockerEngineView) Ui.page().showView(DockerEngineView.ID);
        Ui.waitUntil("the Docker state", 30_000, () -> !docker.stateText().endsWith("checking…"));
        assertTrue(docker.stateText().contains("running") || docker.stateText().contains("not reachable"), docker.stateText());
    }

    @Test
    void cpuAndMemoryAreChartedLive() throws Exception {
        Ui.waitUntil("the local twin", 90_000, () -> Ui.workspace().localTwinId().isPresent());
        TelemetryChartView chart = (TelemetryChartView) Ui.page().showView(TelemetryChartView.ID);
        String localId = Ui.workspace().localTwinId().orElseThrow();
        chart.showTwin(localId, "this machine"); // the view follows the selection, which earlier tests moved
        SeriesKey cpu = new SeriesKey(localId, HostTelemetrySampler.CPU_ELEMENT, HostTelemetrySampler.CPU_LOAD);
        SeriesKey memory = new SeriesKey(localId, HostTelemetrySampler.MEMORY_ELEMENT, HostTelemetrySampler.MEMORY_USED);
        Ui.waitUntil("cpu and memory charts", 30_000, () -> chart.chartedSeries().contains(cpu) && chart.chartedSeries().contains(memory));
        int before = chart.sampleCount(cpu);
        Ui.waitUntil("new cpu samples", 15_000, () -> chart.sampleCount(cpu) >= before + 2);
    }
}
