package io.twinbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;

import io.twinbench.model.build.TwinBuilder;
import io.twinbench.model.twin.DependencyType;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.TwinPackage;
import io.twinbench.store.Sample;
import io.twinbench.store.SeriesKey;
import io.twinbench.store.StoredAnomaly;
import io.twinbench.store.StoredEvent;
import io.twinbench.store.TwinStore;
import io.twinbench.ui.charts.TelemetryChartView;
import io.twinbench.ui.graph.TwinGraphEditor;
import io.twinbench.ui.graph.figures.ElementFigure;
import io.twinbench.ui.views.AnomaliesView;

/**
 * A twin whose disk, database service and application turned anomalous, and which saw a burst
 * of failed logins: the view lists the three and the burst, names the disk as the likely root
 * cause, filters by kind (security findings too), sorts by score, and a
 * double-click opens the graph with the anomalous element selected, where each anomalous node
 * carries a badge; the selected element's chart marks its anomaly.
 */
class AnomaliesViewTest {

    @Test
    void anomaliesAreListedWithTheirRootCauseFilteredSortedAndLeadToTheirElement() throws Exception {
        Ui.waitUntil("the store", 90_000, () -> Ui.workspace().store().isPresent());
        TwinStore store = Ui.workspace().store().orElseThrow();
        TwinBuilder b = new TwinBuilder("db-anomalies", "db-anomalies", new Date());
        TwinPackage p = TwinPackage.eINSTANCE;
        Element disk = b.element(p.getDisk(), "disk/sda", "sda", e -> { });
        Element service = b.element(p.getService(), "svc/postgresql", "postgresql", e -> { });
        Element app = b.element(p.getApplication(), "app/shop", "shop", e -> { });
        b.edge(service, DependencyType.REQUIRES, disk);
        b.edge(app, DependencyType.REQUIRES, service);
        store.snapshots().save(b.twin());
        long now = System.currentTimeMillis();
        store.anomalies().append(List.of(new StoredAnomaly("db-anomalies", "disk/sda", "disk.busy", now - 3_000, 99, 20, 9, "level-shift", "seasonal"),
                new StoredAnomaly("db-anomalies", "svc/postgresql", "latency.ms", now - 2_000, 900, 40, 15, "spike", "seasonal"),
                new StoredAnomaly("db-anomalies", "app/shop", "errors", now - 1_000, 30, 1, 6, "spike", "seasonal")));

        List<StoredEvent> failures = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            failures.add(failedLogin(now - day * 86_400_000L - 3_600_000L));
        }
        long burstStart = Math.floorDiv(now - 900_000L, 300_000L) * 300_000L; // within one 5-minute bucket
        for (int k = 0; k < 12; k++) {
            failures.add(failedLogin(burstStart + 10_000L * k));
        }
        store.events().append(failures);
        SeriesKey busy = new SeriesKey("db-anomalies", "disk/sda", "disk.busy");
        store.telemetry().append(busy, "%", List.of(new Sample(now - 5_000, 20), new Sample(now - 4_000, 21), new Sample(now - 3_000, 99),
                new Sample(now - 2_000, 22)));

        TelemetryChartView chart = (TelemetryChartView) Ui.page().showView(TelemetryChartView.ID);
        AnomaliesView view = (AnomaliesView) Ui.page().showView(AnomaliesView.ID);
        view.show("db-anomalies", "db-anomalies");
        Ui.waitUntil("the three anomalies and the burst of failed logins", 20_000, () -> view.viewer().getTable().getItemCount() == 4);
        assertEquals("app/shop", view.viewer().getTable().getItem(0).getText(1), "newest first");
        String summary = view.summary();
        assertTrue(summary.startsWith("db-anomalies: 3 anomalies, 1 security and inventory finding (last hour)."), summary);
        assertTrue(summary.contains("Likely root cause: disk/sda, which 2 anomalous elements depend on (app/shop, svc/postgresql)"), summary);

