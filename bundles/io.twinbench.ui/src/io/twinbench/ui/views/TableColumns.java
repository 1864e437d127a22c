package io.twinbench.ui.views;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** Text columns for the views' tables, each row a value of T. */
final class TableColumns {

    /** Longer texts than this are likely cut by their column, so hovering shows them whole. */
    static final int TOOLTIP_FROM = 40;
    private static final String TOOLTIPS = TableColumns.class.getName() + ".tooltips";

    private TableColumns() {
    }

    static <T> void add(TableViewer viewer, Class<T> rows, String title, int width, Function<T, String> text) {
        add(viewer, rows, title, width, text, row -> null);
    }

    /** A column whose text may be drawn in another colour (null: the table's own). */
    static <T> void add(TableViewer viewer, Class<T> rows, String title, int width, Function<T, String> text, Function<T, Color> colour) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        if (viewer.getData(TOOLTIPS) == null) {
            ColumnViewerToolTipSupport.enableFor(viewer);
            viewer.setData(TOOLTIPS, Boolean.TRUE);
        }
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(rows.cast(element));
            }

            @Override
            public String getToolTipText(Object element) {
                String full = getText(element);
                return full != null && full.length() > TOOLTIP_FROM ? full : null;
            }

            @Override
            public Color getForeground(Object element) {
                return colour.apply(rows.cast(element));
            }
        });
    }
}
