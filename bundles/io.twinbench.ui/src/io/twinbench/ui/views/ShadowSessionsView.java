package io.twinbench.ui.views;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import io.twinbench.shadow.ReplayGate;
import io.twinbench.shadow.ShadowSessions;
import io.twinbench.shadow.ShadowStatus;
import io.twinbench.shadow.TwinReplay;
import io.twinbench.sim.image.TwinImage;
import io.twinbench.sim.image.TwinImageRegistry;
import io.twinbench.sim.image.TwinImageRequests;
import io.twinbench.sim.run.TwinContainers;
import io.twinbench.store.ShadowRecordings;
import io.twinbench.store.TwinStore;
import io.twinbench.ui.properties.PropertyValueText;
import io.twinbench.ui.session.TwinWorkspace;

/**
 * Shadow sessions, updated live: each session's state and what its endpoint captured, sent and
 * dropped per source; for the selected one, what the endpoint can and cannot capture and why, what
 * the workbench recorded of each side, and where a replay into its twin is. Starting a session
 * signs its order with an approver's key; replaying, pausing and stepping run as Jobs.
 */
public final class ShadowSessionsView extends ViewPart {

    public static final String ID = "io.twinbench.ui.views.shadow.sessions";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final long REFRESH_MILLIS = 1_000;

    private Label summary;
    private TableViewer table;
    private Text details;
    private TwinWorkspace workspace;
    private Job refresh;
    private Action stop;
    private Action replay;
    private Action replayStepping;
    private Action pause;
    private Action step;
    private Action resume;
    private Action export;
    private Action diagnose;
    private Action replayEdited;
    private volatile ShadowRecordings.Session shown;
    private volatile Replaying replaying;
    /** What each listed session's agent last reported, read by the refresh. */
    private java.util.Map<String, ShadowStatus> reports = java.util.Map.of();

    /** A replay under way: its gate and how far it got. */
    private static final class Replaying {
        final String sessionId;
        final ReplayGate gate;
        volatile int done;
        volatile int total;
        volatile long last = -1;
        /** The twin's container once it answers; null before and after. */
        volatile String container;
        volatile boolean finished;

