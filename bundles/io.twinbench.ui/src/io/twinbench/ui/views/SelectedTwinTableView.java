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
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;

import io.twinbench.store.TwinSummary;
import io.twinbench.ui.session.TimeRange;
import io.twinbench.ui.session.TwinWorkspace;
import io.twinbench.ui.session.TwinWorkspaceListener;

/**
 * A table about the twin selected in the Fleet view, over the twin's time range (shared with
 * its other views): a summary line, the subclass's filters, the period, the table. Follows
 * the selection, starting with the twin already selected when the view opens (a tab shown
 * later), and reloads as the subclass's workspace events say. Reading happens in jobs.
 */
abstract class SelectedTwinTableView extends ViewPart {


    protected TwinWorkspace workspace;
    protected TableViewer viewer;
    private Label status;
    private TimeRangeCombo period;
    private TimeRange ownRange = TimeRange.last(Duration.ofDays(1));
    private static final String PAUSE = "Pause";
    private Button pause;
    private int waiting;
    private volatile String twinId;
    private String twinName;
    private TwinWorkspaceListener changes;
    private final TwinWorkspaceListener ranges = new TwinWorkspaceListener() {
        @Override
        public void timeRangeChanged(String id, TimeRange range) {
            if (id.equals(twinId) && followsTwinTimeRange()) {
                UiThread.async(viewer.getControl(), () -> {
                    period.show(range);
                    reload();
                });
            }
        }
    };
    private final ISelectionListener selection = (part, sel) -> {
        if (sel instanceof IStructuredSelection s && s.getFirstElement() instanceof TwinSummary twin) {
            show(twin.id(), twin.name());
        }
    };

    /**
     * The summary line on a row of its own, then the filters in a bar that wraps (so the view
     * works at any size its perspective gives it: side by side with a long summary, a narrow
     * view once showed no table at all), then the table with an optional detail pane beside.
     */
    @Override
    public final void createPartControl(Composite parent) {
        workspace = getSite().getService(TwinWorkspace.class);
        GridLayout layout = new GridLayout(1, false);
        layout.verticalSpacing = 3;
        parent.setLayout(layout);
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(WrappingLayout.cell());
        status.setText(emptyText());
        Composite bar = WrappingLayout.bar(parent);
        createFilters(bar);
        period = new TimeRangeCombo(bar, this::setRange);
        if (!followsTwinTimeRange()) {
            period.show(ownRange);
        }
        pause = new Button(bar, SWT.TOGGLE);
        pause.setText(PAUSE);
        pause.setToolTipText("Stop following new rows while you read; the table catches up when you resume");
        pause.addListener(SWT.Selection, e -> pauseChanged());
        org.eclipse.swt.widgets.Control overview = createOverview(parent);
        if (overview != null) {
            GridData overviewData = new GridData(SWT.FILL, SWT.TOP, true, false);
            overviewData.widthHint = 200;
            overviewData.heightHint = 44;
            overview.setLayoutData(overviewData);
        }
        org.eclipse.swt.custom.SashForm body = new org.eclipse.swt.custom.SashForm(parent, SWT.VERTICAL);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer = new TableViewer(body, SWT.FULL_SELECTION | SWT.BORDER | SWT.MULTI);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        createColumns();
        if (createDetail(body) == null) {
            body.setWeights(100);
        } else {
            parent.addListener(SWT.Resize, e -> fitToShape(parent, body, overview));
            // the detail pane takes room only while a row is selected: the rows come first
            body.setMaximizedControl(viewer.getControl());
            viewer.addSelectionChangedListener(e -> {
                body.setMaximizedControl(e.getSelection().isEmpty() ? viewer.getControl() : null);
                viewer.getTable().showSelection();
            });
        }
        changes = workspaceListener();
        getSite().getPage().addSelectionListener(selection);
        workspace.addListener(changes);
        workspace.addListener(ranges);
        selection.selectionChanged(null, getSite().getPage().getSelection(FleetView.ID));
    }

    /**
     * The detail pane beside the table in a wide view and below it in a narrow one; in a short
     * view the overview strip gives its height to the table, which must always show rows.
     */
    private static void fitToShape(Composite parent, org.eclipse.swt.custom.SashForm body, org.eclipse.swt.widgets.Control overview) {
        org.eclipse.swt.graphics.Point size = parent.getSize();
        // beside the table only where the table keeps room for its message column
        int orientation = size.x >= 1100 ? SWT.HORIZONTAL : SWT.VERTICAL;
        if (body.getOrientation() != orientation || body.getWeights()[0] == 0) {
            body.setOrientation(orientation);
            body.setWeights(orientation == SWT.HORIZONTAL ? new int[] {65, 35} : new int[] {70, 30});
        }
        if (overview != null) {
            boolean shortView = size.y < 300;
            GridData data = (GridData) overview.getLayoutData();
            if (data.exclude != shortView) {
                data.exclude = shortView;
                overview.setVisible(!shortView);
                parent.layout(true);
            }
        }
    }

