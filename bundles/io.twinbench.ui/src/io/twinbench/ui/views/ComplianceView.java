package io.twinbench.ui.views;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import io.twinbench.policy.document.PolicyDocument;
import io.twinbench.policy.document.PolicyFormatException;
import io.twinbench.policy.document.PolicyReader;
import io.twinbench.policy.eval.ComplianceIndex;
import io.twinbench.policy.eval.RuleVerdict;
import io.twinbench.policy.service.ComplianceFollower;
import io.twinbench.policy.service.PolicyWorkspace;
import io.twinbench.store.TwinStore;
import io.twinbench.ui.internal.TwinOpener;
import io.twinbench.ui.session.TwinWorkspace;
import io.twinbench.ui.session.TwinWorkspaceListener;

/**
 * Per policy and per twin, which rules hold and which fail, the message, the offending elements
 * and since when; failures first. The workspace's {@link ComplianceFollower} keeps them current
 * as agents change twins (only the rules a change can affect run again); this view shows them.
 * Double-click opens the twin's graph at the first offending element.
 */
public final class ComplianceView extends ViewPart {

    public static final String ID = "io.twinbench.ui.views.compliance";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private Label summary;
    private TableViewer table;
    private Button failingOnly;
    private TwinWorkspace workspace;
    private volatile Map<String, Long> versions = Map.of();
    /** The collection policy's state, read from the store on the follower's thread, never on the UI thread. */
    private volatile List<String> collection = List.of();
    private final TwinWorkspaceListener listener = new TwinWorkspaceListener() {
        @Override
        public void complianceChanged() {
            collection = workspace == null ? List.of()
                    : workspace.store().map(io.twinbench.policy.service.PolicyCollection::status).orElse(List.of());
            UiThread.async(table.getControl(), ComplianceView.this::showCurrent);
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        workspace = getSite().getService(TwinWorkspace.class);
        parent.setLayout(new GridLayout(2, false));
        summary = new Label(parent, SWT.WRAP);
        summary.setLayoutData(WrappingLayout.cell());
        failingOnly = new Button(parent, SWT.CHECK);
        failingOnly.setText("Only what fails");
        failingOnly.setSelection(true);
        failingOnly.addListener(SWT.Selection, e -> table.refresh());
        table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parentElement, Object element) {
                RuleVerdict.Status status = ((ComplianceIndex.Entry) element).verdict().status();
                return !failingOnly.getSelection() || status == RuleVerdict.Status.FAILS || status == RuleVerdict.Status.ERROR;
            }
        });
        Class<ComplianceIndex.Entry> rows = ComplianceIndex.Entry.class;
        Color red = parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
        Color green = parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN);
        TableColumns.add(table, rows, "Status", 110, e -> label(e.verdict().status()), e -> switch (e.verdict().status()) {
            case FAILS, ERROR -> red;
            case HOLDS -> green;
            default -> null;
        });
        TableColumns.add(table, rows, "Action", 60, e -> e.verdict().action().name().toLowerCase());
        TableColumns.add(table, rows, "Policy", 140, e -> e.verdict().policy() + " v" + versions.getOrDefault(e.verdict().policy(), 0L));
        TableColumns.add(table, rows, "Rule", 190, e -> e.verdict().rule());
        TableColumns.add(table, rows, "Twin", 150, e -> e.verdict().twinId());
        TableColumns.add(table, rows, "Message", 380, e -> e.verdict().message());
        TableColumns.add(table, rows, "Offending elements", 260, e -> String.join(", ", e.verdict().offenders()));
        TableColumns.add(table, rows, "Since", 130, e -> TIME.format(e.since()));
        table.addDoubleClickListener(e -> {
            if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof ComplianceIndex.Entry entry) {
                RuleVerdict v = entry.verdict();
                new TwinOpener(getSite().getPage()).open(v.twinId(), v.twinId(), v.offenders().isEmpty() ? null : v.offenders().get(0));
            }
        });
        Action apply = ViewActions.of("Apply Policy…", "Put a policy file (YAML or JSON) in force as its next version and evaluate it on every twin",
                this::apply);
        Action again = ViewActions.of("Evaluate Now", "Evaluate every policy in force on every twin",
                () -> workspace.compliance().ifPresent(ComplianceFollower::reevaluate));
        for (Action a : List.of(apply, again)) {
            getViewSite().getActionBars().getToolBarManager().add(a);
            getViewSite().getActionBars().getMenuManager().add(a);
        }
        if (workspace != null) {
            workspace.addListener(listener);
            // a policy applied from the command line since is seen when the view opens, not only at a twin's next change
            workspace.compliance().ifPresent(ComplianceFollower::reevaluate);
        }
        showCurrent();
    }

    /** The workspace's follower keeps the verdicts; this view shows them as they change. */
    private void showCurrent() {
        if (table.getControl().isDisposed()) {
            return;
        }
        Optional<ComplianceFollower> follower = workspace == null ? Optional.empty() : workspace.compliance();
        if (follower.isEmpty()) {
            summary.setText("Opening the workspace…");
            return;
        }
        PolicyWorkspace.Evaluation evaluation = follower.get().current();
        versions = evaluation.versions();
        show(evaluation.entries(), evaluation.problems());
    }

    private void show(List<ComplianceIndex.Entry> all, List<String> problems) {
        List<ComplianceIndex.Entry> entries = all.stream()
                .sorted(Comparator.comparingInt((ComplianceIndex.Entry e) -> rank(e.verdict().status()))
                        .thenComparing(e -> e.verdict().action()).thenComparing(e -> e.verdict().policy())
                        .thenComparing(e -> e.verdict().rule()).thenComparing(e -> e.verdict().twinId()))
                .toList();
        table.setInput(entries);
        Map<RuleVerdict.Status, Long> counts = PolicyWorkspace.counts(entries);
        long failing = counts.getOrDefault(RuleVerdict.Status.FAILS, 0L) + counts.getOrDefault(RuleVerdict.Status.ERROR, 0L);
        String text = versions.isEmpty() ? "No policy is in force: Apply Policy… puts one in force (or ./twinbench policy apply FILE --reason TEXT)."
                : versions.size() + " polic" + (versions.size() == 1 ? "y" : "ies") + " in force on "
                        + entries.stream().map(e -> e.verdict().twinId()).distinct().count() + " twins: rules: "
                        + PolicyWorkspace.describe(counts) + "."
                        + (failing > 0 ? " Double-click a failure to open the twin at what offends." : "");
        List<String> collection = this.collection;
        if (!collection.isEmpty()) {
            text += "\n" + collection.stream().map(String::strip).collect(java.util.stream.Collectors.joining("; "));
        }
        summary.setText(problems.isEmpty() ? text : String.join("\n", problems) + "\n" + text);
        summary.setForeground(failing > 0 || !problems.isEmpty() ? summary.getDisplay().getSystemColor(SWT.COLOR_DARK_RED)
                : summary.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        summary.getParent().layout(true);
    }

    /** Asks for the file and why; a wrong document is shown with its lines and fields, nothing is kept. */
    private void apply() {
        Optional<TwinStore> store = store();
        if (store.isEmpty()) {
            return;
        }
        org.eclipse.swt.widgets.FileDialog file = new org.eclipse.swt.widgets.FileDialog(getSite().getShell(), SWT.OPEN);
        file.setText("The policy to apply (YAML or JSON)");
        file.setFilterExtensions(new String[] {"*.yaml;*.yml;*.json", "*"});
        String chosen = file.open();
        if (chosen == null) {
            return;
        }
        InputDialog why = new InputDialog(getSite().getShell(), "Apply a policy", "Why (kept with the version)?", "",
                t -> t == null || t.isBlank() ? "Say why: it is kept with the version." : null);
        if (why.open() != Window.OK) {
            return;
        }
        java.nio.file.Path path = java.nio.file.Path.of(chosen);
        String reason = why.getValue().trim();
        Job job = Job.create("Applying policy " + path.getFileName(), monitor -> {
            PolicyWorkspace policies = new PolicyWorkspace(store.get(), Clock.systemUTC(), io.twinbench.ingest.twin.CurrentTwins.of(store.get()));
            PolicyDocument document;
            int approvers;
            try {
                document = new PolicyReader().read(path);
                approvers = policies.needsApprovers(document) ? WorkspacePlans.trust().required().threshold() : 0;
            } catch (PolicyFormatException e) {
                tell(true, "The policy was not applied:\n\n" + e.getMessage());
                return Status.OK_STATUS;
            } catch (java.io.IOException | io.twinbench.remedy.trust.TrustException | RuntimeException e) {
                tell(true, "The policy was not applied: " + e.getMessage());
                return Status.OK_STATUS;
            }
            if (approvers == 0) {
                apply(policies, document, reason, null);
            } else {
                UiThread.async(table.getControl(), () -> askApprovers(policies, document, reason, approvers));
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }

    /** A policy that changes what agents collect goes to them signed: the approvers' keys are asked for, then it is applied. */
    private void askApprovers(PolicyWorkspace policies, PolicyDocument document, String reason, int count) {
        ApproversDialog dialog = new ApproversDialog(getSite().getShell(), "Sign what agents may collect",
                "Policy " + document.name() + " changes what agents may collect; they take that only signed by " + count
                        + (count == 1 ? " approver" : " approvers") + " of the root.",
                count, WorkspacePlans.keysFolder());
        if (dialog.open() != Window.OK) {
            return;
        }
        Job job = Job.create("Signing and applying policy " + document.name(), monitor -> {
            try {
                apply(policies, document, reason, new io.twinbench.remedy.trust.Approvers(WorkspacePlans.trust().required(), dialog.keys()));
            } catch (java.io.IOException | io.twinbench.remedy.trust.TrustException e) {
                tell(true, "The policy was not applied: " + e.getMessage());
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }

    /** Applies (off the UI thread) and says what came of it. */
    private void apply(PolicyWorkspace policies, PolicyDocument document, String reason, io.twinbench.remedy.trust.Approvers approvers) {
        try {
            PolicyWorkspace.Applied applied = policies.apply(document, System.getProperty("user.name"), reason, approvers);
            tell(false, "Policy " + applied.version().name() + " is " + (applied.changed() ? "now" : "already") + " version "
                    + applied.version().version() + "." + (approvers == null ? "" : "\n\nWhat agents may collect was signed by "
                            + String.join(" and ", approvers.names()) + ", and goes to every agent.")
                    + (applied.plans().isEmpty() ? "" : "\n\nDrafted for approval in the Plans view: "
                            + String.join(", ", applied.plans().stream().map(p -> p.planId() + " (" + String.join(", ", p.targets()) + ")").toList())));
        } catch (PolicyFormatException e) {
            tell(true, "The policy was not applied:\n\n" + e.getMessage());
        } catch (RuntimeException e) {
            tell(true, "The policy was not applied: " + e.getMessage());
        }
        workspace.compliance().ifPresent(ComplianceFollower::reevaluate);
    }

    private void tell(boolean error, String text) {
        UiThread.async(table.getControl(), () -> {
            if (error) {
                MessageDialog.openError(getSite().getShell(), "Apply a policy", text);
            } else {
                MessageDialog.openInformation(getSite().getShell(), "Apply a policy", text);
            }
        });
    }

    private static int rank(RuleVerdict.Status status) {
        return switch (status) {
            case FAILS -> 0;
            case ERROR -> 1;
            case HOLDS -> 2;
            case NOT_APPLICABLE -> 3;
        };
    }

    private static String label(RuleVerdict.Status status) {
        return switch (status) {
            case FAILS -> "✗ fails";
            case ERROR -> "? not evaluated";
            case HOLDS -> "✓ holds";
            case NOT_APPLICABLE -> "– not applicable";
        };
    }

    private Optional<TwinStore> store() {
        return workspace == null ? Optional.empty() : workspace.store();
    }

    public TableViewer viewer() {
        return table;
    }

    /** The summary line (for tests). */
    public String summaryText() {
        return summary.getText();
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (workspace != null) {
            workspace.removeListener(listener);
        }
        super.dispose();
    }
}
