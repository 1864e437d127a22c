package io.twinbench.ui.views;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.part.ViewPart;

import io.twinbench.model.twin.Twin;
import io.twinbench.sim.docker.DockerEngineStatus;
import io.twinbench.sim.image.RootFromInventory;
import io.twinbench.sim.image.TwinImage;
import io.twinbench.sim.image.TwinImageBuilder;
import io.twinbench.sim.image.TwinImageRegistry;
import io.twinbench.sim.image.TwinImageRequests;
import io.twinbench.store.TwinSnapshots;
import io.twinbench.ui.preferences.TwinbenchPreferences;
import io.twinbench.ui.session.TwinWorkspace;
import io.twinbench.ui.session.TwinWorkspaceListener;

/**
 * The engine that runs executable twins and the twin images it holds: whether it is there, each
 * image with its twin, size and age, and building, removing and pruning images as jobs.
 */
public final class DockerEngineView extends ViewPart {

    public static final String ID = "io.twinbench.ui.views.docker";

    private Label state;
    private Label details;
    private TableViewer images;
    private TwinWorkspace workspace;
    private volatile List<TwinImage> shown = List.of();
    private final TwinWorkspaceListener listener = new TwinWorkspaceListener() {
        @Override
        public void dockerStatusChanged(DockerEngineStatus status) {
            UiThread.async(state, () -> show(status));
            // images built or removed elsewhere (./twinbench image ...) show within a poll
            refreshImages();
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        workspace = getSite().getService(TwinWorkspace.class);
        parent.setLayout(new GridLayout(1, false));
        state = new Label(parent, SWT.NONE);
        state.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        details = new Label(parent, SWT.WRAP);
        GridData detailsData = WrappingLayout.cell();
        details.setLayoutData(detailsData);
        // in a short view (the Simulation perspective's strip) the engine's details go to the state's
        // tooltip, so the list of images keeps its rows
        parent.addListener(SWT.Resize, e -> {
            boolean shortView = parent.getSize().y < 260;
            if (detailsData.exclude != shortView) {
                detailsData.exclude = shortView;
                details.setVisible(!shortView);
                parent.layout(true);
            }
        });
        images = new TableViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
        images.getTable().setHeaderVisible(true);
        images.getTable().setLinesVisible(true);
        images.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        images.setContentProvider(ArrayContentProvider.getInstance());
        TableColumns.add(images, TwinImage.class, "Image", 220, TwinImage::reference);
        TableColumns.add(images, TwinImage.class, "Twin", 160, i -> i.twinId() + " v" + i.twinVersion());
        TableColumns.add(images, TwinImage.class, "Size", 90, i -> String.format("%.1f MiB", i.sizeBytes() / (double) (1 << 20)));
        TableColumns.add(images, TwinImage.class, "Age", 90, i -> i.ageText(Instant.now()));
        TableColumns.add(images, TwinImage.class, "Built from", 320, i -> i.source() == null ? "" : i.source());
        images.setInput(List.of());
        state.setText("Docker engine: checking…");
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(action("Build Image…", "Build a twin's image from the endpoint's root filesystem", this::askAndBuild));
        toolbar.add(action("Remove", "Remove the selected twin images", this::removeSelected));
        toolbar.add(action("Prune", "Keep each twin's newest images, remove the rest (how many and how old: Window > Preferences > Twinbench)",
                this::prune));
        toolbar.add(action("Refresh", "List the twin images again", this::refreshImages));
        workspace.addListener(listener);
        workspace.dockerStatus().ifPresent(this::show);
        refreshImages();
    }

    private void show(DockerEngineStatus status) {
        state.setText(status.reachable() ? "● Docker engine: running" : "○ Docker engine: not reachable");
        state.setForeground(state.getDisplay().getSystemColor(status.reachable() ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_RED));
        details.setText(status.reachable()
                ? "Version " + status.version() + " (API " + status.apiVersion() + ") at " + status.endpoint() + ": "
                        + status.runningContainers() + " of " + status.containers() + " containers running, " + status.images() + " images"
                        + (status.userNamespace() != null ? "\nTwins run in " + status.userNamespace() + "."
                                : "\nThis engine maps no user namespace: a twin's root would be this machine's root, so twins are refused."
                                        + "\nStart dockerd with --userns-remap=default (see the README).")
                : status.endpoint() + ": " + status.problem()
                        + "\nExecutable twins need a Docker engine; everything else works without one."
                        + "\nChange the endpoint in Window > Preferences > Twinbench.");
        state.setToolTipText(details.getText());
        state.getParent().layout();
    }

    /** Lists the twin images again, in a job; an engine that is not there leaves the list empty and says so above it. */
    public void refreshImages() {
        Job job = Job.create("Listing twin images", monitor -> {
            try {
                List<TwinImage> listed = new TwinImageRegistry(workspace.dockerEngine(), Clock.systemUTC()).list();
                shown = listed;
                UiThread.async(images.getControl(), () -> images.setInput(listed));
            } catch (java.io.IOException e) {
                shown = List.of();
                UiThread.async(images.getControl(), () -> images.setInput(List.of()));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void askAndBuild() {
        BuildTwinImageDialog dialog = new BuildTwinImageDialog(getSite().getShell(), workspace.fleet());
        if (dialog.open() == BuildTwinImageDialog.OK) {
            build(dialog.twinId(), dialog.root());
        }
    }

    /**
     * Builds the twin's image from root as a user job with cancel; with no root, from a root made
     * out of the twin's captured inventory first. The result or the reason reaches the analyst.
     */
    public Job build(String twinId, Path root) {
        Shell shell = getSite().getShell();
        Job job = new Job("Building the twin image of " + twinId) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(root != null ? "Streaming " + root + " into the Docker engine" : "Making a root from the twin's inventory",
                        IProgressMonitor.UNKNOWN);
                try {
                    TwinSnapshots.Versioned twin = workspace.store().orElseThrow(() -> new IllegalStateException("the workspace is still opening"))
                            .snapshots().latestVersion(twinId).orElseThrow(() -> new IllegalStateException("no twin " + twinId));
                    Twin model = twin.twin();
                    Path source = root;
                    String made = "";
                    if (source == null) {
                        RootFromInventory.Made fromInventory = new RootFromInventory(RootFromInventory.defaultCache(), RootFromInventory.debianMirror())
                                .make(model, line -> monitor.subTask(line.replaceFirst("^I: ", "debootstrap: ")), monitor::isCanceled);
                        source = fromInventory.root();
                        made = " from its inventory (" + fromInventory.suite() + ", " + (fromInventory.packages() - fromInventory.notInMirror().size())
                                + " packages" + (fromInventory.notInMirror().isEmpty() ? "" : "; not in the mirror: " + String.join(", ", fromInventory.notInMirror()))
                                + (fromInventory.otherVersion().isEmpty() ? "" : "; " + fromInventory.otherVersion().size() + " at another version") + ")";
                        monitor.subTask("Streaming " + source + " into the Docker engine");
                    }
                    TwinImageBuilder.Built built = new TwinImageBuilder(workspace.dockerEngine(), Clock.systemUTC())
                            .build(TwinImageRequests.of(model, twin.version(), source), monitor::isCanceled);
                    refreshImages();
                    return Status.info("Built " + built.image().reference() + made + " in " + built.took().toSeconds() + " s");
                } catch (java.util.concurrent.CancellationException e) {
                    return Status.CANCEL_STATUS;
                } catch (Exception e) {
                    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    shell.getDisplay().asyncExec(() -> MessageDialog.openError(shell, "Build Twin Image", reason));
                    return Status.OK_STATUS;
                } finally {
                    monitor.done();
                }
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    private void removeSelected() {
        List<TwinImage> selected = ((IStructuredSelection) images.getSelection()).toList().stream().map(TwinImage.class::cast).toList();
        if (selected.isEmpty()) {
            return;
        }
        String names = String.join(", ", selected.stream().map(TwinImage::reference).toList());
        if (MessageDialog.openConfirm(getSite().getShell(), "Remove Twin Images", "Remove " + names + " from the Docker engine?")) {
            remove(selected);
        }
    }

    /** Removes the images in a job and lists them again. */
    public Job remove(List<TwinImage> selected) {
        return registryJob("Removing twin images", registry -> {
            for (TwinImage image : selected) {
                registry.remove(image.id());
            }
        });
    }

    /** Prunes by the retention in the preferences, in a job. */
    public Job prune() {
        TwinImageRegistry.Retention retention = TwinbenchPreferences.fromInstanceScope().imageRetention();
        return registryJob("Pruning twin images", registry -> registry.prune(retention));
    }

    @FunctionalInterface
    private interface RegistryWork {
        void run(TwinImageRegistry registry) throws Exception;
    }

    private Job registryJob(String title, RegistryWork work) {
        Shell shell = getSite().getShell();
        Job job = Job.create(title, monitor -> {
            try {
                work.run(new TwinImageRegistry(workspace.dockerEngine(), Clock.systemUTC()));
            } catch (Exception e) {
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                shell.getDisplay().asyncExec(() -> MessageDialog.openError(shell, title, reason));
            }
            refreshImages();
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    private static Action action(String label, String tooltip, Runnable body) {
        Action action = new Action(label) {
            @Override
            public void run() {
                body.run();
            }
        };
        action.setToolTipText(tooltip);
        return action;
    }


    public String stateText() {
        return state.getText();
    }

    public TableViewer viewer() {
        return images;
    }

    /** The images the view shows now. */
    public List<TwinImage> shownImages() {
        return shown;
    }

    @Override
    public void setFocus() {
        images.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (workspace != null) {
            workspace.removeListener(listener);
        }
        super.dispose();
    }
}