    /** What the summary line says before a twin is selected. */
    protected abstract String emptyText();

    /** Filter controls before the period, in a bar that wraps. */
    protected void createFilters(Composite bar) {
    }

    /** A strip between the filters and the table (such as a histogram over time), or null for none. */
    protected org.eclipse.swt.widgets.Control createOverview(Composite parent) {
        return null;
    }

    /** A pane below the table about the selected row, or null for none. */
    protected org.eclipse.swt.widgets.Control createDetail(Composite parent) {
        return null;
    }

    protected abstract void createColumns();

    /** The workspace events that should reload the table (on the workspace's threads). */
    protected abstract TwinWorkspaceListener workspaceListener();

    /** Reads the shown twin's rows for its time range in a job and shows them. */
    protected abstract void load(String id, String name, TimeRange range);

    /** Sets the shown twin's time range, for all its views (as brushing does); a view with a range of its own keeps it to itself. */
    protected final void setRange(TimeRange range) {
        if (!followsTwinTimeRange()) {
            ownRange = range;
            period.show(range);
            reload();
        } else if (twinId != null) {
            workspace.setTimeRange(twinId, range);
        }
    }

    /**
     * Whether this view shows the time range the twin's other views share (true), or a period of
     * its own, such as how much history a prediction learns from.
     */
    protected boolean followsTwinTimeRange() {
        return true;
    }

    private TimeRange currentRange(String id) {
        return followsTwinTimeRange() ? workspace.timeRange(id) : ownRange;
    }

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
        period.show(currentRange(id));
        reload();
    }

    protected final String shownTwinId() {
        return twinId;
    }

    protected final String shownTwinName() {
        return twinName;
    }

    /** The period list's text, for tests. */
    public final String periodText() {
        return period.text();
    }

    /** The summary line, for tests. */
    public final String summary() {
        return status.getText();
    }

    /** The table, for tests. */
    public final TableViewer viewer() {
        return viewer;
    }

    /**
     * New rows are in the store: reload, unless the analyst paused the view, in which case the
     * pause button counts them until resumed. The workspace's listener calls this; so may tests.
     * Call on the UI thread.
     */
    public final void liveChange() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        if (pause.getSelection()) {
            waiting++;
            pause.setText("Paused: " + waiting + (waiting == 1 ? " update" : " updates") + " waiting");
            pause.getParent().layout();
            return;
        }
        reload();
    }

    private void pauseChanged() {
        if (!pause.getSelection()) {
            pause.setText(PAUSE);
            pause.getParent().layout();
            if (waiting > 0) {
                waiting = 0;
                reload();
            }
        }
    }

    /** What the pause button says, for tests. */
    public final String pauseText() {
        return pause.getText();
    }

    /** Pauses or resumes following new rows (for tests). */
    public final void setPaused(boolean paused) {
        pause.setSelection(paused);
        pauseChanged();
    }

    /** Reloads the shown twin; call on the UI thread. */
    protected final void reload() {
        String id = twinId;
        if (id == null || workspace.store().isEmpty() || viewer.getControl().isDisposed()) {
            return;
        }
        load(id, twinName, currentRange(id));
    }

    /** Puts rows read by a job into the table, if the twin is still the shown one. */
    protected final void showRows(String id, Object rows, String summary) {
        UiThread.async(viewer.getControl(), () -> {
            if (!id.equals(twinId)) {
                return;
            }
            keepingPlace(() -> viewer.setInput(rows));
            status.setText(summary);
            status.getParent().layout();
            rowsShown();
        });
    }

    /** Called on the UI thread after new rows are in the table. */
    protected void rowsShown() {
    }

    /**
     * Changes the rows without moving what the analyst is looking at: the selected rows stay
     * selected and the row at the top stays at the top, so a click meant for a row still hits
     * it when new rows arrive above. A table at its top with nothing selected shows the newest.
     */
    private void keepingPlace(Runnable change) {
        org.eclipse.swt.widgets.Table table = viewer.getTable();
        IStructuredSelection selected = viewer.getStructuredSelection();
        int topIndex = table.getTopIndex();
        Object top = topIndex >= 0 && topIndex < table.getItemCount() ? table.getItem(topIndex).getData() : null;
        boolean anchored = !selected.isEmpty() || topIndex > 0;
        table.setRedraw(false);
        try {
            change.run();
            if (!selected.isEmpty()) {
                viewer.setSelection(selected, false);
            }
            if (anchored && top != null) {
                for (int i = 0; i < table.getItemCount(); i++) {
                    if (top.equals(table.getItem(i).getData())) {
                        table.setTopIndex(i);
                        break;
                    }
                }
            }
        } finally {
            table.setRedraw(true);
        }
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
            workspace.removeListener(ranges);
        }
        super.dispose();
    }
}
