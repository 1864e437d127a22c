package io.twinbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.twinbench.model.build.TwinBuilder;
import io.twinbench.model.twin.Twin;
import io.twinbench.model.twin.TwinPackage;
import io.twinbench.store.StoredEvent;
import io.twinbench.ui.graph.TwinGraphEditor;
import io.twinbench.ui.internal.FleetPerspective;
import io.twinbench.ui.views.EventsView;

/**
 * The Events view as the Fleet perspective lays it out, on screens an analyst has: rows shown,
 * a detail pane, pivots, the histogram's range, a selection that stays put as events arrive,
 * a pause, and a double-click that opens the element in the graph.
 */
class EventsViewTest {

    private static final long NOW = System.currentTimeMillis();
    private String twinId;
    private EventsView view;

    @BeforeEach
    void showTheFleetPerspectiveWithEvents() throws Exception {
        Ui.waitUntil("the workspace store", 60_000, () -> Ui.workspace().store().isPresent());
        twinId = "events-" + System.nanoTime();
        TwinBuilder b = new TwinBuilder(twinId, "web-01", new Date());
        b.element(TwinPackage.eINSTANCE.getUser(), "user/bob", "bob", e -> { });
        b.element(TwinPackage.eINSTANCE.getUser(), "user/root", "root", e -> { });
        Twin twin = b.twin();
        Ui.workspace().saveSnapshot(twin);
        List<StoredEvent> events = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            boolean bob = i % 2 == 0;
            events.add(new StoredEvent(0, twinId, NOW - (40 - i) * 60_000L, "auth.failure", "WARN", "/var/log/auth.log",
                    bob ? "user/bob" : "user/root", "Failed password for " + (bob ? "bob" : "root") + " from 203.0.113." + (i % 3)
                            + " port 22 ssh2, attempt " + i + " of a long brute-force run that an analyst reads whole in the detail pane",
                    "{\"address\":\"203.0.113." + (i % 3) + "\",\"user\":\"" + (bob ? "bob" : "root") + "\"}"));
        }
        Ui.workspace().store().orElseThrow().events().append(events);
        Ui.page().getWorkbenchWindow().getWorkbench().showPerspective(FleetPerspective.ID, Ui.page().getWorkbenchWindow());
        Ui.page().resetPerspective();
        view = (EventsView) Ui.page().showView(EventsView.ID);
        // the view may be the one another perspective or test left with its filters: start from none
        view.resetFilters();
    }

    @AfterEach
    void deleteTheTwin() {
        // a fresh view for the next test, without this one's pivots, range or pause
        Ui.page().hideView(view);
        Ui.workspace().deleteTwin(twinId, false);
    }

    private void showAt(int width, int height) {
        Shell shell = Ui.page().getWorkbenchWindow().getShell();
        shell.setMaximized(false);
        shell.setSize(width, height);
        Ui.processEvents(300);
        view.show(twinId, "web-01");
        Ui.waitUntil("the events of web-01", 20_000, () -> view.viewer().getTable().getItemCount() == 40);
        Ui.processEvents(200);
    }

    @Test
    void theRowsShowAtTheSizesTheDefaultLayoutGivesTheView() {
        for (int[] screen : new int[][] {{1600, 900}, {1366, 768}, {1280, 720}}) {
            showAt(screen[0], screen[1]);
            Table table = view.viewer().getTable();
            Rectangle area = table.getClientArea();
            assertTrue(table.isVisible() && area.width > 150 && area.height >= 3 * table.getItemHeight(),
                    "at " + screen[0] + "×" + screen[1] + " the table is " + area + " within a view of " + table.getParent().getParent().getSize());
            assertTrue(Ui.isShowing(table), "the table lies inside its view at " + screen[0] + "×" + screen[1]);
        }
    }

    @Test
    void aSelectedEventShowsEveryFieldAndPivotsOnAnyValue() {
        showAt(1600, 900);
        StoredEvent newest = ((List<?>) view.viewer().getInput()).stream().map(r -> rowEvent(r)).findFirst().orElseThrow();
        view.viewer().setSelection(new StructuredSelection(view.viewer().getElementAt(0)), true);
        Ui.waitUntil("the selected event's fields", 5_000, () -> !view.detailLines().isEmpty());
        assertTrue(view.detailLines().containsAll(List.of("kind=auth.failure", "element=" + newest.elementId(),
                "address=" + attribute(newest, "address"), "source=/var/log/auth.log")), view.detailLines().toString());
        view.pivot("address", "203.0.113.0");
        Ui.waitUntil("only the events from 203.0.113.0", 20_000, () -> view.viewer().getTable().getItemCount() == 14);
        view.pivot("element", "user/bob");
        Ui.waitUntil("only bob's from 203.0.113.0", 20_000, () -> view.viewer().getTable().getItemCount() == 7);
        assertEquals(7, Arrays.stream(view.histogramCounts()).sum(), "the histogram counts what the filters keep");
    }

    @Test
    void brushingTheHistogramShowsOnlyItsRange() {
        showAt(1600, 900);
        Ui.waitUntil("the histogram", 10_000, () -> Arrays.stream(view.histogramCounts()).sum() == 40);
        view.showRange(NOW - 10 * 60_000L - 1, NOW);
        Ui.waitUntil("the last ten minutes only", 20_000, () -> view.viewer().getTable().getItemCount() == 10);
        assertTrue(view.summary().contains("between"), view.summary());
    }

    @Test
    void aNewEventKeepsTheSelectionAndTheRowUnderTheCursorAndAPauseHoldsItBack() {
        showAt(1600, 900);
        Object third = view.viewer().getElementAt(2);
        view.viewer().setSelection(new StructuredSelection(third), true);
        Table table = view.viewer().getTable();
        int thirdIndex = table.indexOf(table.getSelection()[0]);
        int topBefore = table.getTopIndex();
        Ui.workspace().store().orElseThrow().events().append(List.of(new StoredEvent(0, twinId, System.currentTimeMillis() - 1, "sudo", "INFO", "journal",
                "user/bob", "bob : COMMAND=/usr/bin/id", null)));
        view.liveChange();
        Ui.waitUntil("the new event", 20_000, () -> table.getItemCount() == 41);
        assertEquals(third, ((IStructuredSelection) view.viewer().getSelection()).getFirstElement(), "the same event stays selected");
        assertEquals(thirdIndex - topBefore, table.indexOf(table.getSelection()[0]) - table.getTopIndex(),
                "and at the same place on screen, so a double-click still hits it");

        view.setPaused(true);
        Ui.workspace().store().orElseThrow().events().append(List.of(new StoredEvent(0, twinId, System.currentTimeMillis() - 1, "sudo", "INFO", "journal",
                "user/bob", "bob : COMMAND=/usr/bin/whoami", null)));
        view.liveChange();
        Ui.processEvents(1000);
        assertEquals(41, table.getItemCount(), "paused: the table holds still");
        assertEquals("Paused: 1 update waiting", view.pauseText());
        view.setPaused(false);
        Ui.waitUntil("the held event after resuming", 20_000, () -> table.getItemCount() == 42);
    }

    @Test
    void aDoubleClickOpensTheEventsElementInTheGraph() {
        showAt(1600, 900);
        view.viewer().setSelection(new StructuredSelection(view.viewer().getElementAt(0)), true);
        view.viewer().getTable().notifyListeners(org.eclipse.swt.SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        String element = rowEvent(view.viewer().getElementAt(0)).elementId();
        Ui.waitUntil("the graph of web-01 with " + element + " selected", 30_000, () -> Arrays.stream(Ui.page().getEditorReferences())
                .filter(r -> r.getId().equals(TwinGraphEditor.ID)).map(r -> r.getEditor(false)).filter(TwinGraphEditor.class::isInstance)
                .map(TwinGraphEditor.class::cast).anyMatch(e -> e.twin().getId().equals(twinId)
                        && e.selectedElements().stream().anyMatch(x -> x.getId().equals(element))));
        Arrays.stream(Ui.page().getEditorReferences()).filter(r -> r.getEditor(false) instanceof TwinGraphEditor g && g.twin().getId().equals(twinId))
                .forEach(r -> Ui.page().closeEditor(r.getEditor(false), false));
    }

    private static StoredEvent rowEvent(Object row) {
        try {
            java.lang.reflect.Method event = row.getClass().getDeclaredMethod("event");
            event.setAccessible(true);
            return (StoredEvent) event.invoke(row);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static String attribute(StoredEvent e, String name) {
        return io.twinbench.ingest.twin.InventoryJson.parse(e.attributesJson()).get(name);
    }
}
