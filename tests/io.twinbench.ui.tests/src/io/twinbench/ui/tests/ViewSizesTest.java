package io.twinbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Every view of every perspective works at the size the perspective gives it on a common
 * laptop screen (1366×768) and on a desktop one (1600×900): its table, tree or chart shows,
 * with room for rows. The Events view once showed nothing at its default size.
 */
class ViewSizesTest {

    private static final String[] PERSPECTIVES = {"io.twinbench.ui.perspective.fleet", "io.twinbench.ui.perspective.investigation",
            "io.twinbench.ui.perspective.simulation", "io.twinbench.ui.perspective.cases"};

    @AfterAll
    static void backToTheFleet() throws Exception {
        Ui.page().getWorkbenchWindow().getWorkbench().showPerspective(PERSPECTIVES[0], Ui.page().getWorkbenchWindow());
        Ui.page().resetPerspective();
    }

    @Test
    void everyViewShowsItsContentAtItsDefaultSize() throws Exception {
        // the workbench opens this machine's twin in the Investigation perspective once captured: let it, before switching around
        Ui.waitUntil("the local twin's graph", 90_000, () -> java.util.Arrays.stream(Ui.page().getEditorReferences())
                .anyMatch(r -> r.getId().equals(io.twinbench.ui.graph.TwinGraphEditor.ID)));
        Ui.processEvents(500);
        List<String> problems = new ArrayList<>();
        for (int[] screen : new int[][] {{1366, 768}, {1600, 900}}) {
            Shell shell = Ui.page().getWorkbenchWindow().getShell();
            shell.setMaximized(false);
            shell.setSize(screen[0], screen[1]);
            for (String perspective : PERSPECTIVES) {
                Ui.page().getWorkbenchWindow().getWorkbench().showPerspective(perspective, Ui.page().getWorkbenchWindow());
                Ui.page().resetPerspective();
                Ui.processEvents(300);
                for (IViewReference reference : Ui.page().getViewReferences()) {
                    IViewPart view = Ui.page().showView(reference.getId());
                    Ui.page().bringToTop(view);
                    Ui.waitUntil(reference.getPartName() + " on top of its stack", 5_000, () -> findTop(view) != null && findTop(view).isVisible());
                    Ui.processEvents(200);
                    Control content = largestContent(view);
                    if (content == null) {
                        Ui.processEvents(1_000); // a view made just now may be laid out a moment later
                        content = largestContent(view);
                    }
                    String where = screen[0] + "×" + screen[1] + " " + perspective.substring(perspective.lastIndexOf('.') + 1) + " " + reference.getPartName();
                    if (content == null) {
                        problems.add(where + ": no table, tree or chart in " + describe(findTop(view), 0));
                        continue;
                    }
                    Rectangle area = content instanceof Table t ? t.getClientArea() : content instanceof Tree t ? t.getClientArea() : content.getBounds();
                    int row = content instanceof Table t ? t.getItemHeight() : content instanceof Tree t ? t.getItemHeight() : 20;
                    if (!Ui.isShowing(content) || area.width < 150 || area.height < 3 * row) {
                        problems.add(where + ": " + content.getClass().getSimpleName() + " " + area + " in a view of "
                                + content.getShell().getSize());
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** The view's biggest table, tree or canvas: what it exists to show. */
    private static Control largestContent(IViewPart view) {
        Composite top = findTop(view);
        if (top == null) {
            return null;
        }
        List<Control> found = new ArrayList<>();
        collect(top, found);
        return found.stream().max((a, b) -> Integer.compare(a.getBounds().width * a.getBounds().height, b.getBounds().width * b.getBounds().height))
                .orElse(null);
    }

    private static Composite findTop(IViewPart view) {
        Object control = view.getSite().getService(org.eclipse.e4.ui.model.application.ui.basic.MPart.class) instanceof
                org.eclipse.e4.ui.model.application.ui.basic.MPart part ? part.getWidget() : null;
        return control instanceof Composite c ? c : null;
    }

    private static String describe(Control control, int depth) {
        if (control == null) {
            return "null";
        }
        StringBuilder text = new StringBuilder("\n" + "  ".repeat(depth) + control.getClass().getSimpleName() + (control.isVisible() ? "" : " (hidden)")
                + " " + control.getBounds());
        if (control instanceof Composite c && depth < 6) {
            for (Control child : c.getChildren()) {
                text.append(describe(child, depth + 1));
            }
        }
        return text.toString();
    }

    private static void collect(Control control, List<Control> found) {
        if (control instanceof Table || control instanceof Tree || control instanceof Canvas && !(control.getParent() instanceof Table)) {
            if (control.isVisible()) {
                found.add(control);
            }
        }
        if (control instanceof Composite c) {
            for (Control child : c.getChildren()) {
                collect(child, found);
            }
        }
    }
}
