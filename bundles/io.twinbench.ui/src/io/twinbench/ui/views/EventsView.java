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
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import io.twinbench.ingest.twin.InventoryJson;
import io.twinbench.store.EventQuery;
import io.twinbench.store.StoredEvent;
import io.twinbench.ui.session.TwinWorkspaceListener;

/**
 * The selected twin's events, newest first: security events (failed and accepted logins, sudo,
 * new listening ports, users and services, audit records) and application log lines, with
 * what the source said in fields. Filters by period, kind, severity and text; follows the
 * Fleet view's selection and updates as the agent or OTLP exporter sends more.
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

    private Combo kind;
    private Combo severity;
    private Text filter;
    private Job reading;

    /** An event with its fields as one line, worked out once in the job rather than at every repaint. */
    private record Row(StoredEvent event, String details) {
    }

    @Override
    protected String emptyText() {
        return "Select a twin in the Fleet view to see its events.";
    }

    @Override
    protected int createFilters(Composite parent) {
        filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter text");
        filter.setLayoutData(new GridData(160, SWT.DEFAULT));
        filter.addListener(SWT.Modify, e -> reload());
        kind = combo(parent, KINDS, 0);
        severity = combo(parent, SEVERITIES, 0);
        return 3;
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
                    UiThread.async(viewer.getControl(), EventsView.this::reload);
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
    protected void load(String id, String name, Duration span, String periodLabel) {
        Set<String> kinds = KIND_SETS.get(Math.max(0, kind.getSelectionIndex()));
        Set<String> severities = SEVERITY_SETS.get(Math.max(0, severity.getSelectionIndex()));
        String text = filter.getText();
        if (reading != null) {
            reading.cancel();
        }
        reading = Job.create("Reading the events of " + name, monitor -> {
            long from = span == null ? 0 : System.currentTimeMillis() - span.toMillis();
            var events = workspace.store().orElseThrow().events();
            List<StoredEvent> found = events.find(new EventQuery(id, from, Long.MAX_VALUE, kinds, severities, text, LIMIT));
            Map<String, Long> counts = events.countByKind(id, from, Long.MAX_VALUE);
            List<Row> rows = found.stream().map(e -> new Row(e, details(e.attributesJson()))).toList();
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            showRows(id, rows, name + ": " + rows.size() + (rows.size() == LIMIT ? "+" : "") + " shown (" + periodLabel + "). " + summary(counts));
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
