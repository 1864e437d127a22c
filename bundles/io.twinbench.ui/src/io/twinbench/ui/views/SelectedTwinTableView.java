package io.twinbench.ui.views;

import java.time.Duration;
import java.util.Comparator;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;

import io.twinbench.store.TwinSummary;
import io.twinbench.ui.session.TwinWorkspace;
import io.twinbench.ui.session.TwinWorkspaceListener;

/**
 * A table about the twin selected in the Fleet view, over a chosen period (the last hour, day,
 * week or everything): a summary line, the subclass's filters, the period, the table. Follows
 * the selection, starting with the twin already selected when the view opens (a tab shown
 * later), and reloads as the subclass's workspace events say. Reading happens in jobs.
 */
abstract class SelectedTwinTableView extends ViewPart {

    private static final String[] PERIODS = {"Last hour", "Last 24 hours", "Last 7 days", "Everything"};
    private static final Duration[] SPANS = {Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(7), null};

    protected TwinWorkspace workspace;
    protected TableViewer viewer;
    private Label status;
    private Combo period;
    private volatile String twinId;
    private String twinName;
    private TwinWorkspaceListener changes;
    private final ISelectionListener selection = (part, sel) -> {
        if (sel instanceof IStructuredSelection s && s.getFirstElement() instanceof TwinSummary twin) {
            show(twin.id(), twin.name());
        }
    };

    @Override
    public final void createPartControl(Composite parent) {
        workspace = getSite().getService(TwinWorkspace.class);
        GridLayout layout = new GridLayout(2, false);
        parent.setLayout(layout);
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status.setText(emptyText());
        layout.numColumns += createFilters(parent);
        period = combo(parent, PERIODS, 1);
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.MULTI);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, layout.numColumns, 1));
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        createColumns();
        changes = workspaceListener();
        getSite().getPage().addSelectionListener(selection);
        workspace.addListener(changes);
        selection.selectionChanged(null, getSite().getPage().getSelection(FleetView.ID));
    }

    /** What the summary line says before a twin is selected. */
    protected abstract String emptyText();

    /** Filter controls between the summary line and the period; returns how many. */
    protected int createFilters(Composite parent) {
        return 0;
    }

    protected abstract void createColumns();

    /** The workspace events that should reload the table (on the workspace's threads). */
    protected abstract TwinWorkspaceListener workspaceListener();

    /** Reads the shown twin's rows for the chosen period in a job and shows them. */
    protected abstract void load(String id, String name, Duration span, String periodLabel);

    /**
     * A column whose header sorts the table by it: descending first (the strongest, newest or
     * soonest on top, as the comparator orders them reversed), then ascending.
     */
    protected final <T> void sortableColumn(Class<T> rows, String title, int width, Function<T, String> text, Comparator<T> by) {
        TableColumns.add(viewer, rows, title, width, text);
        TableColumn column = viewer.getTable().getColumn(viewer.getTable().getColumnCount() - 1);
        column.addListener(SWT.Selection, e -> {
            boolean descending = viewer.getTable().getSortColumn() != column || viewer.getTable().getSortDirection() == SWT.UP;
            viewer.getTable().setSortColumn(column);
            viewer.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
            Comparator<T> order = descending ? by.reversed() : by;
            viewer.setComparator(new ViewerComparator() {
                @Override
                public int compare(Viewer v, Object a, Object b) {
                    return order.compare(rows.cast(a), rows.cast(b));
                }
            });
        });
    }

    /** A read-only drop-down that reloads the table when changed. */
    protected final Combo combo(Composite parent, String[] items, int selected) {
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        combo.setItems(items);
        combo.select(selected);
        combo.addListener(SWT.Selection, e -> reload());
        return combo;
    }

    /** Shows a twin (also for tests). */
    public final void show(String id, String name) {
        twinId = id;
        twinName = name;
        reload();
    }

    protected final String shownTwinId() {
        return twinId;
    }

    /** The summary line, for tests. */
    public final String summary() {
        return status.getText();
    }

    /** The table, for tests. */
    public final TableViewer viewer() {
        return viewer;
    }

    /** Reloads the shown twin; call on the UI thread. */
    protected final void reload() {
        String id = twinId;
        if (id == null || workspace.store().isEmpty() || viewer.getControl().isDisposed()) {
            return;
        }
        int chosen = Math.max(0, period.getSelectionIndex());
        load(id, twinName, SPANS[chosen], PERIODS[chosen].toLowerCase());
    }

    /** Puts rows read by a job into the table, if the twin is still the shown one. */
    protected final void showRows(String id, Object rows, String summary) {
        UiThread.async(viewer.getControl(), () -> {
            if (!id.equals(twinId)) {
                return;
            }
            viewer.setInput(rows);
            status.setText(summary);
            status.getParent().layout();
        });
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removeSelectionListener(selection);
        if (workspace != null && changes != null) {
            workspace.removeListener(changes);
        }
        super.dispose();
    }
}
