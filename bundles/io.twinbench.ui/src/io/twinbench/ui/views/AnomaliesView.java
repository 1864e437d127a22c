package io.twinbench.ui.views;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableColumn;

import io.twinbench.analysis.cause.RootCause;
import io.twinbench.analysis.cause.RootCauses;
import io.twinbench.model.twin.Element;
import io.twinbench.store.StoredAnomaly;
import io.twinbench.ui.internal.TwinOpener;
import io.twinbench.ui.session.TwinWorkspaceListener;

/**
 * The selected twin's anomalies as the collector's online detector found them, with the
 * likely root cause in the summary line (the anomalous element the others depend on). Sorted
 * by any column, filtered by kind and period; a double-click opens the twin's graph with the
 * anomalous element selected. Updates as new anomalies are stored.
 */
public final class AnomaliesView extends SelectedTwinTableView {

    public static final String ID = "io.twinbench.ui.views.anomalies";
    static final int LIMIT = 5_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final String[] KINDS = {"All kinds", "Spikes", "Level shifts", "Trends", "Seasonality"};
    private static final String[] LABELS = {null, "spike", "level-shift", "trend", "seasonality"};

    private Combo kind;
    private Job reading;

    @Override
    protected String emptyText() {
        return "Select a twin in the Fleet view to see its anomalies.";
    }

    @Override
    protected int createFilters(Composite parent) {
        kind = combo(parent, KINDS, 0);
        return 1;
    }

    @Override
    protected void createColumns() {
        column("Time", 150, r -> TIME.format(Instant.ofEpochMilli(r.timestamp())), Comparator.comparingLong(StoredAnomaly::timestamp));
        column("Element", 200, StoredAnomaly::elementId, Comparator.comparing(StoredAnomaly::elementId));
        column("Metric", 160, StoredAnomaly::metric, Comparator.comparing(StoredAnomaly::metric));
        column("Kind", 90, StoredAnomaly::kind, Comparator.comparing(StoredAnomaly::kind));
        column("Score", 70, r -> String.format(Locale.ROOT, "%.1f", r.score()), Comparator.comparingDouble(StoredAnomaly::score));
        column("Value", 110, r -> String.format(Locale.ROOT, "%.4g", r.value()), Comparator.comparingDouble(StoredAnomaly::value));
        column("Expected", 110, r -> String.format(Locale.ROOT, "%.4g", r.expected()), Comparator.comparingDouble(StoredAnomaly::expected));
        viewer.addDoubleClickListener(e -> {
            if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof StoredAnomaly a) {
                new TwinOpener(getSite().getPage()).open(a.twinId(), a.twinId(), a.elementId());
            }
        });
    }

    /** A column whose header sorts by it, descending first (the strongest or newest on top), then ascending. */
    private void column(String title, int width, java.util.function.Function<StoredAnomaly, String> text, Comparator<StoredAnomaly> by) {
        TableColumns.add(viewer, StoredAnomaly.class, title, width, text);
        TableColumn column = viewer.getTable().getColumn(viewer.getTable().getColumnCount() - 1);
        column.addListener(SWT.Selection, e -> {
            boolean descending = viewer.getTable().getSortColumn() != column || viewer.getTable().getSortDirection() == SWT.UP;
            viewer.getTable().setSortColumn(column);
            viewer.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
            sortBy(descending ? by.reversed() : by);
        });
    }

    private void sortBy(Comparator<StoredAnomaly> comparator) {
        viewer.setComparator(new org.eclipse.jface.viewers.ViewerComparator() {
            @Override
            public int compare(org.eclipse.jface.viewers.Viewer v, Object a, Object b) {
                return comparator.compare((StoredAnomaly) a, (StoredAnomaly) b);
            }
        });
    }

    @Override
    protected TwinWorkspaceListener workspaceListener() {
        return new TwinWorkspaceListener() {
            @Override
            public void anomaliesFound(String id) {
                if (id.equals(shownTwinId())) {
                    UiThread.async(viewer.getControl(), AnomaliesView.this::reload);
                }
            }
        };
    }

    /** Narrows to one kind by its label in the drop-down (for tests). */
    public void selectKind(String label) {
        kind.select(List.of(KINDS).indexOf(label));
        reload();
    }

    @Override
    protected void load(String id, String name, Duration span, String periodLabel) {
        String label = LABELS[Math.max(0, kind.getSelectionIndex())];
        if (reading != null) {
            reading.cancel();
        }
        reading = Job.create("Reading the anomalies of " + name, monitor -> {
            long from = span == null ? 0 : System.currentTimeMillis() - span.toMillis();
            var store = workspace.store().orElseThrow();
            List<StoredAnomaly> all = store.anomalies().find(id, from, Long.MAX_VALUE, LIMIT);
            List<StoredAnomaly> shown = label == null ? all : all.stream().filter(a -> a.kind().equals(label)).toList();
            String cause = store.snapshots().latest(id).map(twin -> likelyCause(RootCauses.rank(twin, all))).orElse("");
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            showRows(id, shown, name + ": " + shown.size() + (all.size() == LIMIT ? "+" : "") + " anomalies (" + periodLabel + ")." + cause);
            return Status.OK_STATUS;
        });
        reading.schedule();
    }

    /** " Likely root cause: disk/sda, which 2 anomalous elements depend on (svc/postgresql, app/shop)." */
    static String likelyCause(List<RootCause> ranked) {
        if (ranked.isEmpty()) {
            return "";
        }
        RootCause top = ranked.get(0);
        if (top.explains().isEmpty()) {
            return " No anomalous element depends on another: " + ranked.size() + " separate findings.";
        }
        return " Likely root cause: " + top.element().getId() + ", which " + top.explains().size() + " anomalous element"
                + (top.explains().size() == 1 ? " depends" : "s depend") + " on ("
                + String.join(", ", top.explains().stream().map(Element::getId).toList()) + ").";
    }
}
