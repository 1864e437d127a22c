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

import io.twinbench.store.PlanDeliveries;
import io.twinbench.store.TwinStore;
import io.twinbench.ui.session.TwinWorkspace;

/**
 * Every signed plan pushed to endpoints, one row per endpoint: its state as the agent reported it
 * (pending, accepted, awaiting confirmation, confirmed, rolled back, refused), updated live; below,
 * what the plan changes, its twin runs or override, and the endpoint's progress action by action.
 * Roll Back orders an applied plan undone (sent when the agent is connected).
 */
public final class PlansView extends ViewPart {

    public static final String ID = "io.twinbench.ui.views.plans";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final long REFRESH_MILLIS = 2_000;

    private Label summary;
    private TableViewer table;
    private Text detail;
    private TwinWorkspace workspace;
    private Job refresh;
    private Action rollback;

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
        TableColumns.add(table, rows, "Endpoint", 110, PlanDeliveries.Delivery::agentId);
        TableColumns.add(table, rows, "Plan", 140, PlanDeliveries.Delivery::planId);
        TableColumns.add(table, rows, "Title", 280, PlanDeliveries.Delivery::title);
        TableColumns.add(table, rows, "State", 170, PlansView::state, d -> colour(d));
        TableColumns.add(table, rows, "Updated", 110, d -> TIME.format(d.updated()));
        TableColumns.add(table, rows, "Version", 90, d -> Long.toString(d.version()));
        detail = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        detail.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        sash.setWeights(45, 55);
        table.addSelectionChangedListener(e -> selectionChanged());
        rollback = new Action("Roll Back…") {
            @Override
            public void run() {
                rollBack();
            }
        };
        rollback.setToolTipText("Order the selected endpoint to undo this plan (sent when its agent is connected)");
        rollback.setEnabled(false);
        getViewSite().getActionBars().getToolBarManager().add(rollback);
        getViewSite().getActionBars().getMenuManager().add(rollback);
        refresh = new Job("Reading plans") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                TwinStore store = store().orElse(null);
                List<PlanDeliveries.Delivery> all = store == null ? List.of() : store.plans().all();
                PlanDeliveries.Delivery wanted = shownDetail;
                String text = store == null || wanted == null ? null : all.stream().filter(d -> same(d, wanted)).findFirst()
                        .map(d -> detailOf(store, d)).orElse(null);
                UiThread.async(table.getControl(), () -> show(all, wanted, text));
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
        summary.setText(deliveries.isEmpty() ? "No plan was pushed from this workspace. Sign one (./twinbench plan sign) and push it (./twinbench plan push);"
                + " try it on the lab first (./twinbench lab up)."
                : deliveries.size() + " deliveries: " + waiting + " waiting for their agent, " + failed + " rolled back or refused.");
        summary.getParent().layout(true);
        PlanDeliveries.Delivery now = selected();
        enableRollback(now);
        if (detailText != null && now != null && detailFor != null && same(now, detailFor) && !detailText.equals(detail.getText())) {
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
            detail.setText("Select a plan to see what it changes, its twin runs and the endpoint's progress.");
            return;
        }
        if (!detail.getText().startsWith(d.title() + "  (" + d.planId() + " version " + d.version() + " on " + d.agentId() + ")")) {
            detail.setText("Reading " + d.planId() + " on " + d.agentId() + "…");
        }
        // the reports, twin runs and signers are read by the refresh job, never on the UI thread
        if (refresh.getState() == Job.SLEEPING) {
            refresh.wakeUp();
        } else {
            refresh.schedule();
        }
    }

    private void enableRollback(PlanDeliveries.Delivery d) {
        rollback.setEnabled(d != null && (d.state().equals("confirmed") || d.state().equals("awaiting-confirmation")) && d.rollbackReason() == null);
    }

    private static String detailOf(TwinStore store, PlanDeliveries.Delivery d) {
        return PlanDetailText.of(d, signers(d), store.plans().reports(d.agentId(), d.planId(), d.version()), store.trials().ofPlan(d.planId()),
                store.trials().overridesOfPlan(d.planId()));
    }

    /** Who signed the plan: its signatures' keys as the workspace's root names them. */
    private static List<String> signers(PlanDeliveries.Delivery d) {
        try {
            java.nio.file.Path file = io.twinbench.ingest.collector.TrustRootFile.in(
                    io.twinbench.ui.preferences.TwinbenchPreferences.fromInstanceScope().certificateAuthorityDirectory().getParent());
            if (!java.nio.file.Files.exists(file)) {
                return List.of();
            }
            var root = io.twinbench.remedy.trust.TrustRoot.fromJson(io.twinbench.remedy.trust.Envelope.fromJson(java.nio.file.Files.readAllBytes(file)).payload());
            return io.twinbench.remedy.trust.Envelope.fromJson(d.envelope()).signatures().stream()
                    .map(sig -> root.key(sig.keyid()).map(io.twinbench.remedy.trust.PublicKey::name).orElse("an unknown key")).toList();
        } catch (java.io.IOException | io.twinbench.remedy.trust.TrustException e) {
            return List.of();
        }
    }

    private void rollBack() {
        PlanDeliveries.Delivery d = selected();
        if (d == null) {
            return;
        }
        IInputValidator needed = text -> text == null || text.isBlank() ? "Say why: the reason is recorded with the plan." : null;
        InputDialog ask = new InputDialog(getSite().getShell(), "Roll Back " + d.planId() + " on " + d.agentId(),
                "Why should " + d.agentId() + " undo \"" + d.title() + "\"?", "", needed);
        if (ask.open() == Window.OK && !rollBack(ask.getValue())) {
            MessageDialog.openError(getSite().getShell(), "Roll Back", "The plan is no longer in the workspace.");
        }
    }

    /** Orders the selected delivery rolled back with the analyst's reason; false when there is none. */
    public boolean rollBack(String reason) {
        PlanDeliveries.Delivery d = selected();
        boolean ordered = d != null && store().map(s -> s.plans().orderRollback(d.agentId(), d.planId(), d.version(), reason.strip())).orElse(false);
        refresh.schedule();
        return ordered;
    }

    public TableViewer viewer() {
        return table;
    }

    public String detailText() {
        return detail.getText();
    }

    public String summaryText() {
        return summary.getText();
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
