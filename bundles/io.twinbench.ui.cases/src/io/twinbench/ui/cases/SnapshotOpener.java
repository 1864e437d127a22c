package io.twinbench.ui.cases;


import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;

import io.twinbench.cases.CaseEvent;
import io.twinbench.cases.CaseException;
import io.twinbench.cases.TwinAtTime;
import io.twinbench.model.twin.Twin;
import io.twinbench.ui.internal.TwinOpener;
import io.twinbench.ui.session.TwinWorkspace;

/**
 * Opens the twin graph as it stood when an event happened: the case's newest snapshot of that
 * endpoint taken at or before the event, read from the case (not the store, which may have moved
 * on or be another analyst's), as a copy of its own, with the event's element selected.
 */
final class SnapshotOpener {

    private final IWorkbenchPage page;

    SnapshotOpener(IWorkbenchPage page) {
        this.page = page;
    }

    void open(CaseSession session, CaseEvent event) {
        TwinWorkspace workspace = page.getWorkbenchWindow().getService(TwinWorkspace.class);
        Job job = Job.create("Opening " + event.endpoint() + "'s twin as it stood at " + TimeText.full(event.micros()), monitor -> {
            try {
                TwinAtTime.Snapshot snapshot = session.query(index -> TwinAtTime.read(index, session.folder(), event.endpoint(), event.micros()));
                Twin twin = snapshot.twin();
                twin.setId(twin.getId() + "@" + session.folder().id() + "-v" + snapshot.version());
                twin.setName(twin.getName() + " as of " + TimeText.full(snapshot.micros()) + " (case " + session.summary().definition().name() + ")");
                page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> {
                    workspace.adopt(twin);
                    new TwinOpener(page).open(twin.getId(), twin.getName(), event.element().isEmpty() ? null : event.element());
                });
            } catch (CaseException e) {
                page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> MessageDialog.openError(page.getWorkbenchWindow().getShell(),
                        "Cannot open the twin as it stood", e.getMessage()));
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }
}