        Replaying(String sessionId, ReplayGate gate) {
            this.sessionId = sessionId;
            this.gate = gate;
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        workspace = getSite().getService(TwinWorkspace.class);
        parent.setLayout(new GridLayout(1, false));
        summary = new Label(parent, SWT.WRAP);
        summary.setLayoutData(WrappingLayout.cell());
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table = new TableViewer(sash, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        table.getTable().setHeaderVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.setComparer(new SameIdentity(e -> e instanceof ShadowRecordings.Session s ? s.id() : e));
        Class<ShadowRecordings.Session> rows = ShadowRecordings.Session.class;
        TableColumns.add(table, rows, "Session", 190, ShadowRecordings.Session::id);
        TableColumns.add(table, rows, "Endpoint", 110, ShadowRecordings.Session::endpointId);
        TableColumns.add(table, rows, "State", 90, ShadowRecordings.Session::state,
                s -> "refused".equals(s.state()) || "expired".equals(s.state()) ? table.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
        TableColumns.add(table, rows, "Until", 110, s -> TIME.format(s.expires()));
        TableColumns.add(table, rows, "Scope", 170, ShadowRecordings.Session::scope);
        TableColumns.add(table, rows, "Sent", 150, s -> sent(reported(s)));
        TableColumns.add(table, rows, "Dropped", 90, s -> {
            long dropped = reported(s).dropped();
            return dropped == 0 ? "0" : String.format(Locale.ROOT, "%,d", dropped);
        }, s -> reported(s).dropped() > 0 ? table.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
        details = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.WRAP | SWT.BORDER);
        details.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        details.setText("Select a session to see what its endpoint captures and what was recorded.");
        sash.setWeights(40, 60);
        getSite().setSelectionProvider(table);
        table.addSelectionChangedListener(e -> {
            shown = selected();
            enableActions();
            refresh.schedule();
        });
        Action start = ViewActions.of("Start Session…", "Mirror a live endpoint's system calls, packets and HTTP into its twin (an order you sign)", this::start);
        stop = ViewActions.of("Stop", "Stop the selected session now (its agent stops capturing)", this::stopSession);
        replay = ViewActions.of("Replay into Twin", "Replay the session's live requests into a fresh twin of its endpoint and record its answers", () -> replay(false));
        replayStepping = ViewActions.of("Replay Step by Step", "Replay into the twin, paused before the first request", () -> replay(true));
        pause = ViewActions.of("Pause", "Hold the replay before its next request", () -> gate().ifPresent(ReplayGate::pause));
        step = ViewActions.of("Step", "Send the next request to the twin while paused", () -> gate().ifPresent(ReplayGate::step));
        resume = ViewActions.of("Resume", "Go on replaying at the recorded pace", () -> gate().ifPresent(ReplayGate::resume));
        export = ViewActions.of("Export pcapng…", "Write the session's packets as pcapng (TLS keys included) for Wireshark", this::exportPcapng);
        diagnose = ViewActions.of("Run in Twin…", "Run a diagnostic command (cat, ls, grep, ps…) in the twin the replay holds; pause the replay first",
                this::runInTwin);
        replayEdited = ViewActions.of("Replay with a Changed File…", "Replay into a twin with one of its files replaced by a file here, to see whether a divergence goes",
                this::replayWithFile);
        for (Action a : List.of(start, stop, replay, replayStepping, pause, step, resume, diagnose, replayEdited, export)) {
            getViewSite().getActionBars().getToolBarManager().add(a);
            getViewSite().getActionBars().getMenuManager().add(a);
        }
        enableActions();
        refresh = new Job("Reading shadow sessions") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                List<ShadowRecordings.Session> all = List.of();
                java.util.Map<String, ShadowStatus> read = new java.util.HashMap<>();
                String problem = null;
                String text = null;
                try {
                    Optional<TwinStore> store = store();
                    if (store.isPresent()) {
                        ShadowSessions sessions = sessions(store.get());
                        all = sessions.sessions(null);
                        // the agents' reports read here, once a refresh, not by each cell on the UI thread
                        all.forEach(x -> read.put(x.id(), ShadowStatus.reported(x)));
                        ShadowRecordings.Session selected = shown;
                        if (selected != null) {
                            text = describe(sessions.status(selected.id()), store.get().shadows().replay(selected.id()));
                        }
                    }
                } catch (RuntimeException e) {
                    problem = "Cannot read shadow sessions: " + e.getMessage();
                }
                List<ShadowRecordings.Session> rows = all;
                String readProblem = problem;
                String detailText = text;
                UiThread.async(table.getControl(), () -> {
                    reports = read;
                    show(rows, detailText, readProblem);
                });
                if (!monitor.isCanceled()) {
                    schedule(REFRESH_MILLIS);
                }
                return Status.OK_STATUS;
            }
        };
        refresh.setSystem(true);
        refresh.schedule();
    }

    private ShadowStatus reported(ShadowRecordings.Session s) {
        ShadowStatus status = reports.get(s.id());
        return status != null ? status : ShadowStatus.reported(s);
    }

    private static String sent(ShadowStatus status) {
        long items = status.counts().stream().mapToLong(ShadowStatus.SourceCount::sent).sum();
        long bytes = status.counts().stream().mapToLong(ShadowStatus.SourceCount::sentBytes).sum();
        return status.counts().isEmpty() ? "" : String.format(Locale.ROOT, "%,d (%s)", items, PropertyValueText.size(bytes));
    }

