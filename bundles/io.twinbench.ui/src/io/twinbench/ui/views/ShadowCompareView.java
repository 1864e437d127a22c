package io.twinbench.ui.views;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;

import io.twinbench.shadow.Divergence;
import io.twinbench.shadow.ShadowComparison;
import io.twinbench.shadow.ShadowSessions;
import io.twinbench.store.ShadowRecordings;
import io.twinbench.store.TwinStore;
import io.twinbench.ui.session.TwinWorkspace;

/**
 * Live against twin for the session selected in Shadow Sessions: the divergences as the replay
 * finds them, ranked (the live endpoint ran a program, wrote a file or connected where its twin
 * did not: findings first), every request with both answers, and, side by side, the selected
 * request's live and twin responses and the system calls each side made while answering it.
 */
public final class ShadowCompareView extends ViewPart {

    public static final String ID = "io.twinbench.ui.views.shadow.compare";
    private static final int ROWS = 5_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS").withZone(ZoneId.systemDefault());

    /** A request as the table lists it. */
    record Row(long seq, String request, int liveStatus, int twinStatus, String verdict) {
    }

    private TwinWorkspace workspace;
    private Label summary;
    private TableViewer divergences;
    private TableViewer requests;
    private Label liveTitle;
    private Label twinTitle;
    private Text live;
    private Text twin;
    private Job refresh;
    private volatile String sessionId;
    private volatile String shownSignature = "";
    private volatile long shownRequest = -1;
    private final ISelectionListener sessions = (part, selection) -> {
        if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof ShadowRecordings.Session session
                && !session.id().equals(sessionId)) {
            sessionId = session.id();
            shownSignature = "";
            shownRequest = -1;
            refresh.schedule();
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        workspace = getSite().getService(TwinWorkspace.class);
        parent.setLayout(new GridLayout(1, false));
        summary = new Label(parent, SWT.WRAP);
        summary.setLayoutData(WrappingLayout.cell());
        summary.setText("Select a session in Shadow Sessions, then Replay into Twin: live and twin are compared request by request here.");
        SashForm across = new SashForm(parent, SWT.HORIZONTAL);
        across.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        SashForm lists = new SashForm(across, SWT.VERTICAL);
        divergences = new TableViewer(lists, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        divergences.getTable().setHeaderVisible(true);
        divergences.setContentProvider(ArrayContentProvider.getInstance());
        Class<Divergence> d = Divergence.class;
        TableColumns.add(divergences, d, "Severity", 80, x -> x.severity().name(), x -> x.finding()
                ? divergences.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
        TableColumns.add(divergences, d, "Kind", 60, Divergence::kind);
        TableColumns.add(divergences, d, "Requests", 110, Divergence::requestsText);
        TableColumns.add(divergences, d, "What", 560, Divergence::what);
        requests = new TableViewer(lists, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER | SWT.VIRTUAL);
        requests.getTable().setHeaderVisible(true);
        requests.setContentProvider(ArrayContentProvider.getInstance());
        requests.setComparer(new SameIdentity(e -> e instanceof Row r ? r.seq() : e));
        Class<Row> r = Row.class;
        TableColumns.add(requests, r, "#", 50, x -> Long.toString(x.seq() + 1));
        TableColumns.add(requests, r, "Request", 280, Row::request);
        TableColumns.add(requests, r, "Live", 50, x -> x.liveStatus() == 0 ? "–" : Integer.toString(x.liveStatus()));
        TableColumns.add(requests, r, "Twin", 50, x -> x.twinStatus() == 0 ? "–" : Integer.toString(x.twinStatus()));
        TableColumns.add(requests, r, "Live vs twin", 150, Row::verdict, x -> x.verdict().startsWith("finding")
                ? requests.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
        lists.setWeights(45, 55);
        Composite sides = new Composite(across, SWT.NONE);
        sides.setLayout(new GridLayout(2, true));
        liveTitle = new Label(sides, SWT.NONE);
        liveTitle.setText("Live endpoint");
        liveTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        twinTitle = new Label(sides, SWT.NONE);
        twinTitle.setText("Twin");
        twinTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        live = pane(sides);
        twin = pane(sides);
        across.setWeights(50, 50);
        divergences.addSelectionChangedListener(e -> {
            if (e.getStructuredSelection().getFirstElement() instanceof Divergence x && !x.requests().isEmpty()) {
                Object row = ((List<?>) requests.getInput()).stream().filter(o -> o instanceof Row w && w.seq() == x.requests().get(0)).findFirst().orElse(null);
                if (row != null) {
                    requests.setSelection(new StructuredSelection(row), true);
                }
            }
        });
        requests.addSelectionChangedListener(e -> {
            if (e.getStructuredSelection().getFirstElement() instanceof Row row) {
                shownRequest = row.seq();
                loadRequest(row.seq());
            }
        });
        refresh = new Job("Comparing live with twin") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                String id = sessionId;
                Optional<TwinStore> store = workspace == null ? Optional.empty() : workspace.store();
                if (id != null && store.isPresent()) {
                    try {
                        compare(store.get(), id);
                    } catch (RuntimeException e) {
                        UiThread.async(summary, () -> summary.setText("Cannot compare " + id + ": " + e.getMessage()));
                    }
                }
                if (!monitor.isCanceled()) {
                    schedule(2_000);
                }
                return Status.OK_STATUS;
            }
        };
        refresh.setSystem(true);
        getSite().getPage().addSelectionListener(ShadowSessionsView.ID, sessions);
        if (getSite().getPage().getSelection(ShadowSessionsView.ID) != null) {
            sessions.selectionChanged(null, getSite().getPage().getSelection(ShadowSessionsView.ID));
        }
        refresh.schedule();
    }

    private static Text pane(Composite parent) {
        Text text = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        text.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return text;
    }

    /** Compares again when either side holds more than when it was last shown (the replay is under way, or a new one ran). */
    private void compare(TwinStore store, String id) {
        long[] liveCounts = store.shadows().counts(id, ShadowRecordings.LIVE);
        long[] twinCounts = store.shadows().counts(id, ShadowRecordings.TWIN);
        String replay = store.shadows().replay(id);
        String signature = id + Arrays.toString(liveCounts) + Arrays.toString(twinCounts) + replay;
        if (signature.equals(shownSignature)) {
            return;
        }
        ShadowComparison.Result result = ShadowSessionsView.sessions(store).compare(id);
        List<Row> rows = new ArrayList<>();
        // the table lists the first requests; the divergences above name every one
        for (ShadowComparison.Verdict v : result.verdicts().subList(0, Math.min(ROWS, result.verdicts().size()))) {
            Divergence.Severity w = v.worst();
            String verdict = !v.replayed() ? "not replayed" : w == null ? "match" : w == Divergence.Severity.LOW ? "match, minor differences"
                    : (w == Divergence.Severity.CRITICAL || w == Divergence.Severity.HIGH ? "finding, " : "differs, ") + w.name().toLowerCase(Locale.ROOT);
            rows.add(new Row(v.seq(), v.method() + " " + v.target(), v.liveStatus(), v.twinStatus(), verdict));
        }
        String text = replay == null ? String.format(Locale.ROOT, "%,d live request(s) recorded; not replayed into a twin yet (Replay into Twin in Shadow Sessions).",
                liveCounts[1]) : String.format(Locale.ROOT, "%,d request(s): %,d match, %,d unanswered by the twin; %,d divergence(s), %,d finding(s).  %s",
                result.requests(), result.matched(), result.unanswered(), result.divergences().size(), result.findings(), replay);
        boolean findings = result.findings() > 0;
        shownSignature = signature;
        UiThread.async(summary, () -> {
            summary.setText(text);
            Color colour = summary.getDisplay().getSystemColor(findings ? SWT.COLOR_DARK_RED : SWT.COLOR_WIDGET_FOREGROUND);
            summary.setForeground(colour);
            summary.getParent().layout(true);
            divergences.setInput(result.divergences());
            requests.setInput(rows);
            if (shownRequest < 0 && !result.divergences().isEmpty()) {
                divergences.setSelection(new StructuredSelection(result.divergences().get(0)), true);
            } else if (shownRequest >= 0) {
                loadRequest(shownRequest);
            }
        });
    }

    private void loadRequest(long seq) {
        String id = sessionId;
        Optional<TwinStore> store = workspace == null ? Optional.empty() : workspace.store();
        if (id == null || store.isEmpty()) {
            return;
        }
        Job load = new Job("Reading request " + (seq + 1)) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Optional<ShadowSessions.RequestPair> pair = ShadowSessionsView.sessions(store.get()).request(id, seq);
                UiThread.async(live, () -> {
                    if (pair.isPresent()) {
                        liveTitle.setText("Live endpoint, request " + (seq + 1));
                        twinTitle.setText("Twin, request " + (seq + 1));
                        live.setText(side(pair.get().live(), pair.get().liveCalls()));
                        twin.setText(pair.get().twin() == null ? "Not replayed into the twin yet." : side(pair.get().twin(), pair.get().twinCalls()));
                        liveTitle.getParent().layout(true);
                    }
                });
                return Status.OK_STATUS;
            }
        };
        load.setSystem(true);
        load.schedule();
    }

    /** One side of a request: what was asked, what was answered, and the system calls made meanwhile. */
    static String side(ShadowRecordings.Exchange x, List<ShadowRecordings.Syscall> calls) {
        StringBuilder b = new StringBuilder();
        b.append(x.method()).append(' ').append(x.target()).append("   at ").append(TIME.format(micros(x.requestMicros()))).append('\n');
        b.append(x.status() == 0 ? "no response" : "HTTP " + x.status()).append("   ").append(x.responseMicros() > x.requestMicros()
                ? String.format(Locale.ROOT, "%.1f ms", (x.responseMicros() - x.requestMicros()) / 1000.0) : "").append('\n');
        for (String h : x.responseHeaders()) {
            b.append(h).append('\n');
        }
        byte[] body = x.responseBody();
        b.append('\n').append(new String(body, 0, Math.min(body.length, 2048), StandardCharsets.UTF_8).replaceAll("[\\x00-\\x08\\x0e-\\x1f]", "."));
        if (x.responseLength() > Math.min(body.length, 2048)) {
            b.append("\n… (").append(x.responseLength()).append(" bytes in all)");
        }
        b.append("\n\n── system calls while answering (").append(calls.size()).append(calls.size() >= ShadowSessions.CALLS_SHOWN ? "+" : "").append(") ──\n");
        for (ShadowRecordings.Syscall c : calls) {
            b.append(TIME.format(micros(c.micros()))).append("  ").append(c.pid()).append("  ").append(c.name()).append('(')
                    .append(c.arguments().length() > 200 ? c.arguments().substring(0, 200) + "…" : c.arguments()).append(") = ").append(c.result())
                    .append(c.error() == null ? "" : " " + c.error()).append('\n');
        }
        return b.toString();
    }

    private static Instant micros(long micros) {
        return Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1000);
    }

    public TableViewer divergencesViewer() {
        return divergences;
    }

    public TableViewer requestsViewer() {
        return requests;
    }

    /** The side-by-side panes' texts (for tests). */
    public String[] sides() {
        return new String[] {live.getText(), twin.getText()};
    }

    @Override
    public void setFocus() {
        divergences.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removeSelectionListener(ShadowSessionsView.ID, sessions);
        if (refresh != null) {
            refresh.cancel();
        }
        super.dispose();
    }
}
