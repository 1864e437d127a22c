package io.twinbench.ui.views;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;

import io.twinbench.ingest.twin.InventoryJson;
import io.twinbench.store.TwinChange;
import io.twinbench.store.TwinSummary;
import io.twinbench.ui.session.TwinWorkspace;
import io.twinbench.ui.session.TwinWorkspaceListener;

/**
 * What changed in the selected twin between two points in time: items added, removed or
 * changed (with the attributes that changed), when, and from which agent or image. Follows the
 * Fleet view's selection and refreshes as agents report changes.
 */
public final class TwinHistoryView extends ViewPart {

    public static final String ID = "io.twinbench.ui.views.history";
    static final int LIMIT = 5_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final String[] PERIODS = {"Last hour", "Last 24 hours", "Last 7 days", "Everything"};
    private static final Duration[] SPANS = {Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(7), null};

    private TwinWorkspace workspace;
    private TableViewer viewer;
    private Label status;
    private Combo period;
    private volatile String twinId;
    private String twinName;
    private final ISelectionListener selection = (part, sel) -> {
        if (sel instanceof IStructuredSelection s && s.getFirstElement() instanceof TwinSummary twin) {
            show(twin.id(), twin.name());
        }
    };
    private final TwinWorkspaceListener changes = new TwinWorkspaceListener() {
        @Override
        public void fleetChanged(List<TwinSummary> twins) {
            UiThread.async(viewer.getControl(), TwinHistoryView.this::reload);
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        workspace = getSite().getService(TwinWorkspace.class);
        parent.setLayout(new GridLayout(2, false));
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status.setText("Select a twin in the Fleet view to see what changed in it.");
        period = new Combo(parent, SWT.READ_ONLY);
        period.setItems(PERIODS);
        period.select(1);
        period.addListener(SWT.Selection, e -> reload());
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Time", 150, r -> TIME.format(r.change().at()));
        column("Change", 80, r -> r.change().change().name().toLowerCase());
        column("Section", 90, r -> r.change().section());
        column("Item", 260, r -> r.change().itemKey());
        column("What changed", 420, Row::details);
        column("Source", 140, r -> r.change().source());
        getSite().getPage().addSelectionListener(selection);
        workspace.addListener(changes);
        // opened after a twin was selected (a tab shown later): start with that twin
        selection.selectionChanged(null, getSite().getPage().getSelection(FleetView.ID));
    }

    /** A change with its description, worked out once in the job rather than at every repaint. */
    private record Row(TwinChange change, String details) {
    }

    private void column(String title, int width, Function<Row, String> text) {
        TableColumns.add(viewer, Row.class, title, width, text);
    }

    /** Shows the history of a twin (also for tests). */
    public void show(String id, String name) {
        twinId = id;
        twinName = name;
        reload();
    }

    /** The table of changes, for tests. */
    public TableViewer viewer() {
        return viewer;
    }

    private void reload() {
        String id = twinId;
        if (id == null || workspace.store().isEmpty()) {
            return;
        }
        Duration span = SPANS[Math.max(0, period.getSelectionIndex())];
        String label = PERIODS[Math.max(0, period.getSelectionIndex())].toLowerCase();
        String name = twinName;
        Job.create("Reading the history of " + name, monitor -> {
            Instant now = Instant.now();
            List<TwinChange> list = workspace.store().orElseThrow().inventories()
                    .changes(id, span == null ? Instant.EPOCH : now.minus(span), now.plusSeconds(1), LIMIT);
            List<Row> rows = list.reversed().stream().map(c -> new Row(c, details(c))).toList();
            UiThread.async(viewer.getControl(), () -> {
                if (!id.equals(twinId)) {
                    return;
                }
                viewer.setInput(rows);
                long added = list.stream().filter(c -> c.change() == TwinChange.Kind.ADDED).count();
                long removed = list.stream().filter(c -> c.change() == TwinChange.Kind.REMOVED).count();
                status.setText(name + ": " + list.size() + (list.size() == LIMIT ? "+" : "") + " changes (" + label + "): " + added
                        + " added, " + removed + " removed, " + (list.size() - added - removed) + " changed. Newest first.");
                status.getParent().layout();
            });
            return Status.OK_STATUS;
        }).schedule();
    }

    private static String details(TwinChange change) {
        return switch (change.change()) {
            case ADDED -> InventoryJson.parse(change.after()).getOrDefault("name", "");
            case REMOVED -> InventoryJson.parse(change.before()).getOrDefault("name", "");
            case CHANGED -> InventoryJson.differences(change.before(), change.after());
        };
    }


    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removeSelectionListener(selection);
        if (workspace != null) {
            workspace.removeListener(changes);
        }
        super.dispose();
    }
}
