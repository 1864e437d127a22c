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
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;

import io.twinbench.ingest.twin.InventoryJson;
import io.twinbench.store.EventQuery;
import io.twinbench.store.StoredEvent;
import io.twinbench.store.TwinSummary;
import io.twinbench.ui.session.TwinWorkspace;
import io.twinbench.ui.session.TwinWorkspaceListener;

/**
 * The selected twin's events, newest first: security events (failed and accepted logins, sudo,
 * new listening ports, users and services, audit records) and application log lines, with
 * what the source said in fields. Filters by period, kind, severity and text; follows the
 * Fleet view's selection and updates as the agent or OTLP exporter sends more.
 */
public final class EventsView extends ViewPart {

    public static final String ID = "io.twinbench.ui.views.events";
    static final int LIMIT = 5_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final String[] PERIODS = {"Last hour", "Last 24 hours", "Last 7 days", "Everything"};
    private static final Duration[] SPANS = {Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(7), null};
    private static final String[] KINDS = {"All events", "Security events", "Failed logins", "Logins", "sudo", "New ports, users, services",
            "Audit records", "Log lines"};
    private static final List<Set<String>> KIND_SETS = List.of(Set.of(),
            Set.of("auth.failure", "auth.success", "sudo", "listener.new", "user.new", "service.new", "audit"), Set.of("auth.failure"),
            Set.of("auth.success"), Set.of("sudo"), Set.of("listener.new", "user.new", "service.new"), Set.of("audit"), Set.of("log"));
    private static final String[] SEVERITIES = {"Any severity", "Warnings and worse", "Errors and worse"};
    private static final List<Set<String>> SEVERITY_SETS = List.of(Set.of(), Set.of("WARN", "ERROR", "FATAL"), Set.of("ERROR", "FATAL"));

    private TwinWorkspace workspace;
    private TableViewer viewer;
    private Label status;
    private Combo period;
    private Combo kind;
    private Combo severity;
    private Text filter;
    private volatile String twinId;
    private String twinName;
    private Job reload;
    private final ISelectionListener selection = (part, sel) -> {
        if (sel instanceof IStructuredSelection s && s.getFirstElement() instanceof TwinSummary twin) {
            show(twin.id(), twin.name());
        }
    };
    private final TwinWorkspaceListener changes = new TwinWorkspaceListener() {
        @Override
        public void eventsArrived(String id) {
            if (id.equals(twinId)) {
                UiThread.async(viewer.getControl(), EventsView.this::reload);
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        workspace = getSite().getService(TwinWorkspace.class);
        parent.setLayout(new GridLayout(5, false));
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status.setText("Select a twin in the Fleet view to see its events.");
        filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter text");
        filter.setLayoutData(new GridData(160, SWT.DEFAULT));
        filter.addListener(SWT.DefaultSelection, e -> reload());
        filter.addListener(SWT.Modify, e -> reload());
        kind = combo(parent, KINDS, 0);
        severity = combo(parent, SEVERITIES, 0);
        period = combo(parent, PERIODS, 1);
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.MULTI);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
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
        getSite().getPage().addSelectionListener(selection);
        workspace.addListener(changes);
        // opened after a twin was selected (a tab shown later): start with that twin
        selection.selectionChanged(null, getSite().getPage().getSelection(FleetView.ID));
    }

    private Combo combo(Composite parent, String[] items, int selected) {
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        combo.setItems(items);
        combo.select(selected);
        combo.addListener(SWT.Selection, e -> reload());
        return combo;
    }

    /** An event with its fields as one line, worked out once in the job rather than at every repaint. */
    private record Row(StoredEvent event, String details) {
    }

    /** Shows the events of a twin (also for tests). */
    public void show(String id, String name) {
        twinId = id;
        twinName = name;
        reload();
    }

    /** The table of events, for tests. */
    public TableViewer viewer() {
        return viewer;
    }

    /** Narrows to one kind filter by its label (for tests and for links from other views). */
    public void selectKinds(String label) {
        kind.select(List.of(KINDS).indexOf(label));
        reload();
    }

    private void reload() {
        String id = twinId;
        if (id == null || workspace.store().isEmpty()) {
            return;
        }
        Duration span = SPANS[Math.max(0, period.getSelectionIndex())];
        String label = PERIODS[Math.max(0, period.getSelectionIndex())].toLowerCase();
        Set<String> kinds = KIND_SETS.get(Math.max(0, kind.getSelectionIndex()));
        Set<String> severities = SEVERITY_SETS.get(Math.max(0, severity.getSelectionIndex()));
        String text = filter.getText();
        String name = twinName;
        if (reload != null) {
            reload.cancel();
        }
        reload = Job.create("Reading the events of " + name, monitor -> {
            long now = System.currentTimeMillis();
            long from = span == null ? 0 : now - span.toMillis();
            var events = workspace.store().orElseThrow().events();
            List<StoredEvent> found = events.find(new EventQuery(id, from, Long.MAX_VALUE, kinds, severities, text, LIMIT));
            Map<String, Long> counts = events.countByKind(id, from, Long.MAX_VALUE);
            List<Row> rows = found.stream().map(e -> new Row(e, details(e.attributesJson()))).toList();
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            UiThread.async(viewer.getControl(), () -> {
                if (!id.equals(twinId)) {
                    return;
                }
                viewer.setInput(rows);
                status.setText(name + ": " + rows.size() + (rows.size() == LIMIT ? "+" : "") + " shown (" + label + "). " + summary(counts));
                status.getParent().layout();
            });
            return Status.OK_STATUS;
        });
        reload.schedule();
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
