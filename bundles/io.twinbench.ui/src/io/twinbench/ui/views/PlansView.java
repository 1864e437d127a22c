package io.twinbench.ui.views;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import io.twinbench.change.PlanCatalog;
import io.twinbench.change.PlanStatus;
import io.twinbench.change.WorkspaceTrust;
import io.twinbench.store.PlanDeliveries;
import io.twinbench.store.TwinStore;
import io.twinbench.ui.session.TwinWorkspace;

/**
 * The workspace's plans and where each stands (draft, tested or failed on twin, approved, signed,
 * delivered, applied, rolled back, refused), and below them every endpoint's delivery of the
 * selected plan (of all plans when none is selected) as its agent reports it, updated live; the
 * detail shows what the selection changes, its twin runs step by step, its signers and each
 * endpoint's progress action by action. From here a plan is written or added from a file, tried
 * on a twin, approved by signing, pushed, and rolled back on an endpoint; the long steps run as
 * jobs with progress and cancel.
 */
public final class PlansView extends ViewPart {

    public static final String ID = "io.twinbench.ui.views.plans";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final long REFRESH_MILLIS = 2_000;

    private Label summary;
    private TableViewer library;
    private TableViewer table;
    private Text detail;
    private TwinWorkspace workspace;
    private Job refresh;
    private Action rollback;
    private Action edit;
    private Action twinRun;
    private Action approve;
    private Action push;
    /** The plan whose deliveries and detail show (set on the UI thread, read by the refresh job). */
    private volatile String shownPlan;

