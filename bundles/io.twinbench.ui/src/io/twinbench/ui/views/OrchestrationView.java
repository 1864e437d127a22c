package io.twinbench.ui.views;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
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
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import io.twinbench.orchestrate.LoopSchedules;
import io.twinbench.orchestrate.LoopStage;
import io.twinbench.store.Orchestrations;
import io.twinbench.store.TwinStore;
import io.twinbench.ui.session.TwinWorkspace;

/**
 * Where each endpoint is in the orchestration loop (simulating, trying a plan on its twin,
 * waiting for approval, rolling out, monitoring), what waits for the analyst first, updated live;
 * for the selected one, its way through the loop. The workbench's collector runs the loop; this
 * view reads it and attaches or removes scenarios, or makes one due now.
 */
public final class OrchestrationView extends ViewPart {

    public static final String ID = "io.twinbench.ui.views.orchestration";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private static final long REFRESH_MILLIS = 2_000;

    private Label summary;
    private TableViewer table;
    private Text history;
    private TwinWorkspace workspace;
    private Job refresh;
    private Action runNow;
    private Action remove;
    private volatile Orchestrations.Schedule shown;

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
        table.setComparer(new SameIdentity(e -> e instanceof Orchestrations.Schedule s ? s.endpointId() + "\n" + s.scenarioName() : e));
        Class<Orchestrations.Schedule> rows = Orchestrations.Schedule.class;
        TableColumns.add(table, rows, "Endpoint", 150, Orchestrations.Schedule::endpointId);
        TableColumns.add(table, rows, "In the loop", 150, s -> (LoopStage.waitsForAnalyst(s.stage()) ? "▶ " : "") + s.stage(),
                s -> LoopStage.waitsForAnalyst(s.stage()) ? table.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
        TableColumns.add(table, rows, "Scenario", 150, Orchestrations.Schedule::scenarioName);
        TableColumns.add(table, rows, "Next run", 100, s -> TIME.format(s.nextDue()));
        TableColumns.add(table, rows, "Plan", 200, s -> s.planId() == null ? "" : s.planId());
        TableColumns.add(table, rows, "Rollout", 200, s -> s.rolloutId() == null ? "" : s.rolloutId());
        TableColumns.add(table, rows, "Last word", 520, s -> s.detail() == null ? "" : s.detail());
        history = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        history.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        history.setText("Select an endpoint to see its way through the loop.");
        sash.setWeights(55, 45);
        table.addSelectionChangedListener(e -> {
            shown = selected();
            runNow.setEnabled(shown != null && (LoopStage.WAITING.equals(shown.stage()) || LoopStage.NEEDS_ATTENTION.equals(shown.stage())));
            remove.setEnabled(shown != null);
            refresh.schedule();
        });
        Action add = ViewActions.of("Attach Scenario…", "Run a scenario on an endpoint's twin on a schedule; an issue it finds becomes a plan to approve",
                this::attach);
        runNow = ViewActions.of("Run Now", "Make the selected schedule due now", () -> order(s -> schedules(s).runNow(shown.endpointId(), shown.scenarioName(),
                user())));
        remove = ViewActions.of("Remove…", "Stop running the selected scenario on its endpoint", () -> {
            if (shown != null && MessageDialog.openConfirm(getSite().getShell(), "Remove the schedule", "Stop running '" + shown.scenarioName()
                    + "' on " + shown.endpointId() + "? A plan or rollout it made stays.")) {
                order(s -> schedules(s).remove(shown.endpointId(), shown.scenarioName()));
            }
        });
        runNow.setEnabled(false);
        remove.setEnabled(false);
        for (Action a : List.of(add, runNow, remove)) {
            getViewSite().getActionBars().getToolBarManager().add(a);
            getViewSite().getActionBars().getMenuManager().add(a);
        }
        refresh = new Job("Reading the orchestration loop") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                TwinStore store = store().orElse(null);
                List<Orchestrations.Schedule> all = List.of();
                String problem = null;
                String text = null;
                Orchestrations.Schedule selected = shown;
                try {
                    if (store != null) {
                        all = store.orchestrations().all().stream().sorted(Comparator.comparingInt((Orchestrations.Schedule s) ->
                                LoopStage.urgency(s.stage())).thenComparing(Orchestrations.Schedule::endpointId)).toList();
                        if (selected != null) {
                            StringBuilder b = new StringBuilder();
                            for (Orchestrations.Event e : store.orchestrations().events(selected.endpointId(), 200)) {
                                b.append(TIME.format(e.at())).append("  ").append(e.scenarioName()).append("  ").append(e.stage()).append(": ")
                                        .append(e.detail()).append('\n');
                            }
                            text = b.toString();
                        }
                    }
                } catch (RuntimeException e) {
                    problem = "Cannot read the orchestration loop: " + e.getMessage();
                }
                List<Orchestrations.Schedule> rows = all;
                String readProblem = problem;
                String historyText = text;
                UiThread.async(table.getControl(), () -> show(rows, historyText, readProblem));
                if (!monitor.isCanceled()) {
                    schedule(REFRESH_MILLIS);
                }
                return Status.OK_STATUS;
            }
        };
        refresh.setSystem(true);
        refresh.schedule();
    }

    private void show(List<Orchestrations.Schedule> all, String historyText, String problem) {
        table.setInput(all);
        long waiting = all.stream().filter(s -> LoopStage.waitsForAnalyst(s.stage())).count();
        summary.setText(problem != null ? problem : all.isEmpty()
                ? "No endpoint is in the loop: Attach Scenario… runs a scenario on an endpoint's twin on a schedule (or ./twinbench orchestrate add)."
                : all.size() + " schedule(s); " + (waiting == 0 ? "nothing waits for you." : waiting + " wait(s) for you (▶, listed first): approve the plan"
                        + " in the Plans view, or read why it needs attention."));
        Color red = summary.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
        summary.setForeground(problem != null || waiting > 0 ? red : summary.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        summary.getParent().layout(true);
        if (historyText != null && !historyText.equals(history.getText())) {
            history.setText(historyText);
            history.setTopIndex(history.getLineCount());
        }
    }

    /** Asks for the endpoint, the scenario file and how often; what is wrong reaches the analyst as a message. */
    private void attach() {
        Optional<TwinStore> store = store();
        if (store.isEmpty()) {
            return;
        }
        InputDialog endpoint = new InputDialog(getSite().getShell(), "Attach a scenario", "Which endpoint's twin (its agent id)?",
                shown == null ? "" : shown.endpointId(), t -> t == null || t.isBlank() ? "Name an endpoint." : null);
        if (endpoint.open() != Window.OK) {
            return;
        }
        org.eclipse.swt.widgets.FileDialog file = new org.eclipse.swt.widgets.FileDialog(getSite().getShell(), SWT.OPEN);
        file.setText("The scenario to run (YAML or JSON)");
        file.setFilterExtensions(new String[] {"*.yaml;*.yml;*.json", "*"});
        String chosen = file.open();
        if (chosen == null) {
            return;
        }
        InputDialog every = new InputDialog(getSite().getShell(), "Attach a scenario", "How often (30m, 6h, 1d)?", "6h", t -> {
            try {
                LoopSchedules.period(t);
                return null;
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        });
        if (every.open() != Window.OK) {
            return;
        }
        java.time.Duration period = LoopSchedules.period(every.getValue());
        java.nio.file.Path path = java.nio.file.Path.of(chosen);
        order(s -> {
            try {
                schedules(s).add(endpoint.getValue().trim(), path.getFileName().toString(), io.twinbench.remedy.plan.YamlFields.readAll(path), period,
                        null, user());
            } catch (java.io.IOException | io.twinbench.sim.scenario.ScenarioFormatException | io.twinbench.rollout.spec.RolloutSpecException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        });
    }

    private interface Order {
        void give(TwinStore store);
    }

    private void order(Order order) {
        Optional<TwinStore> store = store();
        if (store.isEmpty()) {
            return;
        }
        try {
            order.give(store.get());
        } catch (IllegalArgumentException e) {
            MessageDialog.openError(getSite().getShell(), "Orchestration loop", e.getMessage());
        }
        refresh.schedule();
    }

    private static LoopSchedules schedules(TwinStore store) {
        return new LoopSchedules(store, Clock.systemUTC());
    }

    private Orchestrations.Schedule selected() {
        return ((IStructuredSelection) table.getSelection()).getFirstElement() instanceof Orchestrations.Schedule s ? s : null;
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

    /** What the history pane shows (for tests). */
    public String historyText() {
        return history.getText();
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
