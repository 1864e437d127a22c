package io.twinbench.ui.charts;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import io.twinbench.model.twin.Twin;
import io.twinbench.sim.image.TwinImage;
import io.twinbench.sim.image.TwinImageRegistry;
import io.twinbench.sim.image.TwinImageRequests;
import io.twinbench.sim.run.TwinLimits;
import io.twinbench.sim.scenario.Phase;
import io.twinbench.sim.scenario.Scenario;
import io.twinbench.sim.scenario.ScenarioFormatException;
import io.twinbench.sim.scenario.ScenarioReader;
import io.twinbench.sim.simulate.PhaseResult;
import io.twinbench.sim.simulate.Recommendation;
import io.twinbench.sim.simulate.Recommender;
import io.twinbench.sim.simulate.EndpointBaseline;
import io.twinbench.sim.simulate.TwinRecommendations;
import io.twinbench.sim.simulate.SimulationReport;
import io.twinbench.sim.simulate.SimulationReportWriter;
import io.twinbench.sim.simulate.SimulationRunner;
import io.twinbench.store.TwinSummary;
import io.twinbench.ui.session.TwinWorkspace;

/**
 * Runs a scenario on a twin as a job with progress and cancel, charts its CPU and memory live
 * from the twin's control groups, and shows the report: each phase's figures, what saturated
 * first, and what the threats met. The report can be saved as HTML or JSON.
 */
public final class SimulationView extends ViewPart {

    public static final String ID = "io.twinbench.ui.charts.simulation";

    private TwinWorkspace workspace;
    private Combo twin;
    private Text scenarioPath;
    private Button run;
    private Button recommend;
    private Button cancel;
    private Button save;
    private Label status;
    private Canvas canvas;
    private TableViewer phases;
    private List<TwinSummary> twins = List.of();
    private final List<SimulationCharts.Point> points = new ArrayList<>();
    private volatile String phaseName;
    private volatile double memoryLimitMiB = 1024;
    private volatile Job job;
    private volatile SimulationReport report;
    private boolean engineHint;
    private static final String FIRST_HINT = "Run a scenario on a fresh, confined twin: its CPU and memory are charted here as it runs.";

