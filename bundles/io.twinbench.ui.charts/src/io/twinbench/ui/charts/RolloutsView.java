package io.twinbench.ui.charts;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import io.twinbench.rollout.analysis.StoreMetrics;
import io.twinbench.rollout.engine.RolloutEngine;
import io.twinbench.rollout.engine.RolloutReport;
import io.twinbench.rollout.engine.RolloutState;
import io.twinbench.store.Rollouts;
import io.twinbench.store.TwinStore;
import io.twinbench.ui.session.TwinWorkspace;
import io.twinbench.ui.views.UiThread;

/**
 * The workspace's rollouts, updated live: each with its state and stage; for the selected one,
 * its stages with every endpoint's state, the baseline and every decision with its reason, and
 * each analysis metric charted over time for the changed endpoints beside the baseline. The
 * analyst pauses, resumes, promotes a stage early (with a reason), aborts with rollback, or halts
 * every running rollout at once. The workbench's collector moves rollouts on; this view only
 * reads them and records the analyst's orders.
 */
public final class RolloutsView extends ViewPart {

    public static final String ID = "io.twinbench.ui.charts.rollouts";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final long REFRESH_MILLIS = 2_000;
    private static final int MAX_CHARTS = 3;

    private Label summary;
    private TableViewer table;
    private Text detail;
    private Canvas charts;
    private TwinWorkspace workspace;
    private Job refresh;
    private Action pause;
    private Action resume;
    private Action promote;
    private Action abort;
    private volatile String shown;
    private volatile List<Rollouts.Measurement> measurements = List.of();
    /** The shown rollout's two plans when it is an A/B rollout, else null. */
    private volatile RolloutCharts.Arms plans;
    private volatile io.twinbench.rollout.engine.RolloutTimeline timeline;