    @Override
    public void createPartControl(Composite parent) {
        workspace = getSite().getService(TwinWorkspace.class);
        parent.setLayout(new GridLayout(1, false));
        summary = new Label(parent, SWT.WRAP);
        summary.setLayoutData(WrappingLayout.cell());
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        library = new TableViewer(sash, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        library.getTable().setHeaderVisible(true);
        library.setContentProvider(ArrayContentProvider.getInstance());
        library.setComparer(new org.eclipse.jface.viewers.IElementComparer() {
            @Override
            public boolean equals(Object a, Object b) {
                return a instanceof PlanStatus x && b instanceof PlanStatus y ? x.planId().equals(y.planId()) : java.util.Objects.equals(a, b);
            }

            @Override
            public int hashCode(Object element) {
                return element instanceof PlanStatus p ? p.planId().hashCode() : element.hashCode();
            }
        });
        TableColumns.add(library, PlanStatus.class, "Plan", 140, PlanStatus::planId);
        TableColumns.add(library, PlanStatus.class, "Title", 240, s -> s.draft().title());
        TableColumns.add(library, PlanStatus.class, "State", 400, PlanStatus::describeState, this::colour);
        TableColumns.add(library, PlanStatus.class, "Endpoints", 130, s -> String.join(", ", s.endpoints()));
        TableColumns.add(library, PlanStatus.class, "Next", 300, PlanStatusText::next);
        TableColumns.add(library, PlanStatus.class, "Changed", 110, s -> TIME.format(s.draft().updated()));
        library.addSelectionChangedListener(e -> planSelected());
        // below the plans, side by side: the selected plan's deliveries and the detail of what is selected
        SashForm below = new SashForm(sash, SWT.HORIZONTAL);
        table = new TableViewer(below, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        table.getTable().setHeaderVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        // a delivery is the same row however its state changed (records holding the envelope's bytes never compare equal)
        table.setComparer(new org.eclipse.jface.viewers.IElementComparer() {
            @Override
            public boolean equals(Object a, Object b) {
                return a instanceof PlanDeliveries.Delivery x && b instanceof PlanDeliveries.Delivery y ? same(x, y) : java.util.Objects.equals(a, b);
            }

            @Override
            public int hashCode(Object element) {
                return element instanceof PlanDeliveries.Delivery d ? java.util.Objects.hash(d.agentId(), d.planId(), d.version()) : element.hashCode();
            }
        });
        Class<PlanDeliveries.Delivery> rows = PlanDeliveries.Delivery.class;
        TableColumns.add(table, rows, "Endpoint", 100, PlanDeliveries.Delivery::agentId);
        TableColumns.add(table, rows, "State", 170, PlansView::state, d -> colour(d));
        TableColumns.add(table, rows, "Updated", 110, d -> TIME.format(d.updated()));
        TableColumns.add(table, rows, "Plan", 130, PlanDeliveries.Delivery::planId);
        TableColumns.add(table, rows, "Version", 90, d -> Long.toString(d.version()));
        TableColumns.add(table, rows, "Title", 240, PlanDeliveries.Delivery::title);
        detail = new Text(below, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.WRAP | SWT.BORDER);
        detail.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        detail.setText("Select a plan to see what it changes, its twin runs and the endpoints' progress.");
        below.setWeights(40, 60);
        sash.setWeights(40, 60);
        table.addSelectionChangedListener(e -> selectionChanged());
        rollback = new Action("Roll Back…") {
            @Override
            public void run() {
                rollBack();
            }
        };
        rollback.setToolTipText("Order the selected endpoint to undo this plan (sent when its agent is connected)");
        rollback.setEnabled(false);
        Action write = action("New Plan…", "Write a plan in the editor; the schema's errors are marked as you type", this::newPlan);
        Action add = action("Add from File…", "Add a plan file (YAML or JSON) and the artifacts beside it to the workspace", this::addFromFile);
        Action fromSimulation = action("From Simulation…", "A draft from the recommendations a twin's newest simulation checked, with their figures",
                this::fromSimulation);
        edit = action("Edit…", "Edit the selected plan; a changed text must be tried and approved again", this::editPlan);
        twinRun = action("Try on Twin…", "Run the plan on fresh executable twins with the agent's own code, its checks included", this::tryOnTwin);
        approve = action("Approve…", "Approve the plan by signing it with your key (after a passing twin run, or with a written reason)", this::approvePlan);
        push = action("Push", "Send the signed plan to its endpoints' agents (they verify it first)", this::pushPlan);
        var toolbar = getViewSite().getActionBars().getToolBarManager();
        var menu = getViewSite().getActionBars().getMenuManager();
        for (Action a : List.of(write, add, fromSimulation, edit, twinRun, approve, push, rollback)) {
            toolbar.add(a);
            menu.add(a);
        }
        enablePlanActions(null);
        refresh = new Job("Reading plans") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                TwinStore store = store().orElse(null);
                String plan = shownPlan;
                List<PlanStatus> plans = List.of();
                String problem = null;
                List<PlanDeliveries.Delivery> everything = store == null ? List.of() : store.plans().all();
                if (store != null) {
                    try {
                        plans = catalog(store).statuses(everything);
                    } catch (java.io.IOException | RuntimeException e) {
                        problem = e.getMessage();
                    }
                }
                List<PlanDeliveries.Delivery> all = plan == null ? everything : everything.stream().filter(d -> d.planId().equals(plan)).toList();
                PlanDeliveries.Delivery wanted = shownDetail;
                String text = store == null ? null : wanted != null ? all.stream().filter(d -> same(d, wanted)).findFirst()
                        .map(d -> detailOf(store, d)).orElse(null)
                        : plans.stream().filter(p -> p.planId().equals(plan)).findFirst()
                                .map(p -> PlanStatusText.of(p, changesOnTwins(store, p))).orElse(null);
                List<PlanStatus> statuses = plans;
                String readProblem = problem;
                UiThread.async(table.getControl(), () -> {
                    showPlans(statuses, readProblem);
                    show(all, wanted, text);
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

    private java.util.Optional<TwinStore> store() {
        return workspace == null ? java.util.Optional.empty() : workspace.store();
    }

    private org.eclipse.swt.graphics.Color colour(PlanDeliveries.Delivery d) {
        return switch (d.state()) {
            case "rolled-back", "refused" -> table.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
            case "confirmed" -> table.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN);
            default -> null;
        };
    }

    private org.eclipse.swt.graphics.Color colour(PlanStatus p) {
        return switch (p.state()) {
            case ROLLED_BACK, REFUSED, FAILED_ON_TWIN -> table.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
            case APPLIED, SIGNED, TESTED -> table.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN);
            default -> null;
        };
    }

    static String state(PlanDeliveries.Delivery d) {
        String state = switch (d.state()) {
            case "pending" -> "waiting for the agent";
            case "awaiting-confirmation" -> "applied, confirming";
            case "rolled-back" -> "rolled back";
            default -> d.state();
        };
        return d.rollbackReason() != null && !d.state().equals("rolled-back") ? state + ", rollback ordered" : state;
    }

    /** Rows replaced in place, the selection kept on the same endpoint and plan version; the detail read for it with them. */
    private void show(List<PlanDeliveries.Delivery> deliveries, PlanDeliveries.Delivery detailFor, String detailText) {
        if (table.getControl().isDisposed()) {
            return;
        }
        PlanDeliveries.Delivery selected = selected();
        // new rows are not a new choice: the selection events they cause must not start another read
        replacingRows = true;
        try {
            table.setInput(deliveries);
            if (selected != null) {
                deliveries.stream().filter(d -> same(d, selected)).findFirst().ifPresent(d -> table.setSelection(new StructuredSelection(d)));
            }
        } finally {
            replacingRows = false;
        }
        long waiting = deliveries.stream().filter(d -> d.state().equals("pending")).count();
        long failed = deliveries.stream().filter(d -> d.state().equals("rolled-back") || d.state().equals("refused")).count();
        summary.setText((planCount == 0 ? "No plans in this workspace yet: write one (New Plan…) or add a file; try the whole loop on the lab"
                + " (./twinbench lab up). " : planCount + (planCount == 1 ? " plan. " : " plans. ")) + (deliveries.isEmpty() ? "" : deliveries.size() + " deliveries"
                + (shownPlan == null ? "" : " of " + shownPlan) + ": " + waiting + " waiting for their agent, " + failed + " rolled back or refused."));
        summary.getParent().layout(true);
        PlanDeliveries.Delivery now = selected();
        enableRollback(now);
        boolean planShown = now == null && detailFor == null && shownPlan != null && selectedPlan() != null;
        if (detailText != null && (planShown || now != null && detailFor != null && same(now, detailFor)) && !detailText.equals(detail.getText())) {
            int top = detail.getTopIndex();
            detail.setText(detailText);
            detail.setTopIndex(top);
        }
    }

    private static boolean same(PlanDeliveries.Delivery a, PlanDeliveries.Delivery b) {
        return a.agentId().equals(b.agentId()) && a.planId().equals(b.planId()) && a.version() == b.version();
    }

    private PlanDeliveries.Delivery selected() {
        return ((IStructuredSelection) table.getSelection()).getFirstElement() instanceof PlanDeliveries.Delivery d ? d : null;
    }

    /** The row whose detail the next refresh reads (set on the UI thread, read by the refresh job). */
    private volatile PlanDeliveries.Delivery shownDetail;

    private boolean replacingRows;

    private void selectionChanged() {
        PlanDeliveries.Delivery d = selected();
        PlanDeliveries.Delivery before = shownDetail;
        if (replacingRows || d != null && before != null && same(d, before)) {
            return; // the same row after a refresh: its detail comes with the next one
        }
        shownDetail = d;
        enableRollback(d);
        if (d == null) {
            detail.setText(selectedPlan() != null ? "Reading " + selectedPlan().planId() + "…"
                    : "Select a plan to see what it changes, its twin runs and the endpoints' progress.");
            readNow();
            return;
        }
        if (!detail.getText().startsWith(d.title() + "  (" + d.planId() + " version " + d.version() + " on " + d.agentId() + ")")) {
            detail.setText("Reading " + d.planId() + " on " + d.agentId() + "…");
        }
        // the reports, twin runs and signers are read by the refresh job, never on the UI thread
        readNow();
    }

    /** What the shown plan changes on its endpoints' twins, read again only when the plan's text or a twin changed. */
    private java.util.Map<String, List<String>> changesOnTwins(TwinStore store, PlanStatus status) {
        if (status.plan() == null) {
            return java.util.Map.of();
        }
        PlanCatalog catalog = catalog(store);
        String key = status.digest() + "@" + catalog.twinsVersions(status.plan());
        if (!key.equals(twinChangesKey)) {
            twinChanges = catalog.changesOnTwins(status.plan());
            twinChangesKey = key;
        }
        return twinChanges;
    }

    /** Read and written by the refresh job only. */
    private String twinChangesKey;
    private java.util.Map<String, List<String>> twinChanges = java.util.Map.of();

    private void readNow() {
        if (refresh.getState() == Job.SLEEPING) {
            refresh.wakeUp();
        } else {
            refresh.schedule();
        }
    }

    private int planCount;

    private void showPlans(List<PlanStatus> statuses, String problem) {
        if (library.getControl().isDisposed()) {
            return;
        }
        PlanStatus selected = selectedPlan();
        replacingRows = true;
        try {
            library.setInput(statuses);
            if (selected != null) {
                statuses.stream().filter(p -> p.planId().equals(selected.planId())).findFirst()
                        .ifPresent(p -> library.setSelection(new StructuredSelection(p)));
            }
        } finally {
            replacingRows = false;
        }
        planCount = statuses.size();
        enablePlanActions(selectedPlan());
        if (problem != null) {
            summary.setText("The plans cannot be read: " + problem);
        }
    }

    private PlanStatus selectedPlan() {
        return ((IStructuredSelection) library.getSelection()).getFirstElement() instanceof PlanStatus p ? p : null;
    }

    private void planSelected() {
        if (replacingRows) {
            return;
        }
        PlanStatus p = selectedPlan();
        String id = p == null ? null : p.planId();
        if (java.util.Objects.equals(id, shownPlan)) {
            return;
        }
        shownPlan = id;
        shownDetail = null;
        table.setSelection(StructuredSelection.EMPTY);
        enablePlanActions(p);
        detail.setText(p == null ? "Select a plan to see what it changes, its twin runs and the endpoints' progress." : "Reading " + p.planId() + "…");
        readNow();
    }

    private void enablePlanActions(PlanStatus p) {
        boolean reads = p != null && p.error() == null;
        edit.setEnabled(p != null);
        twinRun.setEnabled(reads && p.state().ordinal() <= io.twinbench.change.PlanState.FAILED_ON_TWIN.ordinal());
        approve.setEnabled(reads && p.state().ordinal() <= io.twinbench.change.PlanState.APPROVED.ordinal());
        push.setEnabled(reads && PlanStatusText.mayPush(p));
    }

    private static Action action(String label, String tooltip, Runnable run) {
        Action action = new Action(label) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setToolTipText(tooltip);
        return action;
    }

    private io.twinbench.ui.preferences.TwinbenchPreferences preferences() {
        return io.twinbench.ui.preferences.TwinbenchPreferences.fromInstanceScope();
    }

    private WorkspaceTrust trust() {
        return WorkspacePlans.trust();
    }

    private PlanCatalog catalog(TwinStore store) {
        return WorkspacePlans.catalog(store);
    }

    /** Runs a change to the workspace's plans as a job; its error reaches the analyst as a message, and the view re-reads. */
    private void inJob(String name, java.util.function.Function<IProgressMonitor, String> work) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                String done;
                try {
                    done = work.apply(monitor);
                } catch (RuntimeException e) {
                    String message = e.getMessage() == null ? e.toString() : e.getMessage();
                    UiThread.async(table.getControl(), () -> MessageDialog.openError(getSite().getShell(), name, message));
                    return Status.OK_STATUS;
                }
                if (done != null) {
                    UiThread.async(table.getControl(), () -> MessageDialog.openInformation(getSite().getShell(), name, done));
                }
                readNow();
                return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
            }

            @Override
            protected void canceling() {
                Thread thread = getThread();
                if (thread != null) {
                    thread.interrupt(); // a twin run waits on its container: stop waiting, the run removes it
                }
            }
        };
        job.setUser(true);
        job.schedule();
    }