    @Override
    public void createPartControl(Composite parent) {
        workspace = getSite().getService(TwinWorkspace.class);
        parent.setLayout(new GridLayout(1, false));
        Composite controls = new Composite(parent, SWT.NONE);
        controls.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        controls.setLayout(new GridLayout(9, false));
        new Label(controls, SWT.NONE).setText("Twin:");
        twin = new Combo(controls, SWT.READ_ONLY);
        twin.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        new Label(controls, SWT.NONE).setText("Scenario:");
        scenarioPath = new Text(controls, SWT.BORDER);
        scenarioPath.setMessage("a YAML or JSON scenario, e.g. docs/scenarios/saturation.yaml");
        scenarioPath.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button browse = new Button(controls, SWT.PUSH);
        browse.setText("Browse…");
        browse.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] {"*.yaml;*.yml;*.json", "*"});
            String file = dialog.open();
            if (file != null) {
                scenarioPath.setText(file);
            }
        });
        recommend = new Button(controls, SWT.CHECK);
        recommend.setText("Check recommendations");
        recommend.setToolTipText("After the run, recommend changes for what saturated, check each by running the scenario again on a twin with it,"
                + " and record them in the twin");
        run = new Button(controls, SWT.PUSH);
        run.setText("Run");
        run.addListener(SWT.Selection, e -> {
            int index = twin.getSelectionIndex();
            if (index < 0) {
                showStatus("Choose a twin with an image (Twin Images view, Build Image…).", true);
            } else {
                run(twins.get(index).id(), Path.of(scenarioPath.getText().strip()));
            }
        });
        cancel = new Button(controls, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.setEnabled(false);
        cancel.addListener(SWT.Selection, e -> {
            Job running = job;
            if (running != null) {
                running.cancel();
            }
        });
        save = new Button(controls, SWT.PUSH);
        save.setText("Save Report…");
        save.setEnabled(false);
        save.addListener(SWT.Selection, e -> saveReport());
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        status.setText(FIRST_HINT);
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        GridData chartData = new GridData(SWT.FILL, SWT.FILL, true, true);
        chartData.heightHint = 260;
        canvas.setLayoutData(chartData);
        canvas.addPaintListener(e -> paint(e.gc));
        phases = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER);
        phases.getTable().setHeaderVisible(true);
        phases.getTable().setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 160;
        phases.getTable().setLayoutData(tableData);
        phases.setContentProvider(ArrayContentProvider.getInstance());
        column("Phase", 130, p -> p.phase());
        column("Seconds", 70, p -> String.format("%.1f", p.seconds()));
        column("Saturated", 190, p -> String.join("; ", p.saturated().stream().map(Object::toString).toList()));
        column("CPU mean", 90, p -> String.format("%.0f %%", p.cpuMeanPercent()));
        column("CPU max", 85, p -> String.format("%.0f %%", p.cpuMaxPercent()));
        column("Endpoint's usual CPU", 175, p -> {
            SimulationReport shown = report;
            EndpointBaseline endpoint = shown == null ? null : shown.endpoint();
            return endpoint == null || endpoint.cpuSamples() == 0 ? ""
                    : String.format("p95 %.0f %%: %s", endpoint.cpuP95Percent(), p.cpuMeanPercent() > endpoint.cpuP95Percent() ? "beyond it" : "within it");
        });
        column("Memory peak", 110, p -> (p.memoryPeakBytes() >> 20) + " MiB");
        column("Processes", 90, p -> Long.toString(p.pidsPeak()));
        column("OOM kills", 85, p -> Long.toString(p.oomKills()));
        column("Scratch", 75, p -> p.scratchFullPercent() < 0 ? "?" : p.scratchFullPercent() + " %");
        column("Requests", 280, p -> p.requests() == null ? ""
                : String.format("%d/%d answered, %d failed, p99 %.0f ms", p.requests().answered(), p.requests().asked(), p.requests().failed(),
                        p.requests().p99Millis()));
        column("Threat findings", 360, p -> String.join("; ", p.threatFindings()));
        phases.setInput(List.of());
        refreshTwins();
        getSite().getPage().addSelectionListener(fleetSelection);
        workspace.addListener(engineWatch);
        fleetSelection.selectionChanged(null, getSite().getPage().getSelection(io.twinbench.ui.views.FleetView.ID));
        engineChanged(workspace.dockerStatus().orElse(null));
    }

    /** The twin selected in the Fleet view (or whose element is selected in a graph) is the one a run uses. */
    private final org.eclipse.ui.ISelectionListener fleetSelection = (part, selection) -> {
        if (!(selection instanceof org.eclipse.jface.viewers.IStructuredSelection s) || s.isEmpty()) {
            return;
        }
        Object first = s.getFirstElement();
        String id = first instanceof TwinSummary summary ? summary.id()
                : first instanceof org.eclipse.core.runtime.IAdaptable a && a.getAdapter(org.eclipse.emf.ecore.EObject.class) instanceof io.twinbench.model.twin.Element e
                        && e.getTwin() != null ? e.getTwin().getId() : null;
        if (id != null) {
            selectTwin(id);
        }
    };

    private final io.twinbench.ui.session.TwinWorkspaceListener engineWatch = new io.twinbench.ui.session.TwinWorkspaceListener() {
        @Override
        public void dockerStatusChanged(io.twinbench.sim.docker.DockerEngineStatus engine) {
            UiThreadAsync.run(run, () -> engineChanged(engine));
        }

        @Override
        public void fleetChanged(List<TwinSummary> fleet) {
            UiThreadAsync.run(twin, SimulationView.this::refreshTwins);
        }
    };

    /** Run needs an engine: without one it is off and the status line says how to get one. */
    private void engineChanged(io.twinbench.sim.docker.DockerEngineStatus engine) {
        boolean reachable = engine != null && engine.reachable();
        run.setEnabled(reachable && job == null);
        run.setToolTipText(reachable ? "Run the scenario on a fresh, confined twin of the chosen twin's image"
                : "No Docker engine: start one, or name it in Window > Preferences > Twinbench");
        if (reachable && engineHint) {
            engineHint = false;
            showStatus(FIRST_HINT, false);
        }
        // the engine's state replaces only the first hint or an earlier engine message, never a run's outcome
        if (!reachable && job == null && (status.getText().equals(FIRST_HINT) || engineHint)) {
            engineHint = true;
            showStatus(engine == null ? "Checking the Docker engine… Run is enabled once it answers."
                    : "No Docker engine answers at " + engine.endpoint() + (engine.problem() == null ? "" : " (" + engine.problem() + ")")
                            + ": start Docker, or name the engine in Window > Preferences > Twinbench. Run is enabled once it answers.", engine != null);
        }
    }

    /** Chooses the twin with this id in the list, if it is there. */
    public void selectTwin(String twinId) {
        if (twins.stream().noneMatch(t -> t.id().equals(twinId))) {
            refreshTwins(); // a twin selected as soon as it appeared, before this view heard of it
        }
        for (int i = 0; i < twins.size(); i++) {
            if (twins.get(i).id().equals(twinId)) {
                twin.select(i);
                return;
            }
        }
    }

    /** The twin a run would use, for tests. */
    public String chosenTwinId() {
        int index = twin.getSelectionIndex();
        return index < 0 || index >= twins.size() ? null : twins.get(index).id();
    }

    /** Whether Run is offered, for tests. */
    public boolean canRun() {
        return run.isEnabled();
    }

    @Override
    public void dispose() {
        getSite().getPage().removeSelectionListener(fleetSelection);
        if (workspace != null) {
            workspace.removeListener(engineWatch);
        }
        super.dispose();
    }

    private void column(String title, int width, java.util.function.Function<PhaseResult, String> text) {
        TableViewerColumn column = new TableViewerColumn(phases, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((PhaseResult) element);
            }
        });
    }

    /** Fills the twin list from the fleet. */
    public void refreshTwins() {
        twins = workspace.fleet();
        String selected = twin.getText();
        twin.removeAll();
        twins.forEach(t -> twin.add(t.name() + " (" + t.id() + ")"));
        if (!selected.isEmpty() && twin.indexOf(selected) >= 0) {
            twin.select(twin.indexOf(selected));
        } else if (!twins.isEmpty()) {
            twin.select(0);
        }
        twin.getParent().layout();
    }

    /** Why a scenario file could not be read, said so that the analyst knows what to do. */
    static String unreadable(Path file, IOException e) {
        if (file.toString().isBlank()) {
            return "Choose a scenario file first (Browse…), for example docs/scenarios/saturation.yaml.";
        }
        if (java.nio.file.Files.isDirectory(file)) {
            return file + " is a folder: choose a scenario file in it (.yaml, .yml or .json), for example docs/scenarios/saturation.yaml.";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "There is no scenario file " + file + ": check the path, or choose one with Browse….";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "The scenario file " + file + " cannot be read: you have no permission to read it.";
        }
        return "Cannot read the scenario file " + file + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /** Reads the scenario (a bad one is refused here, with its line and field) and runs it as a job; null when refused. */
    public Job run(String twinId, Path scenarioFile) {
        return run(twinId, scenarioFile, recommend.getSelection());
    }

    /** As {@link #run(String, Path)}, and with checkRecommendations the changes for what saturated, checked and recorded in the twin. */
    public Job run(String twinId, Path scenarioFile, boolean checkRecommendations) {
        engineHint = false;
        Scenario scenario;
        try {
            scenario = new ScenarioReader().read(scenarioFile);
        } catch (ScenarioFormatException e) {
            showStatus(e.getMessage(), true);
            return null;
        } catch (IOException e) {
            showStatus(unreadable(scenarioFile, e), true);
            return null;
        }
        synchronized (points) {
            points.clear();
        }
        report = null;
        phases.setInput(List.of());
        canvas.redraw();
        Job simulation = new Job("Simulating '" + scenario.name() + "' on " + twinId) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask("Simulating '" + scenario.name() + "' on " + twinId, scenario.phases().size() + 1);
                try {
                    monitor.subTask("Starting the twin");
                    var engine = workspace.dockerEngine();
                    TwinImage image = new TwinImageRegistry(engine, Clock.systemUTC()).list().stream().filter(i -> i.twinId().equals(twinId)).findFirst()
                            .orElseThrow(() -> new IllegalStateException("Twin " + twinId + " has no image yet: build one in the Twin Images view."));
                    Twin model = workspace.store().flatMap(s -> s.snapshots().latest(twinId)).orElse(null);
                    java.util.function.UnaryOperator<TwinLimits> allowed = workspace.store().map(io.twinbench.policy.service.PolicyTwinLimits::of)
                            .orElse(java.util.function.UnaryOperator.identity());
                    TwinLimits limits = allowed.apply(TwinImageRequests.limitsOnThisMachine(model));
                    memoryLimitMiB = limits.memoryBytes() / (double) (1 << 20);
                    UiThreadAsync.run(status, () -> showStatus("Running on " + image.reference() + " (" + limits.summary() + ")…", false));
                    SimulationRunner runner = new SimulationRunner(engine, Clock.systemUTC(), Duration.ofMillis(500));
                    SimulationReport done = runner.run(image, limits, scenario,
                            new SimulationRunner.Progress() {
                                @Override
                                public void phaseStarted(int index, Phase phase) {
                                    phaseName = phase.name();
                                    monitor.worked(1);
                                    monitor.subTask("Phase " + (index + 1) + " of " + scenario.phases().size() + ": " + phase.name());
                                }

                                @Override
                                public void reading(double seconds, double cpuPercent, long memoryBytes, long pids) {
                                    synchronized (points) {
                                        points.add(new SimulationCharts.Point(seconds, cpuPercent, memoryBytes / (double) (1 << 20), pids));
                                    }
                                    UiThreadAsync.run(canvas, canvas::redraw);
                                }
                            }, monitor::isCanceled);
                    if (checkRecommendations) {
                        monitor.subTask("Checking recommendations: the scenario again on a twin with each change");
                        done = done.withRecommendations(new Recommender(runner, TwinLimits.hostCores(), TwinLimits.hostMemory(), allowed).recommend(image, limits, scenario, done,
                                monitor::isCanceled));
                        // into the twin as it is now, not as it was when the run began
                        SimulationReport checked = done;
                        if (workspace.store().map(store -> TwinRecommendations.recordInLatest(store, twinId, checked, new java.util.Date()).isPresent())
                                .orElse(false)) {
                            workspace.refreshFleet();
                        }
                    }
                    done = done.withEndpoint(workspace.store()
                            .flatMap(store -> EndpointBaseline.of(store.telemetry(), twinId, java.time.Instant.now(), EndpointBaseline.WINDOW)).orElse(null));
                    report = done;
                    SimulationReport shown = done;
                    UiThreadAsync.run(status, () -> showReport(shown));
                    return Status.OK_STATUS;
                } catch (java.util.concurrent.CancellationException e) {
                    UiThreadAsync.run(status, () -> showStatus("Cancelled; the twin container was removed.", false));
                    return Status.CANCEL_STATUS;
                } catch (Exception e) {
                    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    UiThreadAsync.run(status, () -> showStatus(reason, true));
                    return Status.OK_STATUS;
                } finally {
                    phaseName = null;
                    UiThreadAsync.run(run, () -> {
                        job = null;
                        run.setEnabled(workspace.dockerStatus().map(io.twinbench.sim.docker.DockerEngineStatus::reachable).orElse(true));
                        cancel.setEnabled(false);
                    });
                    monitor.done();
                }
            }
        };
        simulation.setUser(true);
        run.setEnabled(false);
        cancel.setEnabled(true);
        save.setEnabled(false);
        job = simulation;
        simulation.schedule();
        return simulation;
    }

    private void showReport(SimulationReport done) {
        phases.setInput(done.phases());
        StringBuilder text = new StringBuilder(done.bottleneck() == null ? "Done: no resource saturated."
                : String.format("Bottleneck: %s saturated first, %.1f s in, during “%s” (%s). Measuring cost %.2f %% of one core.",
                        done.bottleneck().resource(), done.bottleneck().atSeconds(), done.bottleneck().phase(), done.bottleneck().load(),
                        done.measurementCpuPercent()));
        if (done.endpoint() == null) {
            text.append("\nThe store has no CPU or memory telemetry of this endpoint from the last ").append(EndpointBaseline.WINDOW.toHours())
                    .append(" hours to set the run beside.");
        } else {
            text.append(String.format("\nThe live endpoint over the last %d hours: CPU %.0f %% (95th percentile %.0f %%), memory in use %d MiB (95th percentile %d MiB).",
                    EndpointBaseline.WINDOW.toHours(), done.endpoint().cpuMeanPercent(), done.endpoint().cpuP95Percent(), done.endpoint().memoryMeanBytes() >> 20,
                    done.endpoint().memoryP95Bytes() >> 20));
        }
        for (Recommendation r : done.recommendations()) {
            text.append("\nRecommended: ").append(r.change()).append(r.verified() ? " (checked: relieves it; " : " (does not relieve it; ")
                    .append(r.before()).append(" → ").append(r.after()).append(")");
        }
        showStatus(text.toString(), false);
        save.setEnabled(true);
    }

    private void saveReport() {
        SimulationReport current = report;
        if (current == null) {
            return;
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*.html", "*.json"});
        dialog.setFileName("simulation.html");
        String file = dialog.open();
        if (file == null) {
            return;
        }
        try (Writer out = Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8)) {
            if (file.endsWith(".json")) {
                SimulationReportWriter.json(current, out);
            } else {
                SimulationReportWriter.html(current, out);
            }
            showStatus("Saved the report to " + file, false);
        } catch (IOException e) {
            showStatus("Cannot save " + file + ": " + e.getMessage(), true);
        }
    }

    private void showStatus(String text, boolean error) {
        status.setText(text);
        status.setForeground(status.getDisplay().getSystemColor(error ? SWT.COLOR_DARK_RED : SWT.COLOR_WIDGET_FOREGROUND));
        status.getParent().layout();
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        if (area.width < 50 || area.height < 50) {
            return;
        }
        List<SimulationCharts.Point> copy;
        synchronized (points) {
            copy = List.copyOf(points);
        }
        int half = area.width / 2;
        draw(gc, ChartImages.render(SimulationCharts.cpu(copy, phaseName, half, area.height), half, area.height), 0);
        draw(gc, ChartImages.render(SimulationCharts.memory(copy, memoryLimitMiB, area.width - half, area.height), area.width - half, area.height), half);
    }

    private void draw(GC gc, ImageData data, int x) {
        Image image = new Image(gc.getDevice(), data);
        try {
            gc.drawImage(image, x, 0);
        } finally {
            image.dispose();
        }
    }

    public String statusText() {
        return status.getText();
    }

    public SimulationReport report() {
        return report;
    }

    public int readingsCharted() {
        synchronized (points) {
            return points.size();
        }
    }

    public TableViewer phasesViewer() {
        return phases;
    }

    @Override
    public void setFocus() {
        scenarioPath.setFocus();
    }

    /** Runs on the widget's display thread unless it was disposed. */
    private static final class UiThreadAsync {
        static void run(org.eclipse.swt.widgets.Control control, Runnable body) {
            if (control.isDisposed()) {
                return;
            }
            control.getDisplay().asyncExec(() -> {
                if (!control.isDisposed()) {
                    body.run();
                }
            });
        }
    }
}
