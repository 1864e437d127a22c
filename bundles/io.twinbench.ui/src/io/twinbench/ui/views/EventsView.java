package io.twinbench.ui.views;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import io.twinbench.ingest.twin.InventoryJson;
import io.twinbench.store.EventQuery;
import io.twinbench.store.StoredEvent;
import io.twinbench.ui.internal.TwinOpener;
import io.twinbench.ui.session.TwinWorkspaceListener;

/**
 * The selected twin's events, newest first: security events (failed and accepted logins, sudo,
 * new listening ports, users and services, audit records) and application log lines, with
 * what the source said in fields. Filters by period, kind, severity, text and any field's value
 * (pivots from the detail pane); a histogram over the period whose brushed range narrows the
 * table; a double-click opens the event's element in the graph. Follows the Fleet view's
 * selection and updates as the agent or OTLP exporter sends more, unless paused.
 */
public final class EventsView extends SelectedTwinTableView {

    public static final String ID = "io.twinbench.ui.views.events";
    static final int LIMIT = 5_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final String[] KINDS = {"All events", "Security events", "Failed logins", "Logins", "sudo", "New ports, users, services",
            "Audit records", "Log lines"};
    private static final List<Set<String>> KIND_SETS = List.of(Set.of(),
            Set.of("auth.failure", "auth.success", "sudo", "listener.new", "user.new", "service.new", "audit"), Set.of("auth.failure"),
            Set.of("auth.success"), Set.of("sudo"), Set.of("listener.new", "user.new", "service.new"), Set.of("audit"), Set.of("log"));
    private static final String[] SEVERITIES = {"Any severity", "Warnings and worse", "Errors and worse"};
    private static final List<Set<String>> SEVERITY_SETS = List.of(Set.of(), Set.of("WARN", "ERROR", "FATAL"), Set.of("ERROR", "FATAL"));

    private static final int BUCKETS = 60;

    private Combo kind;
    private Combo severity;
    private Text filter;
    private Job reading;
    private final Map<String, String> pivots = new java.util.LinkedHashMap<>();
    private org.eclipse.swt.widgets.Label pivotText;
    private org.eclipse.swt.widgets.Button clearPivots;
    private EventHistogram histogram;
    private EventDetailPane detail;

    /** An event with its fields as one line, worked out once in the job rather than at every repaint. */
    private record Row(StoredEvent event, String details) {
    }

    @Override
    protected String emptyText() {
        return "Select a twin in the Fleet view to see its events.";
    }

    @Override
    protected void createFilters(Composite bar) {
        filter = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter text");
        filter.setLayoutData(new org.eclipse.swt.layout.RowData(160, SWT.DEFAULT));
        filter.addListener(SWT.Modify, e -> reload());
        kind = combo(bar, KINDS, 0);
        severity = combo(bar, SEVERITIES, 0);
        pivotText = new org.eclipse.swt.widgets.Label(bar, SWT.NONE);
        clearPivots = new org.eclipse.swt.widgets.Button(bar, SWT.PUSH);
        clearPivots.setText("Clear Value Filters");
        clearPivots.addListener(SWT.Selection, e -> {
            pivots.clear();
            pivotsChanged();
        });
        showPivots();
    }

    @Override
    protected org.eclipse.swt.widgets.Control createOverview(Composite parent) {
        // brushing zooms every view of the twin to the range, as Kibana's time picker follows a brushed histogram
        histogram = new EventHistogram(parent, (from, to) -> setRange(from < 0 ? io.twinbench.ui.session.TimeRange.DEFAULT
                : io.twinbench.ui.session.TimeRange.between(from, to)));
        return histogram;
    }

