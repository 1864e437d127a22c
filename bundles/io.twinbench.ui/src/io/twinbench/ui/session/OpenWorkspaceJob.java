package io.twinbench.ui.session;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import io.twinbench.ingest.host.LocalTwinCapture;
import io.twinbench.ingest.host.LocalMachineProbe;
import io.twinbench.store.StoreException;
import io.twinbench.store.TwinStore;
import io.twinbench.ui.preferences.TwinbenchPreferences;

/**
 * Opens the store and records a fresh twin of this machine, so even an empty workspace
 * has something real to look at and each start adds a snapshot to the local twin's history.
 */
final class OpenWorkspaceJob extends Job {

    private final TwinWorkspace workspace;
    private final TwinbenchPreferences preferences;

    OpenWorkspaceJob(TwinWorkspace workspace, TwinbenchPreferences preferences) {
        super("Opening the Twinbench workspace");
        this.workspace = workspace;
        this.preferences = preferences;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        progress.subTask("Opening the database at " + preferences.storeLocation());
        TwinStore store;
        try {
            store = TwinStore.open(preferences.storeLocation());
        } catch (StoreException e) {
            workspace.reportProblem("Twinbench cannot open its database: " + e.getMessage()
                    + ". Check Window > Preferences > Twinbench.", e);
            return Status.OK_STATUS;
        }
        progress.worked(1);
        if (progress.isCanceled()) {
            store.close();
            return Status.CANCEL_STATUS;
        }
        progress.subTask("Capturing a twin of this machine");
        String localId = null;
        try {
            localId = new LocalTwinCapture(new LocalMachineProbe()).into(store).twin().getId();
        } catch (RuntimeException e) {
            workspace.reportProblem("Cannot capture this machine: " + e.getMessage(), e);
        }
        progress.worked(1);
        workspace.storeOpened(store, localId);
        return Status.OK_STATUS;
    }
}
