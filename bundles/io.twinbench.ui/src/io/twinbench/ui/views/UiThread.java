package io.twinbench.ui.views;

import org.eclipse.swt.widgets.Control;

/** Runs view updates on the display thread, skipping them once the view is gone. */
public final class UiThread {

    private UiThread() {
    }

    public static void async(Control control, Runnable update) {
        if (control == null || control.isDisposed()) {
            return;
        }
        control.getDisplay().asyncExec(() -> {
            if (!control.isDisposed()) {
                update.run();
            }
        });
    }
}