    @Override
    public void createPartControl(Composite parent) {
        workspace = getSite().getService(TwinWorkspace.class);
        parent.setLayout(new GridLayout(1, false));
        summary = new Label(parent, SWT.WRAP);
        summary.setLayoutData(io.twinbench.ui.views.WrappingLayout.cell());
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table = new TableViewer(sash, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        table.getTable().setHeaderVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.setComparer(new io.twinbench.ui.views.SameIdentity(e -> e instanceof Rollouts.Rollout r ? r.id() : e));
        column("Rollout", 240, Rollouts.Rollout::id);
        column("State", 150, r -> r.state() + (r.paused() ? " (paused)" : ""));
        column("Stage", 60, r -> Integer.toString(r.stage()));
        column("Endpoints", 80, r -> Integer.toString(r.targets().size()));
        column("Started", 120, r -> TIME.format(r.created()) + " " + r.createdBy());
        column("Why", 420, r -> r.reason() == null ? "" : r.reason());
        table.addSelectionChangedListener(e -> {
            Rollouts.Rollout r = selected();
            shown = r == null ? null : r.id();
            enableActions(r);
            refresh.schedule();
        });
        SashForm below = new SashForm(sash, SWT.HORIZONTAL);
        detail = new Text(below, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        detail.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        detail.setText("Select a rollout to see its stages, each endpoint's state, the baseline and every decision.\n\n"
                + "Start one with ./twinbench rollout start SPEC (see the README's Staged rollouts).");
        charts = new Canvas(below, SWT.DOUBLE_BUFFERED | SWT.BORDER);
        charts.addPaintListener(e -> paint(e.gc));
        charts.addListener(SWT.Resize, e -> charts.redraw());
        below.setWeights(50, 50);
        sash.setWeights(30, 70);
        pause = io.twinbench.ui.views.ViewActions.of("Pause", "Stop pushing and measuring until resumed", () -> steer((engine, id) -> engine.pause(id, user(), "paused in the workbench")));
        resume = io.twinbench.ui.views.ViewActions.of("Resume", "Go on from where it paused", () -> steer((engine, id) -> engine.resume(id, user())));
        promote = io.twinbench.ui.views.ViewActions.of("Promote…", "End the baking stage now, as passed, and go on (recorded with your reason); in an A/B stage, choose the winner",
                this::promoteSelected);
        abort = io.twinbench.ui.views.ViewActions.of("Abort…", "Stop the rollout and roll back every endpoint it changed", () -> {
            String reason = ask("Abort the rollout", "Why abort? Every endpoint this rollout changed is rolled back. (recorded)");
            if (reason != null) {
                steer((engine, id) -> engine.abort(id, user(), reason));
            }
        });
        Action haltAll = io.twinbench.ui.views.ViewActions.of("Halt All…", "The kill switch: abort every running rollout, rolling back what each changed", () -> {
            String reason = ask("Halt every rollout", "Every running rollout stops and rolls back what it changed. Why? (recorded)");
            if (reason != null) {
                store().ifPresent(store -> {
                    List<String> halted = engine(store).haltAll(user(), reason);
                    MessageDialog.openInformation(getSite().getShell(), "Rollouts halted",
                            halted.isEmpty() ? "No rollout was running." : "Halted, rolling back: " + String.join(", ", halted));
                });
                refresh.schedule();
            }
        });
        Action start = io.twinbench.ui.views.ViewActions.of("Start Rollout…", "Roll out the signed plan a rollout spec (YAML or JSON) names, in its stages", this::startRollout);
        var toolbar = getViewSite().getActionBars().getToolBarManager();
        var menu = getViewSite().getActionBars().getMenuManager();
        for (Action a : List.of(start, pause, resume, promote, abort, haltAll)) {
            toolbar.add(a);
            menu.add(a);
        }
        enableActions(null);
        refresh = new Job("Reading rollouts") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                TwinStore store = store().orElse(null);
                List<Rollouts.Rollout> all = List.of();
                String problem = null;
                try {
                    all = store == null ? List.of() : store.rollouts().all();
                } catch (RuntimeException e) {
                    problem = "Cannot read the workspace's rollouts: " + e.getMessage();
                }
                String id = shown;
                String text = null;
                List<Rollouts.Measurement> taken = List.of();
                RolloutCharts.Arms arms = null;
                io.twinbench.rollout.engine.RolloutTimeline stages = null;
                if (store != null && id != null && problem == null) {
                    try {
                        Optional<RolloutReport> report = RolloutReport.of(store, id);
                        text = report.map(RolloutReport::text).orElse(null);
                        stages = report.map(RolloutReport::timeline).orElse(null);
                        taken = report.map(RolloutReport::measurements).orElse(List.of());
                        if (report.isPresent() && report.get().otherArm().isPresent()) {
                            Rollouts.Rollout rollout = report.get().rollout();
                            arms = new RolloutCharts.Arms(rollout.planId(), report.get().otherArm().get().planId(), rollout.winner());
                        }
                    } catch (RuntimeException e) {
                        text = "Cannot read rollout " + id + ": " + e.getMessage();
                    }
                }
                String detailText = text;
                List<Rollouts.Measurement> chartData = taken;
                List<Rollouts.Rollout> rows = all;
                String readProblem = problem;
                RolloutCharts.Arms abPlans = arms;
                io.twinbench.rollout.engine.RolloutTimeline steps = stages;
                if (!table.getControl().isDisposed()) {
                    table.getControl().getDisplay().asyncExec(() -> show(rows, id, detailText, chartData, abPlans, steps, readProblem));
                }
                if (!monitor.isCanceled()) {
                    schedule(REFRESH_MILLIS);
                }
                return Status.OK_STATUS;
            }
        };
        refresh.setSystem(true);
        refresh.schedule();
    }