    @Override
    protected org.eclipse.swt.widgets.Control createDetail(Composite parent) {
        detail = new EventDetailPane(parent, this::pivot, this::openElement);
        viewer.addSelectionChangedListener(e -> detail.show(
                ((IStructuredSelection) e.getSelection()).getFirstElement() instanceof Row r ? r.event() : null));
        viewer.addDoubleClickListener(e -> {
            if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof Row r && r.event().elementId() != null) {
                openElement(r.event().elementId());
            }
        });
        org.eclipse.jface.action.MenuManager menu = new org.eclipse.jface.action.MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> {
            if (((IStructuredSelection) viewer.getSelection()).getFirstElement() instanceof Row r) {
                StoredEvent e = r.event();
                if (e.elementId() != null) {
                    m.add(action("Open Element in Graph", () -> openElement(e.elementId())));
                    m.add(action("Show Only Events of " + e.elementId(), () -> pivot("element", e.elementId())));
                }
                m.add(action("Show Only " + e.kind() + " Events", () -> pivot("kind", e.kind())));
                m.add(action("Show Only Events from " + e.source(), () -> pivot("source", e.source())));
            }
        });
        viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
        return detail.control();
    }

    /** Back to every event of the period: no text, kind, severity or value filter, not paused. */
    public void resetFilters() {
        pivots.clear();
        showPivots();
        filter.setText("");
        kind.select(0);
        severity.select(0);
        setPaused(false);
        reload();
    }

    /** Narrows the events to those whose field has this value (as from the detail pane). */
    public void pivot(String field, String value) {
        pivots.put(field, value);
        pivotsChanged();
    }

    private void pivotsChanged() {
        showPivots();
        reload();
    }

    private void showPivots() {
        pivotText.setText(pivots.isEmpty() ? "" : "Only: " + pivots.entrySet().stream().map(p -> p.getKey() + " = " + p.getValue())
                .collect(Collectors.joining(", ")));
        pivotText.setVisible(!pivots.isEmpty());
        clearPivots.setVisible(!pivots.isEmpty());
        ((org.eclipse.swt.layout.RowData) layoutData(pivotText)).exclude = pivots.isEmpty();
        ((org.eclipse.swt.layout.RowData) layoutData(clearPivots)).exclude = pivots.isEmpty();
        pivotText.getParent().getParent().layout(true, true);
    }

    private static Object layoutData(org.eclipse.swt.widgets.Control control) {
        if (!(control.getLayoutData() instanceof org.eclipse.swt.layout.RowData)) {
            control.setLayoutData(new org.eclipse.swt.layout.RowData());
        }
        return control.getLayoutData();
    }

    private void openElement(String elementId) {
        String id = shownTwinId();
        if (id != null) {
            new TwinOpener(getSite().getPage()).open(id, shownTwinName(), elementId);
        }
    }

    /** Shows only the events between two times, as brushing the histogram does (for tests). */
    public void showRange(long from, long to) {
        histogram.brush(from, to);
    }

    /** The histogram's counts, for tests. */
    public long[] histogramCounts() {
        return histogram.counts();
    }

    /** What the detail pane shows, as "field=value" lines, for tests. */
    public List<String> detailLines() {
        return detail.lines().stream().map(f -> f.label() + "=" + f.value()).toList();
    }

    private static org.eclipse.jface.action.Action action(String text, Runnable run) {
        return new org.eclipse.jface.action.Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    @Override
    protected void createColumns() {
        Function<Row, Color> severityColour = r -> switch (r.event().severity()) {
            case "ERROR", "FATAL" -> viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_RED);
            case "WARN" -> viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_YELLOW);
            default -> null;
        };
        TableColumns.add(viewer, Row.class, "Time", 150, r -> TIME.format(Instant.ofEpochMilli(r.event().timestamp())));
        TableColumns.add(viewer, Row.class, "Severity", 70, r -> r.event().severity(), severityColour);
        TableColumns.add(viewer, Row.class, "Kind", 100, r -> r.event().kind());
        TableColumns.add(viewer, Row.class, "Element", 150, r -> r.event().elementId() == null ? "" : r.event().elementId());
        TableColumns.add(viewer, Row.class, "Message", 460, r -> r.event().message());
        TableColumns.add(viewer, Row.class, "Details", 300, Row::details);
        TableColumns.add(viewer, Row.class, "Source", 160, r -> r.event().source());
    }

    @Override
    protected TwinWorkspaceListener workspaceListener() {
        return new TwinWorkspaceListener() {
            @Override
            public void eventsArrived(String id) {
                if (id.equals(shownTwinId())) {
                    UiThread.async(viewer.getControl(), EventsView.this::liveChange);
                }
            }
        };
    }

    /** Narrows to one kind filter by its label (for tests and for links from other views). */
    public void selectKinds(String label) {
        kind.select(List.of(KINDS).indexOf(label));
        reload();
    }

    @Override
    protected void load(String id, String name, io.twinbench.ui.session.TimeRange range) {
        Set<String> kinds = KIND_SETS.get(Math.max(0, kind.getSelectionIndex()));
        Set<String> severities = SEVERITY_SETS.get(Math.max(0, severity.getSelectionIndex()));
        String text = filter.getText();
        Map<String, String> fields = Map.copyOf(pivots);
        if (reading != null) {
            reading.cancel();
        }
        reading = Job.create("Reading the events of " + name, monitor -> {
            var events = workspace.store().orElseThrow().events();
            long clock = System.currentTimeMillis();
            long to = range.to(clock);
            long from = range.isLive() && range.span() == null ? events.firstTime(id).orElse(clock - Duration.ofHours(1).toMillis()) : range.from(clock);
            EventQuery period = new EventQuery(id, from, to, kinds, severities, text, fields, LIMIT);
            List<StoredEvent> found = events.find(period);
            long[] counts = events.histogram(period, BUCKETS);
            Map<String, Long> byKind = events.countByKind(id, from, to);
            List<Row> rows = found.stream().map(e -> new Row(e, details(e.attributesJson()))).toList();
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            UiThread.async(histogram, () -> histogram.show(from, to, counts));
            showRows(id, rows, name + ": " + rows.size() + (rows.size() == LIMIT ? "+" : "") + " shown (" + range.label() + "). " + summary(byKind));
            return Status.OK_STATUS;
        });
        reading.schedule();
    }

    /** "3 failed logins, 1 sudo, 120 log lines": what the period holds, security first. */
    static String summary(Map<String, Long> counts) {
        if (counts.isEmpty()) {
            return "No events.";
        }
        Map<String, String> names = Map.of("auth.failure", "failed login", "auth.success", "login", "sudo", "sudo command",
                "listener.new", "new port", "user.new", "new user", "service.new", "new service", "audit", "audit record",
                "log", "log line");
        List<String> order = List.of("auth.failure", "user.new", "listener.new", "service.new", "sudo", "auth.success", "audit", "log");
        String known = order.stream().filter(counts::containsKey)
                .map(k -> counts.get(k) + " " + names.get(k) + (counts.get(k) == 1 ? "" : "s")).collect(Collectors.joining(", "));
        String other = counts.keySet().stream().filter(k -> !order.contains(k)).map(k -> counts.get(k) + " " + k)
                .collect(Collectors.joining(", "));
        return (known + (known.isEmpty() || other.isEmpty() ? "" : ", ") + other) + ".";
    }

    private static String details(String attributesJson) {
        if (attributesJson == null) {
            return "";
        }
        return InventoryJson.parse(attributesJson).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }
}
