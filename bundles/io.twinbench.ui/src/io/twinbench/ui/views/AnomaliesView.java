package io.twinbench.ui.views;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

import io.twinbench.analysis.AnomalyKind;
import io.twinbench.analysis.cause.RootCause;
import io.twinbench.analysis.cause.RootCauses;
import io.twinbench.analysis.security.SecurityFinding;
import io.twinbench.analysis.security.SecurityScan;
import io.twinbench.model.twin.Element;
import io.twinbench.store.StoredAnomaly;
import io.twinbench.ui.internal.TwinOpener;
import io.twinbench.ui.session.TwinWorkspaceListener;

/**
 * The selected twin's anomalies as the collector's online detector found them, and its
 * security and inventory findings against the week before the period (a program that never
 * ran there, a new listening port, user or unit, a burst of failed logins), with the likely
 * root cause in the summary line (the anomalous element the others depend on). Sorted by any
 * column, filtered by kind and period; a double-click opens the twin's graph with the element
 * selected. Updates as new anomalies are stored.
 */
public final class AnomaliesView extends SelectedTwinTableView {

    public static final String ID = "io.twinbench.ui.views.anomalies";
    static final int LIMIT = 5_000;
    private static final Duration SECURITY_BASELINE = Duration.ofDays(7);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final String[] KINDS = {"All kinds", "Spikes", "Level shifts", "Trends", "Seasonality", "Security and inventory"};
    private static final String[] LABELS = {null, AnomalyKind.SPIKE.label(), AnomalyKind.LEVEL_SHIFT.label(), AnomalyKind.TREND.label(),
            AnomalyKind.SEASONALITY.label(), Row.SECURITY};

    /**
     * A line of the table: a metric's anomaly (what is the metric, with its value and the value
     * expected) or a security finding (what is its description).
     */
    public record Row(String twinId, long at, String elementId, String what, String kind, double score, Double value, Double expected,
            boolean security) {

        static final String SECURITY = "security";

        static Row of(StoredAnomaly a) {
            return new Row(a.twinId(), a.timestamp(), a.elementId(), a.metric(), a.kind(), a.score(), a.value(), a.expected(), false);
        }

        static Row of(String twinId, SecurityFinding f) {
            return new Row(twinId, f.at(), f.elementId(), f.description(), f.kind(), f.score(), null, null, true);
        }

        boolean hasKind(String label) {
            return label == null || (SECURITY.equals(label) ? security : kind.equals(label));
        }
    }

    private Combo kind;
    private Job reading;

    @Override
    protected String emptyText() {
        return "Select a twin in the Fleet view to see its anomalies.";
    }

    @Override
    protected void createFilters(Composite bar) {
        kind = combo(bar, KINDS, 0);
    }

    @Override
    protected void createColumns() {
        column("Time", 150, r -> TIME.format(Instant.ofEpochMilli(r.at())), Comparator.comparingLong(Row::at));
        column("Element", 200, Row::elementId, Comparator.comparing(Row::elementId));
        column("Metric or finding", 220, Row::what, Comparator.comparing(Row::what));
        column("Kind", 110, Row::kind, Comparator.comparing(Row::kind));
        column("Score", 70, r -> String.format(Locale.ROOT, "%.1f", r.score()), Comparator.comparingDouble(Row::score));
        column("Value", 100, r -> number(r.value()), Comparator.comparing(Row::value, Comparator.nullsFirst(Double::compare)));
        column("Expected", 100, r -> number(r.expected()), Comparator.comparing(Row::expected, Comparator.nullsFirst(Double::compare)));
        viewer.addDoubleClickListener(e -> {
            if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof Row r && r.elementId() != null) {
                new TwinOpener(getSite().getPage()).open(r.twinId(), r.twinId(), r.elementId());
            }
        });
    }

    private void column(String title, int width, java.util.function.Function<Row, String> text, Comparator<Row> by) {
        sortableColumn(Row.class, title, width, r -> text.apply(r) == null ? "" : text.apply(r), by);
    }

    private static String number(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.4g", v);
    }

    @Override
    protected TwinWorkspaceListener workspaceListener() {
        return new TwinWorkspaceListener() {
            @Override
            public void anomaliesFound(String id) {
                if (id.equals(shownTwinId())) {
                    UiThread.async(viewer.getControl(), AnomaliesView.this::liveChange);
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
    protected void load(String id, String name, io.twinbench.ui.session.TimeRange range) {
        String label = LABELS[Math.max(0, kind.getSelectionIndex())];
        if (reading != null) {
            reading.cancel();
        }
        reading = Job.create("Reading the anomalies of " + name, monitor -> {
            long clock = System.currentTimeMillis();
            long from = range.from(clock);
            long to = range.isLive() ? Long.MAX_VALUE : range.to(clock);
            long now = range.isLive() ? clock : to - 1;
            var store = workspace.store().orElseThrow();
            List<StoredAnomaly> anomalies = store.anomalies().find(id, from, to, LIMIT);
            List<Row> all = new ArrayList<>(anomalies.stream().map(Row::of).toList());
            if (from > 0) {
                // everything has no before to judge novelty against
                SecurityScan.find(store, id, Instant.ofEpochMilli(from).minus(SECURITY_BASELINE), Instant.ofEpochMilli(from), Instant.ofEpochMilli(now + 1))
                        .forEach(f -> all.add(Row.of(id, f)));
            }
            all.sort(Comparator.comparingLong(Row::at).reversed());
            List<Row> shown = all.stream().filter(r -> r.hasKind(label)).toList();
            // ranked over every anomaly of the period, however many the table lists
            String cause = RootCauses.rankLatest(store, id, from, to).map(AnomaliesView::likelyCause).orElse("");
            long total = store.anomalies().byElement(id, from, to).stream().mapToLong(io.twinbench.store.ElementAnomalies::count).sum();
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            long security = all.stream().filter(Row::security).count();
            showRows(id, shown, name + ": " + total + " anomalies" + (total > anomalies.size() ? " (the newest " + anomalies.size() + " listed)" : "")
                    + ", " + security
                    + " security and inventory finding" + (security == 1 ? "" : "s") + " (" + range.label() + ")." + cause);
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
