package io.twinbench.ui.views;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.twinbench.ingest.twin.InventoryJson;
import io.twinbench.store.TwinChange;
import io.twinbench.store.TwinSummary;
import io.twinbench.ui.session.TwinWorkspaceListener;

/**
 * What changed in the selected twin between two points in time: items added, removed or
 * changed (with the attributes that changed), when, and from which agent or image. Follows the
 * Fleet view's selection and refreshes as agents report changes.
 */
public final class TwinHistoryView extends SelectedTwinTableView {

    public static final String ID = "io.twinbench.ui.views.history";
    static final int LIMIT = 5_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    /** A change with its description, worked out once in the job rather than at every repaint. */
    private record Row(TwinChange change, String details) {
    }

    @Override
    protected String emptyText() {
        return "Select a twin in the Fleet view to see what changed in it.";
    }

    @Override
    protected void createColumns() {
        column("Time", 150, r -> TIME.format(r.change().at()));
        column("Change", 80, r -> r.change().change().name().toLowerCase());
        column("Section", 90, r -> r.change().section());
        column("Item", 260, r -> r.change().itemKey());
        column("What changed", 420, Row::details);
        column("Source", 140, r -> r.change().source());
    }

    private void column(String title, int width, Function<Row, String> text) {
        TableColumns.add(viewer, Row.class, title, width, text);
    }

    @Override
    protected TwinWorkspaceListener workspaceListener() {
        return new TwinWorkspaceListener() {
            @Override
            public void fleetChanged(List<TwinSummary> twins) {
                UiThread.async(viewer.getControl(), TwinHistoryView.this::reload);
            }
        };
    }

    @Override
    protected void load(String id, String name, Duration span, String periodLabel) {
        Job.create("Reading the history of " + name, monitor -> {
            Instant now = Instant.now();
            List<TwinChange> list = workspace.store().orElseThrow().inventories()
                    .changes(id, span == null ? Instant.EPOCH : now.minus(span), now.plusSeconds(1), LIMIT);
            List<Row> rows = list.reversed().stream().map(c -> new Row(c, details(c))).toList();
            long added = list.stream().filter(c -> c.change() == TwinChange.Kind.ADDED).count();
            long removed = list.stream().filter(c -> c.change() == TwinChange.Kind.REMOVED).count();
            showRows(id, rows, name + ": " + list.size() + (list.size() == LIMIT ? "+" : "") + " changes (" + periodLabel + "): " + added
                    + " added, " + removed + " removed, " + (list.size() - added - removed) + " changed. Newest first.");
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
}
