package io.twinbench.ui.views;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import io.twinbench.store.TwinSummary;
import io.twinbench.ui.session.TwinWorkspace;

/**
 * What the Fleet view's menu and the main File menu offer besides investigating: capture this
 * machine, import and export twins as XMI, write a report, delete a twin, make an enrolment
 * token for a new agent. Each runs as a Job; failures reach the analyst as
 * a dialog with the reason (file and line for a bad XMI file), never a stack trace.
 */
public final class FleetActions {

    private final Supplier<TwinWorkspace> workspace;
    private final Supplier<Shell> shell;
    private final Supplier<TwinSummary> selected;

    /** The workspace is looked up when an action runs: the main menus are made before it is. */
    public FleetActions(Supplier<TwinWorkspace> workspace, Supplier<Shell> shell, Supplier<TwinSummary> selected) {
        this.workspace = workspace;
        this.shell = shell;
        this.selected = selected;
    }

    public IAction capture() {
        return action("Capture This Machine", "Record a new snapshot of this machine's twin",
                () -> run("Capturing a twin of this machine", () -> workspace.get().captureThisMachine()));
    }

    public IAction importTwin() {
        return action("Import…", "Add a twin from an XMI file", () -> {
            FileDialog dialog = new FileDialog(shell.get(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] {"*.xmi", "*.*"});
            String file = dialog.open();
            if (file != null) {
                run("Importing " + file, () -> workspace.get().importTwin(Path.of(file)));
            }
        });
    }

    public IAction exportTwin() {
        return action("Export…", "Write the selected twin as an XMI file", () -> {
            TwinSummary twin = selected.get();
            if (twin == null) {
                MessageDialog.openInformation(shell.get(), "Export twin", "Select a twin in the Fleet view first.");
                return;
            }
            FileDialog dialog = new FileDialog(shell.get(), SWT.SAVE);
            dialog.setFilterExtensions(new String[] {"*.xmi"});
            dialog.setFileName(twin.id() + ".xmi");
            dialog.setOverwrite(true);
            String file = dialog.open();
            if (file != null) {
                run("Exporting " + twin.name(), () -> {
                    workspace.get().exportTwin(twin.id(), Path.of(file));
                    return file;
                });
            }
        });
    }

    /** An HTML report of the selected twin, or of the whole fleet when none is selected. */
    public IAction exportReport() {
        return action("Export Report…", "Write an HTML report of the selected twin (or of the fleet when none is selected)", () -> {
            TwinSummary twin = selected.get();
            FileDialog dialog = new FileDialog(shell.get(), SWT.SAVE);
            dialog.setFilterExtensions(new String[] {"*.html"});
            dialog.setFileName((twin == null ? "fleet" : twin.id()) + "-report.html");
            dialog.setOverwrite(true);
            String file = dialog.open();
            if (file != null) {
                run("Writing the report of " + (twin == null ? "the fleet" : twin.name()), () -> {
                    workspace.get().exportReport(twin == null ? java.util.List.of() : java.util.List.of(twin.id()), Path.of(file));
                    return file;
                });
            }
        });
    }

    public IAction delete() {
        return action("Delete", "Delete the selected twin and everything the workspace holds of it", () -> {
            TwinSummary twin = selected.get();
            if (twin == null) {
                return;
            }
            String what = "Delete " + twin.name() + " with its " + twin.snapshotCount()
                    + " snapshots, its telemetry, events, anomalies, inventory and history? This cannot be undone.";
            if (!workspace.get().isTrustedAgent(twin.id())) {
                if (MessageDialog.openConfirm(shell.get(), "Delete twin", what)) {
                    run("Deleting " + twin.name(), () -> {
                        workspace.get().deleteTwin(twin.id(), false);
                        return twin.id();
                    });
                }
                return;
            }
            MessageDialog ask = new MessageDialog(shell.get(), "Delete twin", null, what + "\n\nIt is the twin of enrolled agent " + twin.id()
                    + ": unless the agent is revoked, what it sends next makes a new twin.", MessageDialog.QUESTION,
                    new String[] {"Delete and Revoke Agent", "Delete Only", "Cancel"}, 0);
            int answer = ask.open();
            if (answer == 0 || answer == 1) {
                run("Deleting " + twin.name(), () -> {
                    workspace.get().deleteTwin(twin.id(), answer == 0);
                    return twin.id();
                });
            }
        });
    }

    public IAction enrollmentToken() {
        return action("New Enrolment Token…", "A one-time token an agent trades for its certificate", () -> {
            Job job = Job.create("Making an enrolment token", monitor -> {
                Shell parent = shell.get();
                try {
                    var token = workspace.get().newEnrollmentToken(java.time.Duration.ofHours(1));
                    String endpoint = workspace.get().collectorEndpoint().orElse("<this workbench>:" + io.twinbench.ui.preferences.TwinbenchPreferences.DEFAULT_COLLECTOR_PORT);
                    parent.getDisplay().asyncExec(() -> new EnrollmentTokenDialog(parent, token, endpoint).open());
                } catch (RuntimeException e) {
                    parent.getDisplay().asyncExec(() -> MessageDialog.openError(parent, "New enrolment token",
                            e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                }
                return Status.OK_STATUS;
            });
            job.setUser(true);
            job.schedule();
        });
    }

    @FunctionalInterface
    interface Work {
        Object run() throws Exception;
    }

    private void run(String title, Work work) {
        Job job = Job.create(title, monitor -> {
            try {
                work.run();
            } catch (Exception e) {
                Shell parent = shell.get();
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                parent.getDisplay().asyncExec(() -> MessageDialog.openError(parent, title, reason));
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }

    private static IAction action(String label, String tooltip, Runnable body) {
        Action action = new Action(label) {
            @Override
            public void run() {
                body.run();
            }
        };
        action.setToolTipText(tooltip);
        return action;
    }
}
