package io.twinbench.ui.cases;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import io.twinbench.cases.BundleCheck;
import io.twinbench.cases.CaseBuilder;
import io.twinbench.cases.CaseBundle;
import io.twinbench.cases.CaseDefinition;
import io.twinbench.cases.CaseException;
import io.twinbench.cases.CaseFolder;
import io.twinbench.cases.CaseGatherer;
import io.twinbench.cases.CaseIndex;
import io.twinbench.cases.CaseReport;
import io.twinbench.cases.Cases;
import io.twinbench.remedy.trust.KeyFile;
import io.twinbench.remedy.trust.SigningKey;
import io.twinbench.shadow.ShadowSessions;
import io.twinbench.store.StoreException;
import io.twinbench.store.TwinStore;
import io.twinbench.ui.session.TwinWorkspace;
import io.twinbench.ui.views.UiThread;
import io.twinbench.ui.views.ViewActions;
import io.twinbench.ui.views.WorkspacePlans;

/**
 * The workspace's cases: open one on the Timeline; start a case from the fleet's evidence, add
 * more, open a bundle another analyst sent (verified as it opens), export, verify and report.
 * Everything that reads or writes more than a file runs as a job with progress.
 */
public final class CasesView extends ViewPart {

    public static final String ID = "io.twinbench.ui.cases.cases";
    private TableViewer viewer;
    private Cases cases;

    @Override
    public void createPartControl(Composite parent) {
        cases = new Cases(workspaceFolder(), Clock.systemUTC());
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Case", 180, s -> s.definition().name());
        column("Endpoints", 110, s -> String.join(", ", s.definition().endpoints()));
        column("Integrity", 80, s -> s.status().isEmpty() ? "made here" : s.status());
        column("Id", 160, s -> s.folder().id());
        viewer.addSelectionChangedListener(e -> selected().ifPresent(this::show));
        IToolBarManager bar = getViewSite().getActionBars().getToolBarManager();
        bar.add(ViewActions.of("New Case…", "Gather endpoints' evidence over a time range into a new case", this::newCase));
        bar.add(ViewActions.of("Open Bundle…", "Open a case file another analyst exported, verifying it", this::openBundle));
        // what acts on the selected case: on its context menu and the view's menu, so the toolbar fits a narrow view
        MenuManager context = new MenuManager();
        for (org.eclipse.jface.action.IAction a : List.of(
                ViewActions.of("Add Evidence…", "Gather more: another endpoint or another range", this::addEvidence),
                ViewActions.of("Export…", "Export the case as one signed, tamper-evident file", this::export),
                ViewActions.of("Report…", "Write the case as an HTML report", this::report),
                ViewActions.of("Verify a Bundle…", "Verify a case file: every file, the signature and the custody chain", this::verify))) {
            context.add(a);
            getViewSite().getActionBars().getMenuManager().add(a);
        }
        viewer.getControl().setMenu(context.createContextMenu(viewer.getControl()));
        getSite().setSelectionProvider(viewer);
        refresh();
    }

    private static Path workspaceFolder() {
        try {
            return Path.of(Platform.getInstanceLocation().getURL().toURI());
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Path.of(Platform.getInstanceLocation().getURL().getFile());
        }
    }

