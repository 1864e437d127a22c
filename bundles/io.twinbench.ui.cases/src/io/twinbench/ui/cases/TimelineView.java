package io.twinbench.ui.cases;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import io.twinbench.cases.Annotation;
import io.twinbench.cases.CaseEvent;
import io.twinbench.cases.CaseException;
import io.twinbench.cases.CaseFilter;
import io.twinbench.cases.Density;
import io.twinbench.ui.views.UiThread;
import io.twinbench.ui.views.ViewActions;

/**
 * A case on one time axis: every source in its lane (live and twin side by side), the whole
 * case's density above, zoom from days to microseconds; below, the events in view, and the
 * selected event's details and context. Every query runs in a job; a newer view supersedes an
 * older one still running.
 */
public final class TimelineView extends ViewPart {

    public static final String ID = "io.twinbench.ui.cases.timeline";
    private static final String[] COLUMNS = {"Time (UTC)", "Endpoint", "Source", "Side", "Kind", "Process", "What"};
    /** GTK keeps a row per item even in a virtual table: beyond this, zooming in or a filter finds the rest faster than scrolling would. */
    static final int MAX_ROWS = 50_000;
    private static final int[] WIDTHS = {205, 90, 75, 45, 80, 120, 700};

    private final AtomicLong generation = new AtomicLong();
    private CaseSession session;
    private FilterBar filters;
    private TimelineCanvas canvas;
    private TableViewer table;
    private StyledText details;
    private Label status;
    private Text jump;
    private EventPages pages;
    private List<Annotation> annotations = List.of();
    private final java.util.List<Runnable> caseListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        root.setLayout(layout);
        filters = new FilterBar(root, this::refresh);
        filters.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite nav = new Composite(root, SWT.NONE);
        nav.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        nav.setLayout(new GridLayout(8, false));
        new Label(nav, SWT.NONE).setText("Jump to");
        jump = new Text(nav, SWT.BORDER);
        jump.setToolTipText("A time (2026-12-07 08:00:00.123456, ISO 8601, or epoch microseconds); Enter centres the view on it");
        GridData jumpData = new GridData();
        jumpData.widthHint = 200;
        jump.setLayoutData(jumpData);
        jump.addListener(SWT.DefaultSelection, e -> jumpTo());
        button(nav, "Zoom In", () -> zoom(0.25));
        button(nav, "Zoom Out", () -> zoom(4));
        button(nav, "Whole Case", () -> {
            if (session != null) {
                long[] x = session.extent();
                canvas.show(x[0], x[1] + 1);
            }
        });
        button(nav, "Only the Selection", this::showSelection);
        status = new Label(nav, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        SashForm split = new SashForm(root, SWT.VERTICAL);
        split.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas = new TimelineCanvas(split, new TimelineCanvas.Listener() {
            @Override
            public void viewChanged(long from, long to) {
                refresh();
            }

            @Override
            public void rangeSelected(long from, long to) {
                selection = new long[] {from, to};
                status.setText("selected " + TimeText.span(to - from) + " from " + TimeText.full(from) + ": \u201cOnly the Selection\u201d shows just it");
            }
        });
        SashForm below = new SashForm(split, SWT.HORIZONTAL);
        table = new TableViewer(below, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.BORDER | SWT.MULTI);
        Table t = table.getTable();
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        for (int i = 0; i < COLUMNS.length; i++) {
            TableColumn c = new TableColumn(t, SWT.LEFT);
            c.setText(COLUMNS[i]);
            c.setWidth(WIDTHS[i]);
        }
        table.setUseHashlookup(false);
        table.setContentProvider(new Lazy());
        table.setLabelProvider(new EventLabels());
        table.addSelectionChangedListener(e -> showDetails());
        table.addDoubleClickListener(e -> selected().ifPresent(this::openInTwin));
        details = new StyledText(below, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        details.setFont(parent.getDisplay().getSystemFont());
        details.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        below.setWeights(62, 38);
        split.setWeights(38, 62);
        IToolBarManager bar = getViewSite().getActionBars().getToolBarManager();
        bar.add(ViewActions.of("Bookmark Event…", "Bookmark the selected event with tags, a comment and a colour", this::bookmarkEvent));
        bar.add(ViewActions.of("Bookmark Range…", "Bookmark the range selected in the lanes (shift-drag)", this::bookmarkRange));
        getSite().setSelectionProvider(table);
    }

    /** Shows a case (the Cases view calls this); the previous one is closed. */
    public void show(io.twinbench.cases.Cases cases, io.twinbench.cases.CaseFolder folder) {
        status.setText("opening " + folder.id() + "…");
        Job open = Job.create("Opening case " + folder.id(), monitor -> {
            try {
                CaseSession opened = CaseSession.open(cases, folder);
                List<Annotation> marks = cases.annotations(folder).all();
                UiThread.async(canvas.control(), () -> adopt(opened, marks));
            } catch (CaseException e) {
                UiThread.async(canvas.control(), () -> MessageDialog.openError(getSite().getShell(), "Cannot open the case", e.getMessage()));
            }
            return Status.OK_STATUS;
        });
        open.setUser(true);
        open.schedule();
    }

    private void adopt(CaseSession opened, List<Annotation> marks) {
        CaseSession old = session;
        session = opened;
        annotations = marks;
        if (old != null) {
            Job.create("Closing a case", m -> {
                old.close();
                return Status.OK_STATUS;
            }).schedule();
        }
        setPartName("Timeline: " + opened.summary().definition().name());
        setContentDescription(opened.summary().readOnly() ? "TAMPERED, read-only: " + String.join("; ", opened.summary().problems()) : "");
        filters.setEndpoints(opened.lanes().stream().map(io.twinbench.cases.Lane::endpoint).distinct().sorted().toList());
        long[] x = opened.extent();
        canvas.setCase(x[0], x[1] + 1, opened.lanes());
        canvas.setAnnotations(marks);
        canvas.control().getParent().layout(true, true);
        Job overview = Job.create("Drawing the case's overview", m -> {
            Density d = opened.query(index -> index.density(CaseFilter.range(x[0], x[1] + 1), Math.max(200, 1600)));
            UiThread.async(canvas.control(), () -> canvas.setOverview(d));
            return Status.OK_STATUS;
        });
        overview.setSystem(true);
        overview.schedule();
        Job warm = Job.create("Reading the case into memory", m -> {
            try {
                opened.warm();
            } catch (CaseException e) {
                // closed meanwhile (another case shown): the next query reads from disk
            }
            return Status.OK_STATUS;
        });
        warm.setSystem(true);
        warm.schedule();
        refresh();
        caseListeners.forEach(Runnable::run);
    }

    /** Re-reads the annotations (the Bookmarks view changed them). */
    public void annotationsChanged() {
        if (session == null) {
            return;
        }
        CaseSession s = session;
        Job.create("Reading bookmarks", m -> {
            List<Annotation> marks = s.cases().annotations(s.folder()).all();
            UiThread.async(canvas.control(), () -> {
                annotations = marks;
                canvas.setAnnotations(marks);
                caseListeners.forEach(Runnable::run);
            });
            return Status.OK_STATUS;
        }).schedule();
    }

    /** Draws the visible range: the lanes' density, the count and the first page of events. */
    void refresh() {
        if (session == null) {
            return;
        }
        CaseSession s = session;
        long mine = generation.incrementAndGet();
        CaseFilter filter = filters.filter(canvas.from(), canvas.to());
        int width = canvas.width();
        status.setText("reading " + TimeText.span(filter.to() - filter.from()) + "…");
        Job draw = Job.create("Drawing the timeline", monitor -> {
            long start = System.nanoTime();
            if (generation.get() != mine) {
                return Status.CANCEL_STATUS;
            }
            try {
                Density density = s.query(index -> index.density(filter, width));
                if (generation.get() != mine) {
                    return Status.CANCEL_STATUS;
                }
                if (generation.get() != mine) {
                    return Status.CANCEL_STATUS;
                }
                long count = s.query(index -> index.count(filter));
                List<CaseEvent> first = s.query(index -> index.page(filter, 0, EventPages.PAGE));
                EventPages loaded = new EventPages(count, first, offset -> s.query(index -> index.page(filter, offset, EventPages.PAGE)));
                long ms = (System.nanoTime() - start) / 1_000_000;
                UiThread.async(canvas.control(), () -> {
                    if (generation.get() != mine) {
                        return;
                    }
                    canvas.setView(density);
                    pages = loaded;
                    // emptied first: shrinking a virtual table through the viewer visits every old row
                    table.getTable().removeAll();
                    table.setInput(loaded);
                    table.setItemCount((int) Math.min(MAX_ROWS, count));
                    status.setText(String.format("%,d %s from %s to %s (%s, read in %d ms)%s", count, count == 1 ? "event" : "events", TimeText.full(filter.from()),
                            TimeText.full(filter.to()), TimeText.span(filter.to() - filter.from()), ms,
                            count > MAX_ROWS ? String.format("; the table lists the first %,d: zoom in or filter for the rest", MAX_ROWS) : ""));
                });
            } catch (CaseException e) {
                UiThread.async(canvas.control(), () -> status.setText(e.getMessage()));
            }
            return Status.OK_STATUS;
        });
        draw.setSystem(true);
        // a burst of wheel turns or keystrokes draws once, for where it ends
        Job previous = pending;
        pending = draw;
        if (previous != null) {
            previous.cancel();
        }
        draw.schedule(60);
    }

    private Job pending;

    private void showDetails() {
        Optional<CaseEvent> e = selected();
        if (e.isEmpty() || session == null) {
            return;
        }
        CaseSession s = session;
        details.setText("reading the evidence…");
        Job.create("Reading an event's evidence", m -> {
            String text = EventContext.describe(s, e.get());
            UiThread.async(details, () -> {
                if (selected().map(CaseEvent::id).orElse(-1L) == e.get().id()) {
                    details.setText(text);
                }
            });
            return Status.OK_STATUS;
        }).schedule();
    }

    Optional<CaseEvent> selected() {
        Object first = ((IStructuredSelection) table.getSelection()).getFirstElement();
        return first instanceof CaseEvent e ? Optional.of(e) : Optional.empty();
    }

    private void openInTwin(CaseEvent e) {
        if (session != null) {
            new SnapshotOpener(getSite().getPage()).open(session, e);
        }
    }

    /** Centres the view on a time, keeping the zoom. */
    public void reveal(long micros, long span) {
        long half = Math.max(TimelineCanvas.NARROWEST, span) / 2;
        canvas.show(micros - half, micros + half);
    }

    private void jumpTo() {
        Long at = TimeText.parse(jump.getText());
        if (at == null) {
            status.setText("\u201c" + jump.getText() + "\u201d is not a time: write 2026-12-07 08:00:00.123456, an ISO 8601 instant or epoch microseconds");
            return;
        }
        reveal(at, canvas.to() - canvas.from());
    }

    private void zoom(double factor) {
        long mid = canvas.from() + (canvas.to() - canvas.from()) / 2;
        long half = (long) ((canvas.to() - canvas.from()) * factor / 2);
        canvas.show(mid - half, mid + half);
    }

    /** The range last selected in the lanes (shift-drag), or null. */
    private long[] selection;

    private void showSelection() {
        long[] range = canvasSelection();
        if (range == null) {
            status.setText("shift-drag across the lanes to select a range first");
            return;
        }
        selection = null;
        canvas.clearSelection();
        canvas.show(range[0], range[1]);
    }

    private long[] canvasSelection() {
        return selection;
    }

    private void bookmarkEvent() {
        Optional<CaseEvent> e = selected();
        if (e.isEmpty()) {
            status.setText("select an event in the table to bookmark it");
            return;
        }
        annotate(e.get().id(), e.get().micros(), e.get().micros(), e.get().message());
    }

    private void bookmarkRange() {
        long[] range = canvasSelection();
        if (range == null) {
            status.setText("shift-drag across the lanes to select a range, then bookmark it");
            return;
        }
        annotate(-1, range[0], range[1], TimeText.span(range[1] - range[0]) + " from " + TimeText.full(range[0]));
    }

    private void annotate(long eventId, long from, long to, String what) {
        if (session == null) {
            return;
        }
        if (session.readOnly()) {
            MessageDialog.openInformation(getSite().getShell(), "Read-only case", "This case opened as tampered: it is shown as it came and cannot be annotated.");
            return;
        }
        AnnotationDialog dialog = new AnnotationDialog(getSite().getShell(), what);
        if (dialog.open() != Window.OK) {
            return;
        }
        CaseSession s = session;
        String author = System.getProperty("user.name");
        Job save = Job.create("Bookmarking", m -> {
            try {
                byte[] r = new byte[4];
                new java.security.SecureRandom().nextBytes(r);
                Annotation a = new Annotation("a-" + java.util.HexFormat.of().formatHex(r), eventId, from, to, dialog.tags(), dialog.comment(), dialog.colour(),
                        author, java.time.Instant.now());
                s.cases().annotations(s.folder()).change(List.of(a), List.of(), author, java.time.Instant.now());
                UiThread.async(canvas.control(), this::annotationsChanged);
            } catch (CaseException | IllegalArgumentException e) {
                UiThread.async(canvas.control(), () -> MessageDialog.openError(getSite().getShell(), "Not bookmarked", e.getMessage()));
            }
            return Status.OK_STATUS;
        });
        save.setUser(true);
        save.schedule();
    }

    Optional<CaseSession> session() {
        return Optional.ofNullable(session);
    }

    List<Annotation> annotations() {
        return annotations;
    }

    void addCaseListener(Runnable listener) {
        caseListeners.add(listener);
    }

    void removeCaseListener(Runnable listener) {
        caseListeners.remove(listener);
    }

    /** For tests: the rows loaded so far and the status line. */
    public List<String> rows(int max) {
        List<String> rows = new java.util.ArrayList<>();
        for (int i = 0; i < Math.min(max, table.getTable().getItemCount()); i++) {
            CaseEvent e = pages == null ? null : pages.cached(i);
            if (e != null) {
                rows.add(TimeText.full(e.micros()) + " " + e.source() + " " + e.side() + " " + e.message());
            }
        }
        return rows;
    }

    /** For tests: the lanes drawn, as labelled. */
    public List<String> laneLabels() {
        return session == null ? List.of() : session.lanes().stream().map(io.twinbench.cases.Lane::label).toList();
    }

    /** For tests: selects the first loaded row whose text contains this, and shows its details. */
    public boolean selectRow(String contains) {
        for (int i = 0; pages != null && i < Math.min(EventPages.PAGE, pages.count()); i++) {
            CaseEvent e = pages.cached(i);
            if (e != null && e.message().contains(contains)) {
                table.setSelection(new org.eclipse.jface.viewers.StructuredSelection(e), true);
                showDetails();
                return true;
            }
        }
        return false;
    }

    /** What a double-click does: opens the selected event's twin as it stood then. */
    public void openSelected() {
        selected().ifPresent(this::openInTwin);
    }

    public String statusText() {
        return status.getText();
    }

    public String detailsText() {
        return details.getText();
    }

    public TableViewer viewer() {
        return table;
    }

    private static void button(Composite parent, String text, Runnable run) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> run.run());
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.close();
        }
        super.dispose();
    }

    /** Rows come from the loaded pages; a row whose page is missing is fetched in a job and filled in after. */
    private final class Lazy implements ILazyContentProvider {
        @Override
        public void updateElement(int index) {
            EventPages current = pages;
            if (current == null) {
                return;
            }
            CaseEvent e = current.cached(index);
            if (e != null) {
                table.replace(e, index);
                return;
            }
            Job fetch = Job.create("Reading timeline events", m -> {
                current.load(index);
                UiThread.async(table.getControl(), () -> {
                    if (pages == current && index < table.getTable().getItemCount() && current.cached(index) != null) {
                        table.replace(current.cached(index), index);
                    }
                });
                return Status.OK_STATUS;
            });
            fetch.setSystem(true);
            fetch.schedule();
        }

        @Override
        public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
        }
    }
}