    private String describe(ShadowStatus status, String lastReplay) {
        ShadowRecordings.Session s = status.session();
        StringBuilder b = new StringBuilder();
        b.append(s.id()).append(" on ").append(s.endpointId()).append(": ").append(s.state()).append(s.detail() == null ? "" : " (" + s.detail() + ")")
                .append('\n');
        b.append("scope ").append(s.scope()).append("; ordered by ").append(s.createdBy()).append(" at ").append(TIME.format(s.created()))
                .append(", until ").append(TIME.format(s.expires())).append(s.ended() == null ? "" : ", ended " + TIME.format(s.ended())).append('\n');
        if (s.stopReason() != null) {
            b.append("stop: ").append(s.stopReason()).append('\n');
        }
        b.append('\n');
        if (status.capabilities().isEmpty()) {
            b.append(s.over() ? "The agent never said what it could capture.\n" : "Waiting for the agent to take the order…\n");
        }
        for (ShadowStatus.Capability c : status.capabilities()) {
            b.append(String.format(Locale.ROOT, "%-9s %s: %s%n", c.source(), c.available() ? "captured" : "NOT CAPTURED", c.detail()));
        }
        if (!status.counts().isEmpty()) {
            b.append('\n').append(String.format(Locale.ROOT, "%-9s %18s %18s %18s%n", "", "captured", "sent", "dropped"));
            for (ShadowStatus.SourceCount c : status.counts()) {
                b.append(String.format(Locale.ROOT, "%-9s %,8d %9s %,8d %9s %,8d %9s%n", c.source(), c.captured(), PropertyValueText.size(c.capturedBytes()), c.sent(),
                        PropertyValueText.size(c.sentBytes()), c.dropped(), PropertyValueText.size(c.droppedBytes())));
            }
        }
        b.append('\n').append(String.format(Locale.ROOT, "recorded: live %,d system calls, %,d HTTP exchanges, %,d packets; twin %,d system calls,"
                + " %,d HTTP exchanges%n", status.live().syscalls(), status.live().exchanges(), status.live().packets(), status.twin().syscalls(),
                status.twin().exchanges()));
        Replaying r = replaying;
        if (r != null && r.sessionId.equals(s.id())) {
            b.append(r.finished && r.gate.paused() ? String.format(Locale.ROOT, "all %,d requests replayed; the twin is held (paused): Run in Twin… looks"
                    + " into it, Resume ends it%n", r.total) : String.format(Locale.ROOT, "replaying into the twin: %,d of %,d requests%s%n", r.done, r.total,
                    r.gate.paused() ? ", PAUSED" + (r.gate.waitingAt() >= 0 ? " before request " + (r.gate.waitingAt() + 1) : "") : ""));
        } else if (lastReplay != null) {
            b.append("last replay: ").append(lastReplay).append('\n');
        }
        return b.toString();
    }

    private void show(List<ShadowRecordings.Session> all, String detailText, String problem) {
        table.setInput(all);
        long running = all.stream().filter(s -> !s.over()).count();
        summary.setText(problem != null ? problem : all.isEmpty()
                ? "No shadow session yet: Start Session… mirrors a live endpoint's system calls, packets and HTTP (or ./twinbench shadow start)."
                : all.size() + " session(s), " + running + " under way. Select one, then Replay into Twin to compare live with twin in the Live vs Twin view.");
        summary.setForeground(problem != null ? summary.getDisplay().getSystemColor(SWT.COLOR_DARK_RED)
                : summary.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        summary.getParent().layout(true);
        if (detailText != null && !detailText.equals(details.getText())) {
            int top = details.getTopIndex();
            details.setText(detailText);
            details.setTopIndex(top);
        }
        enableActions();
    }

    private void enableActions() {
        ShadowRecordings.Session s = shown;
        Replaying r = replaying;
        stop.setEnabled(s != null && !s.over());
        replay.setEnabled(s != null && r == null);
        replayStepping.setEnabled(s != null && r == null);
        replayEdited.setEnabled(s != null && r == null);
        diagnose.setEnabled(r != null && r.container != null);
        export.setEnabled(s != null);
        pause.setEnabled(r != null && !r.gate.paused());
        step.setEnabled(r != null && r.gate.paused());
        resume.setEnabled(r != null && r.gate.paused());
    }

    private Optional<ReplayGate> gate() {
        Replaying r = replaying;
        Optional<ReplayGate> gate = r == null ? Optional.empty() : Optional.of(r.gate);
        refresh.schedule();
        return gate;
    }

    private void start() {
        Optional<TwinStore> store = store();
        if (store.isEmpty()) {
            return;
        }
        List<String> endpoints = store.get().enrollments().agents().stream().map(a -> a.id()).sorted().toList();
        Path keys = WorkspacePlans.keysFolder();
        int approvers;
        try {
            approvers = WorkspacePlans.trust().required().threshold();
        } catch (java.io.IOException | io.twinbench.remedy.trust.TrustException e) {
            MessageDialog.openError(getSite().getShell(), "Start a Shadow Session", e.getMessage());
            return;
        }
        StartShadowDialog dialog = new StartShadowDialog(getSite().getShell(), endpoints, shown == null ? null : shown.endpointId(), keys, approvers);
        if (dialog.open() != Window.OK) {
            return;
        }
        ShadowSessions.Request request = dialog.request();
        Job job = new Job("Starting a shadow session on " + request.endpointId()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask("Signing the order", IProgressMonitor.UNKNOWN);
                ShadowRecordings.Session session;
                try {
                    session = sessions(store.get()).start(request, dialog.keys(), System.getProperty("user.name"));
                } catch (java.io.IOException | io.twinbench.remedy.trust.TrustException | IllegalArgumentException e) {
                    return Status.error("The shadow session was not started: " + e.getMessage());
                }
                shown = session;
                refresh.schedule();
                // the order goes out with the collector's next round; the agent says what it takes of it
                monitor.subTask("Waiting for " + request.endpointId() + "'s agent to take the order (Cancel stops the session)");
                return await(store.get(), session.id(), monitor, s -> !ShadowRecordings.ORDERED.equals(s.state()), "take the order",
                        "the agent of " + request.endpointId() + " has not taken the order yet; it will when it connects, or the order lapses at "
                                + TIME.format(session.expires()));
            }
        };
        job.setUser(true);
        job.schedule();
    }

