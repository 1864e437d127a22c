package io.twinbench.ui.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;

/**
 * Cells for text and controls that must give way in a narrow view. A wrapping label or bar
 * without a width hint asks for its whole text or row on one line, and a grid then squeezes
 * its neighbours (the Events table once got 0 px) or cuts its second line off.
 */
public final class WrappingLayout {

    private WrappingLayout() {
    }

    /** A full-width cell that asks for little width, so its label or bar wraps to the view's. */
    public static GridData cell() {
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 100;
        return data;
    }

    /** A bar of controls that wraps onto further rows when the view is narrow, in such a cell. */
    public static Composite bar(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.wrap = true;
        row.center = true;
        row.marginTop = 0;
        row.marginBottom = 0;
        row.marginLeft = 0;
        bar.setLayout(row);
        bar.setLayoutData(cell());
        return bar;
    }
}