    private void show(List<Rollouts.Rollout> all, String id, String text, List<Rollouts.Measurement> taken, RolloutCharts.Arms abPlans,
            io.twinbench.rollout.engine.RolloutTimeline steps, String problem) {
        if (table.getControl().isDisposed()) {
            return;
        }
        Rollouts.Rollout before = selected();
        table.setInput(all);
        if (before != null) {
            all.stream().filter(r -> r.id().equals(before.id())).findFirst().ifPresent(r -> table.setSelection(new StructuredSelection(r), true));
        }
        long running = all.stream().filter(r -> !RolloutState.FINISHED.contains(r.state())).count();
        summary.setText(problem != null ? problem : all.isEmpty() ? "No rollouts yet: approve a plan, then ./twinbench rollout start SPEC (README: Staged rollouts)."
                : all.size() + (all.size() == 1 ? " rollout, " : " rollouts, ") + running
                        + " running, moved on every second by the process that collects from their agents (this workbench or ./twinbench serve).");
        summary.setForeground(summary.getDisplay().getSystemColor(problem != null ? SWT.COLOR_DARK_RED : SWT.COLOR_WIDGET_FOREGROUND));
        summary.getParent().layout(true);
        enableActions(selected());
        if (id != null && id.equals(shown) && text != null && !text.equals(detail.getText())) {
            int top = detail.getTopIndex();
            detail.setText(text);
            detail.setTopIndex(top);
        }
        if (id != null && id.equals(shown)) {
            measurements = taken;
            plans = abPlans;
            timeline = steps;
            charts.redraw();
        }
    }

    private void paint(GC gc) {
        Rectangle area = charts.getClientArea();
        List<Rollouts.Measurement> copy = measurements;
        RolloutCharts.Arms arms = plans;
        List<String> metrics = RolloutCharts.metrics(copy);
        io.twinbench.rollout.engine.RolloutTimeline steps = timeline;
        if (area.width < 80 || area.height < 60) {
            return;
        }
        int top = 0;
        if (steps != null && shown != null) {
            TimelineStrip.paint(gc, steps, area.width, java.time.Instant.now());
            top = TimelineStrip.HEIGHT;
        }
        if (metrics.isEmpty()) {
            gc.drawText(shown == null ? "Select a rollout to chart its analysis." : "No measurement yet: metrics are measured while a stage bakes.", 8,
                    top + 8);
            return;
        }
        List<String> names = metrics.subList(0, Math.min(MAX_CHARTS, metrics.size()));
        int each = (area.height - top) / names.size();
        for (int i = 0; i < names.size(); i++) {
            Image image = new Image(gc.getDevice(), ChartImages.render(RolloutCharts.metric(names.get(i), copy, RolloutEngine::numbers, area.width, each, arms),
                    area.width, each));
            try {
                gc.drawImage(image, 0, top + i * each);
            } finally {
                image.dispose();
            }
        }
    }

