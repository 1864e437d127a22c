package io.twinbench.ui.tests;

import java.util.function.BooleanSupplier;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

import io.twinbench.ui.session.TwinWorkspace;

/** Test helpers that let the real workbench run while a test waits for something to happen. */
final class Ui {

    private Ui() {
    }

    static void waitUntil(String what, long timeoutMillis, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.sleep();
                display.timerExec(20, () -> { });
            }
        }
    }

    static void processEvents(long millis) {
        long end = System.currentTimeMillis() + millis;
        Display display = Display.getCurrent();
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    static TwinWorkspace workspace() {
        return PlatformUI.getWorkbench().getService(IEclipseContext.class).get(TwinWorkspace.class);
    }

    /** Whether a control and all its parents are visible and its bounds lie inside each parent's area. */
    static boolean isShowing(org.eclipse.swt.widgets.Control control) {
        for (org.eclipse.swt.widgets.Control c = control; c.getParent() != null && !(c instanceof org.eclipse.swt.widgets.Shell); c = c.getParent()) {
            org.eclipse.swt.graphics.Rectangle b = c.getBounds();
            org.eclipse.swt.graphics.Rectangle area = c.getParent().getClientArea();
            if (!c.isVisible() || b.width <= 0 || b.height <= 0 || b.x >= area.width || b.y >= area.height) {
                return false;
            }
        }
        return true;
    }
}
