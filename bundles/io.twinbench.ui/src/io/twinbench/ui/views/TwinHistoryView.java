package io.twinbench.ui.views;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Function;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import io.twinbench.ingest.twin.HistoryDigest;
import io.twinbench.store.TwinChange;
import io.twinbench.store.TwinSummary;
import io.twinbench.ui.session.TwinWorkspaceListener;

/**
 * What changed in the selected twin: the first inventory as one baseline line, then items
 * added, removed or changed (with the attributes that changed), when, and from which agent or
 * image, newest first. Changes of no meaning (kernel threads renamed, counters) are folded into
 * a line per round unless the analyst unfolds them. Filters by text, section and change type, as
 * Events has. Follows the Fleet view's selection and refreshes as agents report changes.
 */
public final class TwinHistoryView extends SelectedTwinTableView {

    public static final String ID = "io.twinbench.ui.views.history";
    static final int LIMIT = 5_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final String ALL_SECTIONS = "All sections";
    private static final String[] CHANGES = {"All changes", "Added", "Removed", "Changed", "Baseline"};

    private Text filter;
    private Combo section;
    private Combo change;
    private Button unfold;
    private Job reading;

    @Override
    protected String emptyText() {
        return "Select a twin in the Fleet view to see what changed in it.";
    }

    @Override
    protected void createFilters(Composite bar) {
        filter = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter text");
        filter.setLayoutData(new RowData(160, SWT.DEFAULT));
        filter.addListener(SWT.Modify, e -> reload());
        section = combo(bar, new String[] {ALL_SECTIONS}, 0);
        change = combo(bar, CHANGES, 0);
        unfold = new Button(bar, SWT.CHECK);
        unfold.setText("Unfold");
        unfold.setToolTipText("Show the baseline's additions and the changes of no meaning (kernel thread renames, counters) one by one");
        unfold.addListener(SWT.Selection, e -> reload());
    }

    @Override
    protected void createColumns() {
        column("Time", 150, l -> TIME.format(l.at()));
        column("Change", 80, l -> l.kind().name().toLowerCase(Locale.ROOT));
        column("Section", 90, HistoryDigest.Line::section);
        column("Item", 260, HistoryDigest.Line::item);
        column("What changed", 420, HistoryDigest.Line::details);
        column("Source", 140, HistoryDigest.Line::source);
    }

    private void column(String title, int width, Function<HistoryDigest.Line, String> text) {
        TableColumns.add(viewer, HistoryDigest.Line.class, title, width, l -> text.apply(l) == null ? "" : text.apply(l));
    }

    @Override
    protected TwinWorkspaceListener workspaceListener() {
        return new TwinWorkspaceListener() {
            @Override
            public void fleetChanged(List<TwinSummary> twins) {
                UiThread.async(viewer.getControl(), TwinHistoryView.this::liveChange);
            }
        };
    }

    /** Narrows to one change type by its label, and unfolds or folds (for tests). */
    public void select(String changeLabel, boolean unfolded) {
        change.select(List.of(CHANGES).indexOf(changeLabel));
        unfold.setSelection(unfolded);
        reload();
    }

    /** Types text into the filter (for tests). */
    public void filterText(String text) {
        filter.setText(text);
    }

    @Override
    protected void load(String id, String name, io.twinbench.ui.session.TimeRange range) {
        String text = filter.getText().strip().toLowerCase(Locale.ROOT);
        String chosenSection = section.getText();
        String chosenChange = change.getText();
        boolean unfolded = unfold.getSelection();
        if (reading != null) {
            reading.cancel();
        }
        reading = Job.create("Reading the history of " + name, monitor -> {
            long now = System.currentTimeMillis();
            var inventories = workspace.store().orElseThrow().inventories();
            List<TwinChange> list = inventories.newestChanges(id, Instant.ofEpochMilli(range.from(now)),
                    range.isLive() ? Instant.ofEpochMilli(now).plusSeconds(1) : Instant.ofEpochMilli(range.to(now)), LIMIT);
            Instant first = inventories.firstChangeAt(id).orElse(null);
            List<HistoryDigest.Line> all = unfolded ? HistoryDigest.unfolded(list) : HistoryDigest.of(list, first);
            TreeSet<String> sections = new TreeSet<>();
            list.forEach(c -> sections.add(c.section()));
            List<HistoryDigest.Line> shown = all.stream().filter(l -> ALL_SECTIONS.equals(chosenSection) || chosenSection.isEmpty()
                    || l.changes().stream().anyMatch(c -> c.section().equals(chosenSection)))
                    .filter(l -> CHANGES[0].equals(chosenChange) || chosenChange.isEmpty() || l.kind().name().equalsIgnoreCase(chosenChange))
                    .filter(l -> text.isEmpty() || contains(l, text)).toList();
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            long added = list.stream().filter(c -> c.change() == TwinChange.Kind.ADDED).count();
            long removed = list.stream().filter(c -> c.change() == TwinChange.Kind.REMOVED).count();
            long folded = all.stream().filter(l -> l.kind() == HistoryDigest.Kind.FOLDED || l.kind() == HistoryDigest.Kind.BASELINE)
                    .mapToLong(l -> l.changes().size()).sum();
            UiThread.async(viewer.getControl(), () -> offerSections(sections));
            showRows(id, shown, name + ": " + list.size() + (list.size() == LIMIT ? "+" : "") + " changes (" + range.label() + "): "+ added
                    + " added, " + removed + " removed, " + (list.size() - added - removed) + " changed"
                    + (folded > 0 ? "; " + folded + " in the baseline and folded lines" : "") + ". " + shown.size() + " lines shown, newest first.");
            return Status.OK_STATUS;
        });
        reading.schedule();
    }

    private static boolean contains(HistoryDigest.Line line, String text) {
        return line.item().toLowerCase(Locale.ROOT).contains(text) || line.details().toLowerCase(Locale.ROOT).contains(text)
                || line.changes().stream().anyMatch(c -> c.itemKey().toLowerCase(Locale.ROOT).contains(text));
    }

    /** The sections the history holds, keeping the analyst's choice. */
    private void offerSections(TreeSet<String> sections) {
        String chosen = section.getText();
        List<String> items = new java.util.ArrayList<>(List.of(ALL_SECTIONS));
        items.addAll(sections);
        if (!items.equals(List.of(section.getItems()))) {
            section.setItems(items.toArray(String[]::new));
            section.select(Math.max(0, items.indexOf(chosen)));
            section.getParent().layout();
        }
    }
}