    /** Reads a spec file the analyst picks and starts it as a job; what is wrong with it (file, line, field) reaches the analyst as a message. */
    private void startRollout() {
        org.eclipse.swt.widgets.FileDialog dialog = new org.eclipse.swt.widgets.FileDialog(getSite().getShell(), SWT.OPEN);
        dialog.setText("Start a rollout: choose its spec");
        dialog.setFilterExtensions(new String[] {"*.yaml;*.yml;*.json", "*"});
        String chosen = dialog.open();
        Optional<TwinStore> store = store();
        if (chosen == null || store.isEmpty()) {
            return;
        }
        java.nio.file.Path file = java.nio.file.Path.of(chosen);
        Job job = new Job("Starting the rollout of " + file.getFileName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                String outcome;
                boolean failed = false;
                try {
                    String text = io.twinbench.remedy.plan.YamlFields.readAll(file);
                    var spec = new io.twinbench.rollout.spec.RolloutSpecReader().read(file.getFileName().toString(), text);
                    var plans = io.twinbench.ui.views.WorkspacePlans.catalog(store.get());
                    RolloutEngine.Signed first = signed(plans, spec.plan());
                    RolloutEngine.Signed other = spec.ab() == null ? null : signed(plans, spec.ab().otherPlan());
                    outcome = "Rollout " + engine(store.get()).start(file.getFileName().toString(), text, first, other, user()).id()
                            + " started; the workbench's collector moves it on while its agents are connected.";
                } catch (io.twinbench.remedy.plan.DocumentFormatException | io.twinbench.remedy.trust.TrustException | java.io.IOException
                        | RuntimeException e) {
                    outcome = e.getMessage();
                    failed = true;
                }
                String message = outcome;
                boolean error = failed;
                UiThread.async(table.getControl(), () -> {
                    if (error) {
                        MessageDialog.openError(getSite().getShell(), "The rollout did not start", message);
                    } else {
                        summary.setText(message);
                    }
                    refresh.schedule();
                });
                return Status.OK_STATUS;
            }
        };
        job.setUser(true);
        job.schedule();
    }

    private static RolloutEngine.Signed signed(io.twinbench.change.PlanCatalog plans, String planId)
            throws java.io.IOException, io.twinbench.remedy.trust.TrustException, io.twinbench.remedy.plan.PlanFormatException {
        io.twinbench.change.PlanCatalog.Ready ready = plans.ready(planId);
        return new RolloutEngine.Signed(ready.plan(), ready.envelope());
    }

    private interface Steering {
        void apply(RolloutEngine engine, String id);
    }

    private void steer(Steering steering) {
        Rollouts.Rollout r = selected();
        Optional<TwinStore> store = store();
        if (r == null || store.isEmpty()) {
            return;
        }
        try {
            steering.apply(engine(store.get()), r.id());
        } catch (IllegalArgumentException e) {
            MessageDialog.openError(getSite().getShell(), "Rollout " + r.id(), e.getMessage());
        }
        refresh.schedule();
    }

    private static RolloutEngine engine(TwinStore store) {
        return new RolloutEngine(store, Clock.systemUTC(), (plan, version) -> new StoreMetrics(store, plan, version));
    }

    private void enableActions(Rollouts.Rollout r) {
        boolean active = r != null && !RolloutState.FINISHED.contains(r.state()) && !RolloutState.rollingBack(r.state());
        pause.setEnabled(active && !r.paused());
        resume.setEnabled(active && r.paused());
        promote.setEnabled(active && (r.state().equals(RolloutState.BAKING) || r.state().equals(RolloutState.AFTER)));
        abort.setEnabled(active);
    }

    /** Promotes the selected rollout's stage; an undecided A/B stage first asks which plan goes on (the other is rolled back). */
    private void promoteSelected() {
        Rollouts.Rollout r = selected();
        RolloutCharts.Arms arms = plans;
        String winner = null;
        if (r != null && arms != null && r.winner() == null && r.stage() == 1) {
            MessageDialog choose = new MessageDialog(getSite().getShell(), "Choose the winner", null, "Which plan goes on to the rest of the targets? "
                    + "The other is rolled back from its arm. The A/B comparison so far is in the rollout's decisions.", MessageDialog.QUESTION, 2,
                    arms.a(), arms.b(), "Cancel");
            int choice = choose.open();
            if (choice < 0 || choice > 1) {
                return;
            }
            winner = choice == 0 ? arms.a() : arms.b();
        }
        String reason = ask(winner == null ? "Promote the stage" : "Promote " + winner,
                winner == null ? "Why promote this stage before its analysis decided? (recorded)" : "Why does " + winner + " win? (recorded)");
        if (reason != null) {
            String chosen = winner;
            steer((engine, id) -> engine.promote(id, user(), reason, chosen));
        }
    }

    private String ask(String title, String question) {
        InputDialog dialog = new InputDialog(getSite().getShell(), title, question, "",
                text -> text == null || text.isBlank() ? "A reason is recorded with the decision: write one." : null);
        return dialog.open() == Window.OK ? dialog.getValue().strip() : null;
    }

    private void column(String title, int width, java.util.function.Function<Rollouts.Rollout, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof Rollouts.Rollout r ? text.apply(r) : "";
            }
        });
    }

    private Rollouts.Rollout selected() {
        return ((IStructuredSelection) table.getSelection()).getFirstElement() instanceof Rollouts.Rollout r ? r : null;
    }

    private Optional<TwinStore> store() {
        return workspace == null ? Optional.empty() : workspace.store();
    }

    private static String user() {
        return System.getProperty("user.name");
    }

    public TableViewer viewer() {
        return table;
    }

    /** The metrics the chart pane draws, in order. */
    /** The stages the timeline strip draws (for tests); null before a rollout is shown. */
    public io.twinbench.rollout.engine.RolloutTimeline timeline() {
        return timeline;
    }

    public Set<String> chartedMetrics() {
        return new LinkedHashSet<>(RolloutCharts.metrics(measurements));
    }

    /** What the detail pane shows (for tests). */
    public String detailText() {
        return detail.getText();
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
