package io.twinbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.ui.IEditorReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.twinbench.ingest.host.HostTelemetrySampler;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.ElementKind;
import io.twinbench.store.SeriesKey;
import io.twinbench.ui.charts.TelemetryChartView;
import io.twinbench.ui.graph.TwinGraphEditor;
import io.twinbench.ui.session.TimeRange;
import io.twinbench.ui.views.EventsView;

/** Telemetry says whose series it shows, lets the analyst pick them, and shares its time range with the twin's other views. */
class TelemetryViewTest {

    private String localId;

    @AfterEach
    void backToLive() {
        if (localId != null) {
            Ui.workspace().setTimeRange(localId, TimeRange.DEFAULT);
        }
    }

    /** The graph of this machine's twin: the one the workbench opened at start, or opened now if a test closed it. */
    private TwinGraphEditor localEditor() throws Exception {
        Ui.waitUntil("the local twin", 90_000, () -> Ui.workspace().localTwinId().isPresent());
        localId = Ui.workspace().localTwinId().orElseThrow();
        for (IEditorReference r : Ui.page().getEditorReferences()) {
            if (r.getId().equals(TwinGraphEditor.ID) && r.getEditor(true) instanceof TwinGraphEditor g && g.twin().getId().equals(localId)) {
                return g;
            }
        }
        TwinGraphEditor opened = (TwinGraphEditor) Ui.page().openEditor(new io.twinbench.ui.internal.TwinEditorInput(localId, "this machine"),
                TwinGraphEditor.ID);
        Ui.processEvents(500);
        return opened;
    }

    @Test
    void anElementWithoutSeriesIsNotPassedOffAsTheMachinesCpu() throws Exception {
        TwinGraphEditor editor = localEditor();
        TelemetryChartView chart = (TelemetryChartView) Ui.page().showView(TelemetryChartView.ID);
        Ui.page().activate(editor);
        Element process = editor.twin().elementsOfKind(ElementKind.PROCESS).get(0);
        assertTrue(editor.reveal(process), "shown, its group expanded if the overview grouped it");
        Ui.waitUntil("the title for " + process.getName(), 20_000, () -> chart.title().startsWith(process.getName() + " has no series of its own; showing those of its endpoint"));
        assertFalse(chart.title().startsWith("Telemetry of " + process.getName()), chart.title());
    }

    @Test
    void theAnalystPicksTheSeriesAndABrushedRangeReachesTheTwinsOtherViews() throws Exception {
        localEditor();
        TelemetryChartView chart = (TelemetryChartView) Ui.page().showView(TelemetryChartView.ID);
        chart.showTwin(localId, "this machine");
        SeriesKey cpu = new SeriesKey(localId, HostTelemetrySampler.CPU_ELEMENT, HostTelemetrySampler.CPU_LOAD);
        Ui.waitUntil("the machine's cpu charted", 30_000, () -> chart.chartedSeries().contains(cpu));
        chart.choose(List.of(cpu));
        Ui.waitUntil("only the cpu charted", 20_000, () -> chart.chartedSeries().equals(List.of(cpu)));

        EventsView events = (EventsView) Ui.page().showView(EventsView.ID);
        events.show(localId, "this machine");
        Ui.page().showView(TelemetryChartView.ID);
        Ui.processEvents(500);
        chart.brush(0.4, 0.8);
        Ui.waitUntil("a fixed range for the twin", 10_000, () -> !Ui.workspace().timeRange(localId).isLive());
        TimeRange brushed = Ui.workspace().timeRange(localId);
        assertTrue(brushed.fixedTo() > brushed.fixedFrom() && brushed.fixedTo() <= System.currentTimeMillis() + 1000, brushed.toString());
        Ui.waitUntil("the events view on the same range", 10_000, () -> events.periodText().startsWith("Between "));
        Ui.waitUntil("the chart's title on the range", 10_000, () -> chart.title().contains("(between "));
        chart.choose(List.of());
    }

    @Test
    void aPeriodChosenInOneViewIsTheOthers() throws Exception {
        localEditor();
        EventsView events = (EventsView) Ui.page().showView(EventsView.ID);
        events.show(localId, "this machine");
        TelemetryChartView chart = (TelemetryChartView) Ui.page().showView(TelemetryChartView.ID);
        chart.showTwin(localId, "this machine");
        Ui.processEvents(500);
        Ui.workspace().setTimeRange(localId, TimeRange.last(java.time.Duration.ofDays(7)));
        Ui.waitUntil("both on the last 7 days", 10_000, () -> events.periodText().equals("Last 7 days") && chart.title().contains("(last 7 days, live)"));
        assertEquals("Last 7 days", events.periodText());
    }

    @Test
    void pausedTheChartsHoldStillAndCatchUpOnResuming() throws Exception {
        localEditor();
        TelemetryChartView chart = (TelemetryChartView) Ui.page().showView(TelemetryChartView.ID);
        chart.showTwin(localId, "this machine");
        SeriesKey cpu = new SeriesKey(localId, HostTelemetrySampler.CPU_ELEMENT, HostTelemetrySampler.CPU_LOAD);
        Ui.waitUntil("the machine's cpu charted", 30_000, () -> chart.chartedSeries().contains(cpu) && chart.sampleCount(cpu) > 0);
        chart.setPaused(true);
        Ui.processEvents(1_000); // a reading already on its way when pausing may still land
        int held = chart.sampleCount(cpu);
        Ui.processEvents(3_000);
        assertEquals(held, chart.sampleCount(cpu), "paused: no new samples drawn");
        chart.setPaused(false);
        Ui.waitUntil("the samples that arrived meanwhile", 20_000, () -> chart.sampleCount(cpu) >= held + 2);
    }
}