    void refresh() {
        Job list = Job.create("Listing cases", m -> {
            try {
                List<Cases.Summary> all = cases.list();
                UiThread.async(viewer.getControl(), () -> {
                    Object chosen = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
                    viewer.setInput(all);
                    if (chosen instanceof Cases.Summary s) {
                        all.stream().filter(x -> x.folder().equals(s.folder())).findFirst()
                                .ifPresent(x -> viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(x)));
                    }
                    setContentDescription(all.isEmpty() ? "No cases yet: New Case… gathers the fleet's evidence, Open Bundle… opens one sent to you." : "");
                });
            } catch (CaseException e) {
                UiThread.async(viewer.getControl(), () -> setContentDescription(e.getMessage()));
            }
            return Status.OK_STATUS;
        });
        list.setSystem(true);
        list.schedule();
    }

    private Optional<Cases.Summary> selected() {
        Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        return first instanceof Cases.Summary s ? Optional.of(s) : Optional.empty();
    }

    private void show(Cases.Summary s) {
        try {
            TimelineView timeline = (TimelineView) getSite().getPage().showView(TimelineView.ID, null, org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
            timeline.show(cases, s.folder());
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), "Cannot show the timeline", e.getMessage());
        }
    }

    /** Opens a case by id (tests, and after a job made or opened one). */
    public void open(String caseId) {
        refresh();
        Job.create("Showing case " + caseId, m -> {
            Cases.Summary s = cases.summary(cases.folder(caseId));
            UiThread.async(viewer.getControl(), () -> show(s));
            return Status.OK_STATUS;
        }).schedule();
    }

    private List<String> fleet() {
        TwinWorkspace workspace = getSite().getService(TwinWorkspace.class);
        return workspace == null ? List.of() : workspace.fleet().stream().map(t -> t.id()).toList();
    }

    private void newCase() {
        GatherDialog dialog = new GatherDialog(getSite().getShell(), true, fleet());
        if (dialog.open() == Window.OK) {
            gather(null, dialog.name(), dialog.endpoints(), dialog.from(), dialog.to());
        }
    }

    private void addEvidence() {
        Optional<Cases.Summary> s = selected();
        if (s.isEmpty()) {
            MessageDialog.openInformation(getSite().getShell(), "Add Evidence", "Select the case to add evidence to.");
            return;
        }
        if (s.get().readOnly()) {
            MessageDialog.openInformation(getSite().getShell(), "Read-only case", "This case opened as tampered: it is kept as it came.");
            return;
        }
        GatherDialog dialog = new GatherDialog(getSite().getShell(), false, fleet());
        if (dialog.open() == Window.OK) {
            gather(s.get().folder(), "", dialog.endpoints(), dialog.from(), dialog.to());
        }
    }

    private void gather(CaseFolder existing, String name, List<String> endpoints, Instant from, Instant to) {
        TwinWorkspace workspace = getSite().getService(TwinWorkspace.class);
        String actor = System.getProperty("user.name");
        closeTimelineIfShowing(existing);
        Job job = new Job(existing == null ? "New case " + name : "Adding evidence to " + existing.id()) {
            @Override
            protected org.eclipse.core.runtime.IStatus run(IProgressMonitor monitor) {
                SubMonitor progress = SubMonitor.convert(monitor, endpoints.size() + 1);
                try {
                    TwinStore store = workspace.store().orElseThrow(() -> new CaseException("the workspace's store is not open yet"));
                    CaseFolder folder = existing != null ? existing : cases.create(name, actor);
                    progress.worked(1);
                    ShadowSessions sessions = new ShadowSessions(store, WorkspacePlans.catalog(store)::trustRoot, Clock.systemUTC());
                    try (CaseIndex index = CaseIndex.open(folder.index(), false)) {
                        for (String endpoint : endpoints) {
                            CaseGatherer.Tally tally;
                            long next;
                            try (CaseBuilder b = cases.builder(folder, index)) {
                                tally = new CaseGatherer(store, sessions, Clock.systemUTC()).gather(b, endpoint, from, to,
                                        what -> progress.subTask(endpoint + ": " + what), progress::isCanceled);
                                next = b.nextId();
                            }
                            cases.gathered(folder, index, new CaseDefinition.Gathering(endpoint, from, to, Instant.now(), tally.summary()), next, actor);
                            progress.worked(1);
                        }
                    }
                    UiThread.async(viewer.getControl(), () -> open(folder.id()));
                } catch (CaseException | StoreException | IllegalArgumentException e) {
                    UiThread.async(viewer.getControl(), () -> MessageDialog.openError(getSite().getShell(), "Evidence not gathered", e.getMessage()));
                }
                return Status.OK_STATUS;
            }
        };
        job.setUser(true);
        job.schedule();
    }

    /** The timeline holds the index open for reading; adding to it needs it closed. */
    private void closeTimelineIfShowing(CaseFolder folder) {
        if (folder != null && getSite().getPage().findView(TimelineView.ID) instanceof TimelineView t && t.session().isPresent()
                && t.session().get().folder().equals(folder)) {
            getSite().getPage().hideView(t);
        }
    }

    private void openBundle() {
        Path bundle = chooseBundle();
        if (bundle == null) {
            return;
        }
        Control owner = viewer.getControl();
        CaseJobs.run(owner, "Opening " + bundle.getFileName(), "Cannot open " + bundle.getFileName(), monitor -> {
            Cases.Opened opened = cases.open(bundle, System.getProperty("user.name"), CaseJobs.bytes(monitor, "verified and unpacked"));
            BundleCheck check = opened.check();
            UiThread.async(owner, () -> open(opened.folder().id()));
            if (check.intact()) {
                CaseJobs.UiThreadDialogs.info(owner, "Case opened", check.summary() + "\n\n" + opened.events() + " events on the timeline.");
            } else {
                CaseJobs.UiThreadDialogs.warning(owner, "Case TAMPERED: opened read-only", check.summary() + "\n\n"
                        + String.join("\n", check.problems().subList(0, Math.min(40, check.problems().size()))));
            }
        });
    }

    /** A case file picked by the analyst, or null. */
    private Path chooseBundle() {
        FileDialog files = new FileDialog(getSite().getShell(), SWT.OPEN);
        files.setFilterExtensions(new String[] {"*" + CaseBundle.EXTENSION, "*"});
        String chosen = files.open();
        return chosen == null ? null : Path.of(chosen);
    }

    private void export() {
        Optional<Cases.Summary> s = selected();
        if (s.isEmpty()) {
            MessageDialog.openInformation(getSite().getShell(), "Export", "Select the case to export.");
            return;
        }
        if (s.get().readOnly()) {
            MessageDialog.openInformation(getSite().getShell(), "Read-only case", "A case that opened as tampered is not exported again: its custody cannot be vouched for.");
            return;
        }
        ExportDialog dialog = new ExportDialog(getSite().getShell(), Path.of(System.getProperty("user.home"), s.get().folder().id() + CaseBundle.EXTENSION));
        if (dialog.open() != Window.OK) {
            return;
        }
        CaseFolder folder = s.get().folder();
        Control owner = viewer.getControl();
        CaseJobs.run(owner, "Exporting " + folder.id(), "Not exported", monitor -> {
            SigningKey key = KeyFile.read(dialog.key(), dialog.passphrase());
            CaseBundle.Exported done = CaseBundle.export(folder, dialog.target(), key, System.getProperty("user.name"), tool(), Instant.now(),
                    CaseJobs.bytes(monitor, "written"));
            CaseJobs.UiThreadDialogs.info(owner, "Case exported", done.files() + " files written to " + done.file() + ", signed by " + key.publicKey().name()
                    + ".\nManifest SHA-256 " + done.manifestDigest());
        });
    }

    private void verify() {
        Path bundle = chooseBundle();
        if (bundle == null) {
            return;
        }
        Control owner = viewer.getControl();
        CaseJobs.run(owner, "Verifying " + bundle.getFileName(), "Cannot verify " + bundle.getFileName(), monitor -> {
            BundleCheck check = CaseBundle.verify(bundle, CaseJobs.bytes(monitor, "verified"));
            String text = check.summary() + (check.intact() ? "" : "\n\n" + String.join("\n", check.problems()));
            if (check.intact()) {
                CaseJobs.UiThreadDialogs.info(owner, "Intact", text);
            } else {
                CaseJobs.UiThreadDialogs.warning(owner, "TAMPERED", text);
            }
        });
    }

    private void report() {
        Optional<Cases.Summary> s = selected();
        if (s.isEmpty()) {
            MessageDialog.openInformation(getSite().getShell(), "Report", "Select the case to report on.");
            return;
        }
        FileDialog files = new FileDialog(getSite().getShell(), SWT.SAVE);
        files.setFileName(s.get().folder().id() + ".html");
        String chosen = files.open();
        if (chosen == null) {
            return;
        }
        CaseFolder folder = s.get().folder();
        Control owner = viewer.getControl();
        CaseJobs.run(owner, "Writing the report of " + folder.id(), "No report", monitor -> {
            try (CaseIndex index = cases.index(folder, true)) {
                CaseReport.write(cases, folder, index, Path.of(chosen), tool());
            }
            CaseJobs.UiThreadDialogs.info(owner, "Report written", chosen);
        });
    }

    private static String tool() {
        org.osgi.framework.Bundle b = org.osgi.framework.FrameworkUtil.getBundle(CasesView.class);
        return "Twinbench " + (b == null ? "" : b.getVersion());
    }

    private void column(String title, int width, java.util.function.Function<Cases.Summary, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Cases.Summary) element);
            }
        });
    }

    public TableViewer viewer() {
        return viewer;
    }

    public Cases cases() {
        return cases;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

}
