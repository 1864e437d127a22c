package io.twinbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;

import io.twinbench.model.build.TwinBuilder;
import io.twinbench.model.twin.TwinPackage;
import io.twinbench.store.Sample;
import io.twinbench.store.SeriesKey;
import io.twinbench.store.TwinStore;
import io.twinbench.ui.graph.TwinGraphEditor;
import io.twinbench.ui.views.PredictionsView;

/**
 * A twin whose root file system has filled by 1 GB an hour for a day, out of 100 GB: the
 * Predictions view says it fills up in about two and a half days, with high confidence and the
 * rate it rests on, and a double-click opens the graph with the file system selected.
 */
class PredictionsViewTest {

    private static final double GB = 1e9;

    private static List<Sample> hourly(long now, double start, double perHour) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < 24 * 12; i++) {
            long at = now - (24 * 12 - 1 - i) * 300_000L;
            samples.add(new Sample(at, start + perHour * i / 12.0 + (i % 2 == 0 ? 0.01 : -0.01) * GB));
        }
        return samples;
    }

    @Test
    void aFillingFileSystemIsPredictedWithItsTimeLeftAndLeadsToItsElement() throws Exception {
        Ui.waitUntil("the store", 90_000, () -> Ui.workspace().store().isPresent());
        TwinStore store = Ui.workspace().store().orElseThrow();
        TwinBuilder b = new TwinBuilder("web-predict", "web-predict", new Date());
        b.element(TwinPackage.eINSTANCE.getFileSystem(), "fs/", "/", e -> { });
        store.snapshots().save(b.twin());
        long now = System.currentTimeMillis() - 60_000;
        store.telemetry().append(new SeriesKey("web-predict", "fs/", "fs.used.bytes"), "bytes", hourly(now, 40 * GB, GB));
        store.telemetry().append(new SeriesKey("web-predict", "fs/", "fs.total.bytes"), "bytes", hourly(now, 100 * GB, 0));

        PredictionsView view = (PredictionsView) Ui.page().showView(PredictionsView.ID);
        view.show("web-predict", "web-predict");
        Ui.waitUntil("the predicted failure", 30_000, () -> view.viewer().getTable().getItemCount() == 1);
        TableItem row = view.viewer().getTable().getItem(0);
        assertEquals("fs/", row.getText(0));
        assertEquals("filesystem full", row.getText(1));
        // 100 - 64 GB left at 1 GB an hour: 36 hours, so "1 d 11 h" or "1 d 12 h"
        assertTrue(row.getText(3).matches("1 d 1[12] h"), row.getText(3));
        assertTrue(Integer.parseInt(row.getText(4).replace(" %", "")) >= 90, row.getText(4));
        assertTrue(row.getText(5).startsWith("growing 953.") && row.getText(5).contains("MiB per hour"), row.getText(5));
        assertTrue(view.summary().contains("1 failure predicted within 30 days, learnt from last 24 hours of history"), view.summary());

        view.viewer().setSelection(new StructuredSelection(row.getData()));
        view.viewer().getTable().notifyListeners(SWT.DefaultSelection, new Event());
        Ui.waitUntil("the graph with the file system selected", 30_000, () -> Ui.page().getActiveEditor() instanceof TwinGraphEditor editor
                && editor.twin() != null && editor.twin().getId().equals("web-predict")
                && editor.selectedElements().stream().anyMatch(e -> e.getId().equals("fs/")));
        Ui.page().closeEditor(Ui.page().getActiveEditor(), false);
    }
}
