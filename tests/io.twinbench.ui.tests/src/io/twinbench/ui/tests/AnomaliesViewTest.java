package io.twinbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;

import io.twinbench.model.build.TwinBuilder;
import io.twinbench.model.twin.DependencyType;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.TwinPackage;
import io.twinbench.store.StoredAnomaly;
import io.twinbench.store.TwinStore;
import io.twinbench.ui.graph.TwinGraphEditor;
import io.twinbench.ui.views.AnomaliesView;

/**
 * A twin whose disk, database service and application turned anomalous: the view lists the
 * three, names the disk as the likely root cause, filters by kind, sorts by score, and a
 * double-click opens the graph with the anomalous element selected.
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

        AnomaliesView view = (AnomaliesView) Ui.page().showView(AnomaliesView.ID);
        view.show("db-anomalies", "db-anomalies");
        Ui.waitUntil("the three anomalies", 20_000, () -> view.viewer().getTable().getItemCount() == 3);
        assertEquals("app/shop", view.viewer().getTable().getItem(0).getText(1), "newest first");
        String summary = view.summary();
        assertTrue(summary.contains("Likely root cause: disk/sda, which 2 anomalous elements depend on (app/shop, svc/postgresql)"), summary);

        view.selectKind("Spikes");
        Ui.waitUntil("only the spikes", 20_000, () -> view.viewer().getTable().getItemCount() == 2);
        view.selectKind("All kinds");
        Ui.waitUntil("all again", 20_000, () -> view.viewer().getTable().getItemCount() == 3);

        var score = view.viewer().getTable().getColumn(4);
        score.notifyListeners(SWT.Selection, new Event());
        Ui.processEvents(100);
        assertEquals(List.of("15.0", "9.0", "6.0"), Arrays.stream(view.viewer().getTable().getItems()).map(i -> i.getText(4)).toList(),
                "the strongest first");

        TableItem diskRow = Arrays.stream(view.viewer().getTable().getItems()).filter(i -> i.getText(1).equals("disk/sda")).findFirst().orElseThrow();
        view.viewer().setSelection(new StructuredSelection(diskRow.getData()));
        view.viewer().getTable().notifyListeners(SWT.DefaultSelection, new Event());
        Ui.waitUntil("the graph with the disk selected", 30_000, () -> Ui.page().getActiveEditor() instanceof TwinGraphEditor editor
                && editor.twin() != null && editor.twin().getId().equals("db-anomalies")
                && editor.selectedElements().stream().anyMatch(e -> e.getId().equals("disk/sda")));
        Ui.page().closeEditor(Ui.page().getActiveEditor(), false);

        java.nio.file.Path report = java.nio.file.Files.createTempDirectory("report").resolve("db.html");
        assertEquals(1, Ui.workspace().exportReport(List.of("db-anomalies"), report), "the Fleet view's Export Report… of one twin");
        String html = java.nio.file.Files.readString(report);
        assertTrue(html.contains("<title>Twinbench report: db-anomalies</title>") && html.contains("<td>1</td><td>disk/sda</td>"), html);
    }
}