    /**
     * Waits (up to a minute) for the session to reach what done says; Cancel stops the session. A
     * refusal is the agent's reason as an error; a wait that runs out is said, not failed.
     */
    private IStatus await(TwinStore store, String id, IProgressMonitor monitor, java.util.function.Predicate<ShadowRecordings.Session> done,
            String what, String stillWaiting) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (monitor.isCanceled()) {
                sessions(store).stop(id, "cancelled by the analyst while waiting for the agent to " + what);
                refresh.schedule();
                return Status.CANCEL_STATUS;
            }
            ShadowRecordings.Session now = store.shadows().session(id).orElse(null);
            if (now != null && "refused".equals(now.state())) {
                return Status.error("The agent refused shadow session " + id + ": " + now.detail());
            }
            if (now != null && done.test(now)) {
                refresh.schedule();
                return Status.OK_STATUS;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Status.CANCEL_STATUS;
            }
        }
        return Status.info(stillWaiting);
    }

    private void stopSession() {
        ShadowRecordings.Session s = shown;
        Optional<TwinStore> store = store();
        if (s == null || store.isEmpty()) {
            return;
        }
        InputDialog why = new InputDialog(getSite().getShell(), "Stop " + s.id(), "Why (recorded with the session)?", "enough recorded", null);
        if (why.open() != Window.OK) {
            return;
        }
        String reason = why.getValue();
        Job job = new Job("Stopping " + s.id()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask("Ordering " + s.endpointId() + "'s agent to stop", IProgressMonitor.UNKNOWN);
                try {
                    sessions(store.get()).stop(s.id(), reason);
                } catch (IllegalArgumentException e) {
                    return Status.error("Cannot stop " + s.id() + ": " + e.getMessage());
                }
                refresh.schedule();
                monitor.subTask("Waiting for the agent to send what it has and end the session");
                return await(store.get(), s.id(), monitor, ShadowRecordings.Session::over, "end the session",
                        "the agent of " + s.endpointId() + " has not said it stopped; it will when it connects, and ends the session by itself at "
                                + TIME.format(s.expires()));
            }
        };
        job.setUser(true);
        job.schedule();
    }

    private void replay(boolean paused) {
        replay(paused, io.twinbench.sim.run.TwinChanges.NONE);
    }

    /** Asks for a file here and the twin's file it replaces, then replays with it, paused: compare, step, and look into the twin. */
    private void replayWithFile() {
        FileDialog file = new FileDialog(getSite().getShell(), SWT.OPEN);
        file.setText("The file the twin gets (a fixed configuration, say)");
        String chosen = file.open();
        if (chosen == null) {
            return;
        }
        InputDialog where = new InputDialog(getSite().getShell(), "Replay with a changed file", "Which file of the twin does it replace (absolute path)?",
                "/etc/", t -> t != null && t.startsWith("/") && !t.endsWith("/") ? null : "An absolute path to a file in the twin.");
        if (where.open() != Window.OK) {
            return;
        }
        replay(false, new io.twinbench.sim.run.TwinChanges(0, java.util.Map.of(where.getValue().strip(), Path.of(chosen)), java.util.Set.of()));
    }

    /** Runs a diagnostic command in the twin the replay holds and shows what it printed; nothing runs on this machine or the endpoint. */
    private void runInTwin() {
        Replaying r = replaying;
        if (r == null || r.container == null) {
            return;
        }
        InputDialog command = new InputDialog(getSite().getShell(), "Run in the twin", "A diagnostic command (no shell), e.g. cat /etc/lighttpd/lighttpd.conf",
                "ls -l /var/www/html", t -> {
                    try {
                        io.twinbench.shadow.TwinDiagnostics.parse(t);
                        return null;
                    } catch (IllegalArgumentException e) {
                        return e.getMessage();
                    }
                });
        if (command.open() != Window.OK) {
            return;
        }
        String line = command.getValue();
        String container = r.container;
        Job run = new Job("Running " + line + " in the twin") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try (TwinContainers containers = new TwinContainers(workspace.dockerEngine(), Clock.systemUTC())) {
                    TwinContainers.Executed done = io.twinbench.shadow.TwinDiagnostics.run(containers, container, line);
                    UiThread.async(table.getControl(), () -> new TextOutputDialog(getSite().getShell(), "$ " + line + (done.exitCode() == 0 ? ""
                            : "   (exit " + done.exitCode() + ")"), done.output()).open());
                    return Status.OK_STATUS;
                } catch (java.io.IOException | IllegalArgumentException e) {
                    return Status.error("Cannot run " + line + " in the twin: " + e.getMessage());
                }
            }
        };
        run.setUser(true);
        run.schedule();
    }

    /** Replays the selected session into a fresh twin of its endpoint (or the image the analyst picks) as a Job with progress and cancel. */
    private void replay(boolean paused, io.twinbench.sim.run.TwinChanges changes) {
        ShadowRecordings.Session s = shown;
        Optional<TwinStore> store = store();
        if (s == null || store.isEmpty() || replaying != null) {
            return;
        }
        Replaying run = new Replaying(s.id(), new ReplayGate(paused));
        replaying = run;
        enableActions();
        Job job = new Job("Replaying " + s.id() + " into a twin of " + s.endpointId()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try (TwinContainers containers = new TwinContainers(workspace.dockerEngine(), Clock.systemUTC())) {
                    monitor.beginTask("Starting a twin of " + s.endpointId(), IProgressMonitor.UNKNOWN);
                    TwinImage image = image(s.endpointId());
                    TwinReplay replay = new TwinReplay(containers, store.get(), Clock.systemUTC(), TwinReplay.hostStrace());
                    int[] reported = {0};
                    TwinReplay.Outcome outcome = replay.run(s.id(), image, io.twinbench.policy.service.PolicyTwinLimits.apply(store.get(), TwinImageRequests.limitsOnThisMachine(
                            store.get().snapshots().latest(s.endpointId()).orElse(null))), TwinReplay.Options.AS_RECORDED.withChanges(changes), run.gate, new TwinReplay.Progress() {
                                @Override
                                public void replayed(int done, int total, long last) {
                                    run.done = done;
                                    run.total = total;
                                    run.last = last;
                                    synchronized (reported) {
                                        if (reported[0] == 0) {
                                            monitor.beginTask("Replaying " + total + " requests into " + image.reference(), total);
                                        }
                                        monitor.worked(done - reported[0]);
                                        reported[0] = done;
                                    }
                                }

                                @Override
                                public void twinStarted(String containerId) {
                                    run.container = containerId;
                                    UiThread.async(table.getControl(), ShadowSessionsView.this::enableActions);
                                }

                                /** A paused replay keeps its twin after the last request, for Run in Twin…, until Resume (or cancel). */
                                @Override
                                public void replayDone(String containerId) {
                                    run.finished = true;
                                    while (run.gate.paused() && !monitor.isCanceled()) {
                                        try {
                                            Thread.sleep(200);
                                        } catch (InterruptedException e) {
                                            Thread.currentThread().interrupt();
                                            return;
                                        }
                                    }
                                }
                            }, monitor::isCanceled);
                    return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.info(outcome.summary());
                } catch (java.io.IOException | IllegalArgumentException e) {
                    return Status.error("The replay of " + s.id() + " failed: " + e.getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Status.CANCEL_STATUS;
                } finally {
                    replaying = null;
                    UiThread.async(table.getControl(), () -> {
                        enableActions();
                        refresh.schedule();
                    });
                    monitor.done();
                }
            }
        };
        job.setUser(true);
        job.schedule();
    }

    /** The newest image of the endpoint's twin; an endpoint without one (a lab endpoint) runs the lab's image. */
    private TwinImage image(String endpointId) throws java.io.IOException {
        List<TwinImage> images = new TwinImageRegistry(workspace.dockerEngine(), Clock.systemUTC()).list();
        return images.stream().filter(i -> i.twinId().equals(endpointId)).findFirst()
                .or(() -> images.stream().filter(i -> i.twinId().equals(io.twinbench.sim.lab.LabFleet.IMAGE_TWIN)).findFirst())
                .orElseThrow(() -> new IllegalArgumentException("there is no image of twin " + endpointId
                        + ": build one in the Twin Images view (or ./twinbench image build --twin " + endpointId + " ROOT)"));
    }

    private void exportPcapng() {
        ShadowRecordings.Session s = shown;
        Optional<TwinStore> store = store();
        if (s == null || store.isEmpty()) {
            return;
        }
        FileDialog file = new FileDialog(getSite().getShell(), SWT.SAVE);
        file.setFileName(s.id() + ".pcapng");
        file.setOverwrite(true);
        String chosen = file.open();
        if (chosen == null) {
            return;
        }
        Job job = new Job("Exporting the packets of " + s.id()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask("Writing " + chosen, IProgressMonitor.UNKNOWN);
                try (var out = java.nio.file.Files.newOutputStream(Path.of(chosen))) {
                    long bytes = sessions(store.get()).exportPcapng(s.id(), out);
                    String done = bytes == 0 ? s.id() + " recorded no packets." : "Wrote " + PropertyValueText.size(bytes) + " to " + chosen
                            + "; Wireshark and tshark open it, TLS keys included.";
                    UiThread.async(table.getControl(), () -> MessageDialog.openInformation(getSite().getShell(), "Export pcapng", done));
                    return Status.OK_STATUS;
                } catch (java.io.IOException | IllegalArgumentException e) {
                    return Status.error("Cannot export the packets of " + s.id() + ": " + e.getMessage());
                }
            }
        };
        job.setUser(true);
        job.schedule();
    }

    static ShadowSessions sessions(TwinStore store) {
        io.twinbench.change.PlanCatalog plans = WorkspacePlans.catalog(store);
        return new ShadowSessions(store, plans::trustRoot, Clock.systemUTC());
    }

    private ShadowRecordings.Session selected() {
        return ((IStructuredSelection) table.getSelection()).getFirstElement() instanceof ShadowRecordings.Session s ? s : null;
    }

    private Optional<TwinStore> store() {
        return workspace == null ? Optional.empty() : workspace.store();
    }

    public TableViewer viewer() {
        return table;
    }

    /** What the details pane shows (for tests). */
    public String detailsText() {
        return details.getText();
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (refresh != null) {
            refresh.cancel();
        }
        super.dispose();
    }
}
