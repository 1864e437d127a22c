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
}