    private TwinStore storeOrFail() {
        return store().orElseThrow(() -> new IllegalStateException("The workspace's store is not open yet."));
    }

    private void newPlan() {
        PlanEditorDialog editor = new PlanEditorDialog(getSite().getShell(), "new-plan", PlanEditorDialog.TEMPLATE);
        if (editor.open() == Window.OK) {
            saveEdited(editor, "written in the workbench");
        }
    }

    private void editPlan() {
        PlanStatus p = selectedPlan();
        if (p == null) {
            return;
        }
        PlanEditorDialog editor = new PlanEditorDialog(getSite().getShell(), p.planId(), p.draft().document());
        if (editor.open() == Window.OK && !editor.text().equals(p.draft().document())) {
            saveEdited(editor, p.draft().source().startsWith("edited") ? p.draft().source() : "edited in the workbench, " + p.draft().source());
        }
    }

    private void saveEdited(PlanEditorDialog editor, String source) {
        String text = editor.text();
        String id = editor.plan().id();
        inJob("Save plan " + id, monitor -> {
            try {
                catalog(storeOrFail()).save(id, text, source, System.getProperty("user.name"));
            } catch (io.twinbench.remedy.plan.PlanFormatException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            shownPlan = id;
            return null;
        });
    }

    private void addFromFile() {
        org.eclipse.swt.widgets.FileDialog files = new org.eclipse.swt.widgets.FileDialog(getSite().getShell(), SWT.OPEN);
        files.setFilterExtensions(new String[] {"*.yaml;*.yml;*.json", "*"});
        String file = files.open();
        if (file != null) {
            inJob("Add plan " + java.nio.file.Path.of(file).getFileName(), monitor -> {
                try {
                    shownPlan = catalog(storeOrFail()).importFile(java.nio.file.Path.of(file), System.getProperty("user.name")).id();
                } catch (io.twinbench.remedy.plan.PlanFormatException | java.io.IOException e) {
                    throw new IllegalArgumentException(e.getMessage(), e);
                }
                return null;
            });
        }
    }

    private void fromSimulation() {
        InputDialog ask = new InputDialog(getSite().getShell(), "Plan from a Simulation",
                "The twin whose newest simulation's checked recommendations the plan carries out (its endpoint's agent id):", "",
                text -> text == null || text.isBlank() ? "Name the twin." : null);
        if (ask.open() != Window.OK) {
            return;
        }
        String twin = ask.getValue().strip();
        org.eclipse.swt.widgets.FileDialog files = new org.eclipse.swt.widgets.FileDialog(getSite().getShell(), SWT.OPEN);
        files.setText("The scenario that simulation ran: twin runs of the plan run it again (Cancel: none)");
        files.setFilterExtensions(new String[] {"*.yaml;*.yml;*.json", "*"});
        String scenario = files.open();
        inJob("Plan from the simulation of " + twin, monitor -> {
            try {
                var draft = catalog(storeOrFail()).fromSimulation(twin, scenario == null ? null : java.nio.file.Path.of(scenario),
                        System.getProperty("user.name"));
                if (draft.isEmpty()) {
                    return "The twin " + twin + " holds no checked recommendation an endpoint can carry out. Run a simulation with"
                            + " recommendations (Simulation view) first.";
                }
                return "A draft with " + draft.get().actions() + " action(s) from simulation '" + draft.get().scenario() + "': read it (Edit…), add the checks"
                        + " that must hold, and try it on a twin." + (draft.get().leftOut().isEmpty() ? "" : "\n\nLeft out: "
                        + String.join("\n", draft.get().leftOut()));
            } catch (io.twinbench.remedy.plan.PlanFormatException | java.io.IOException | io.twinbench.sim.scenario.ScenarioFormatException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        });
    }

    private void tryOnTwin() {
        PlanStatus p = selectedPlan();
        if (p == null) {
            return;
        }
        String agentJar = System.getenv("TWINBENCH_AGENT_JAR");
        if (agentJar == null || !java.nio.file.Files.isRegularFile(java.nio.file.Path.of(agentJar))) {
            MessageDialog.openError(getSite().getShell(), "Try on Twin", "The agent jar that applies plans on twins is not known: start the workbench"
                    + " with ./twinbench from the checkout (it sets TWINBENCH_AGENT_JAR), or try it with ./twinbench plan twin-run.");
            return;
        }
        InputDialog ask = new InputDialog(getSite().getShell(), "Try " + p.planId() + " on Twins",
                "The twins whose images stand for the plan's endpoints (one per distinct image, separated by commas):",
                String.join(", ", p.plan().targets().endpoints()), text -> text == null || text.isBlank() ? "Name at least one twin." : null);
        if (ask.open() != Window.OK) {
            return;
        }
        List<String> twins = java.util.Arrays.stream(ask.getValue().split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        inJob("Try " + p.planId() + " on twins", monitor -> {
            monitor.beginTask("Trying " + p.planId(), twins.size());
            TwinStore store = storeOrFail();
            PlanCatalog plans = catalog(store);
            StringBuilder result = new StringBuilder();
            try {
                var plan = plans.plan(p.planId());
                var artifacts = plans.artifacts(plan);
                var scenario = plans.scenario(p.planId()).orElse(null);
                io.twinbench.change.PlanTwinRun runs = new io.twinbench.change.PlanTwinRun(workspace.dockerEngine(), store,
                        java.nio.file.Path.of(agentJar), java.nio.file.Path.of(System.getProperty("java.home")), java.time.Clock.systemUTC());
                for (String twin : twins) {
                    if (monitor.isCanceled()) {
                        result.append("cancelled before ").append(twin).append('\n');
                        break;
                    }
                    monitor.subTask("on a twin of " + twin + (scenario == null ? " (a fresh container; up to a few minutes)"
                            : ", then scenario '" + scenario.name() + "' on the twin as it was and as the plan left it"));
                    var outcome = runs.run(plan, twin, artifacts, scenario);
                    result.append(twin).append(": ").append(outcome.passed() ? "passed" : "FAILED — " + outcome.summary()).append('\n');
                    monitor.worked(1);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "Cancelled; the twin's container was removed.";
            } catch (io.twinbench.remedy.plan.PlanFormatException | java.io.IOException | io.twinbench.sim.scenario.ScenarioFormatException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            return result.toString().strip();
        });
    }

    private void approvePlan() {
        PlanStatus p = selectedPlan();
        if (p == null) {
            return;
        }
        java.nio.file.Path keys = WorkspacePlans.keysFolder();
        ApprovePlanDialog dialog = new ApprovePlanDialog(getSite().getShell(), p, keys);
        if (dialog.open() != Window.OK) {
            return;
        }
        char[] secret = dialog.passphrase();
        inJob("Approve " + p.planId(), monitor -> {
            try {
                var key = io.twinbench.remedy.trust.KeyFile.read(dialog.keyFile(), secret);
                var approval = catalog(storeOrFail()).approve(p.planId(), key, dialog.override(), dialog.validity(), null,
                        System.getProperty("user.name"));
                return "Signed version " + approval.version() + " of " + p.planId() + " as " + key.publicKey().name() + ".";
            } catch (java.io.IOException | io.twinbench.remedy.plan.PlanFormatException | io.twinbench.remedy.trust.TrustException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            } finally {
                java.util.Arrays.fill(secret, '\0');
            }
        });
    }

    private void pushPlan() {
        PlanStatus p = selectedPlan();
        if (p == null || !MessageDialog.openConfirm(getSite().getShell(), "Push " + p.planId(), "Send \"" + p.draft().title() + "\" to "
                + String.join(", ", p.endpoints()) + "? Each agent verifies it, applies it, runs its checks and rolls it back by itself if one fails.")) {
            return;
        }
        inJob("Push " + p.planId(), monitor -> {
            try {
                catalog(storeOrFail()).push(p.planId(), System.getProperty("user.name"));
                return null; // the deliveries below show each endpoint's progress
            } catch (java.io.IOException | io.twinbench.remedy.plan.PlanFormatException | io.twinbench.remedy.trust.TrustException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        });
    }

    private void enableRollback(PlanDeliveries.Delivery d) {
        rollback.setEnabled(d != null && (d.state().equals("confirmed") || d.state().equals("awaiting-confirmation")) && d.rollbackReason() == null);
    }

    private String detailOf(TwinStore store, PlanDeliveries.Delivery d) {
        return PlanDetailText.of(d, trust().signerNames(d.envelope()), store.plans().reports(d.agentId(), d.planId(), d.version()),
                store.trials().ofPlan(d.planId()), store.trials().overridesOfPlan(d.planId()));
    }

    private void rollBack() {
        PlanDeliveries.Delivery d = selected();
        if (d == null) {
            return;
        }
        IInputValidator needed = text -> text == null || text.isBlank() ? "Say why: the reason is recorded with the plan." : null;
        InputDialog ask = new InputDialog(getSite().getShell(), "Roll Back " + d.planId() + " on " + d.agentId(),
                "Why should " + d.agentId() + " undo \"" + d.title() + "\"?", "", needed);
        if (ask.open() == Window.OK) {
            String reason = ask.getValue();
            inJob("Roll back " + d.planId() + " on " + d.agentId(), monitor -> {
                if (!rollBack(d, reason)) {
                    throw new IllegalStateException("The plan is no longer in the workspace.");
                }
                return null;
            });
        }
    }

    /** Orders the selected delivery rolled back with the analyst's reason; false when there is none. */
    public boolean rollBack(String reason) {
        return rollBack(selected(), reason);
    }

    private boolean rollBack(PlanDeliveries.Delivery d, String reason) {
        boolean ordered = d != null && store().map(s -> s.plans().orderRollback(d.agentId(), d.planId(), d.version(), reason.strip())).orElse(false);
        readNow();
        return ordered;
    }

    /** The deliveries: one row per endpoint and plan version. */
    public TableViewer viewer() {
        return table;
    }

    /** The workspace's plans. */
    public TableViewer plansViewer() {
        return library;
    }

    public String detailText() {
        return detail.getText();
    }

    public String summaryText() {
        return summary.getText();
    }

    @Override
    public void setFocus() {
        // focus on a table without a selection selects its first row (GTK): a plan or delivery chosen that way is not the analyst's choice
        (selectedPlan() != null ? library.getControl() : detail).setFocus();
    }

    @Override
    public void dispose() {
        if (refresh != null) {
            refresh.cancel();
        }
        super.dispose();
    }
}