        view.selectKind("Spikes");
        Ui.waitUntil("only the spikes", 20_000, () -> view.viewer().getTable().getItemCount() == 2);
        view.selectKind("Security and inventory");
        Ui.waitUntil("only the burst", 20_000, () -> view.viewer().getTable().getItemCount() == 1);
        TableItem burst = view.viewer().getTable().getItem(0);
        assertEquals("failed-login-burst", burst.getText(3));
        assertTrue(burst.getText(2).startsWith("12 failed logins in 5 minutes"), burst.getText(2));
        view.selectKind("All kinds");
        Ui.waitUntil("all again", 20_000, () -> view.viewer().getTable().getItemCount() == 4);

        var score = view.viewer().getTable().getColumn(4);
        score.notifyListeners(SWT.Selection, new Event());
        Ui.processEvents(100);
        List<Double> scores = Arrays.stream(view.viewer().getTable().getItems()).map(i -> Double.parseDouble(i.getText(4))).toList();
        assertEquals(scores.stream().sorted(java.util.Comparator.reverseOrder()).toList(), scores, "the strongest first");
        assertEquals(List.of("15.0", "9.0", "6.0"), Arrays.stream(view.viewer().getTable().getItems()).filter(i -> !i.getText(5).isEmpty())
                .map(i -> i.getText(4)).toList(), "the metric anomalies among them");

        TableItem diskRow = Arrays.stream(view.viewer().getTable().getItems()).filter(i -> i.getText(1).equals("disk/sda")).findFirst().orElseThrow();
        view.viewer().setSelection(new StructuredSelection(diskRow.getData()));
        view.viewer().getTable().notifyListeners(SWT.DefaultSelection, new Event());
        Ui.waitUntil("the graph with the disk selected", 30_000, () -> Ui.page().getActiveEditor() instanceof TwinGraphEditor editor
                && editor.twin() != null && editor.twin().getId().equals("db-anomalies")
                && editor.selectedElements().stream().anyMatch(e -> e.getId().equals("disk/sda")));
        TwinGraphEditor graph = (TwinGraphEditor) Ui.page().getActiveEditor();
        Ui.waitUntil("the three anomalous nodes marked", 20_000, () -> graph.anomalyMarks().size() == 3);
        ElementFigure diskNode = (ElementFigure) ((GraphicalEditPart) graph.viewer().getEditPartRegistry()
                .get(graph.twin().findElement("disk/sda"))).getFigure();
        assertEquals(1, diskNode.anomalies(), "the disk's badge counts its anomaly");
        String tooltip = ((org.eclipse.draw2d.Label) diskNode.getToolTip()).getText();
        assertTrue(tooltip.contains("1 anomaly in the last 24 hours, the strongest scoring 9.0; latest: level-shift of disk.busy"), tooltip);
        // a prediction the live model carries about the disk shows in its tooltip at the next hover
        io.twinbench.model.twin.Prediction failure = io.twinbench.model.twin.TwinFactory.eINSTANCE.createPrediction();
        failure.setElement(graph.twin().findElement("disk/sda"));
        failure.setFailureMode("disk failure");
        failure.setExpectedAt(new java.util.Date(System.currentTimeMillis() + 2 * 3_600_000 + 30_000));
        failure.setConfidence(0.8);
        graph.twin().getFindings().add(failure);
        String hovered = ((org.eclipse.draw2d.Label) diskNode.getToolTip()).getText();
        assertTrue(hovered.endsWith("\nPredicted: disk failure in 2 h 0 min (fit 80 %)"), hovered);
        Ui.waitUntil("the disk's chart with its anomaly as a marker", 20_000, () -> chart.anomalyMarkers(busy) == 1);
        Ui.page().closeEditor(Ui.page().getActiveEditor(), false);

        java.nio.file.Path report = java.nio.file.Files.createTempDirectory("report").resolve("db.html");
        assertEquals(1, Ui.workspace().exportReport(List.of("db-anomalies"), report), "the Fleet view's Export Report… of one twin");
        String html = java.nio.file.Files.readString(report);
        assertTrue(html.contains("<title>Twinbench report: db-anomalies</title>") && html.contains("<td>1</td><td>disk/sda</td>"), html);
    }

    private static StoredEvent failedLogin(long at) {
        return new StoredEvent(0, "db-anomalies", at, "auth.failure", "WARN", "/var/log/auth.log", "user/root",
                "Failed password for root from 203.0.113.9", null);
    }
}
