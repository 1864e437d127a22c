package io.twinbench.ui.internal;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.WorkbenchException;

import io.twinbench.store.StoreException;
import io.twinbench.ui.session.TwinWorkspace;

/** Loads a twin off the UI thread, then shows it in the Investigation perspective's graph editor. */
public final class TwinOpener {

    private final IWorkbenchPage page;

    public TwinOpener(IWorkbenchPage page) {
        this.page = page;
    }

    public void open(String twinId, String name) {
        open(twinId, name, null);
    }

    /** Opens the twin and, when elementId is not null, selects that element in the graph. */
    public void open(String twinId, String name, String elementId) {
        TwinWorkspace workspace = page.getWorkbenchWindow().getService(TwinWorkspace.class);
        Job load = Job.create("Loading twin " + name, monitor -> {
            try {
                workspace.open(twinId);
            } catch (StoreException e) {
                page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> MessageDialog.openError(
                        page.getWorkbenchWindow().getShell(), "Cannot open twin", e.getMessage()));
                return Status.OK_STATUS;
            }
            page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> showEditor(twinId, name, elementId));
            return Status.OK_STATUS;
        });
        load.setUser(true);
        load.schedule();
    }

    private void showEditor(String twinId, String name, String elementId) {
        try {
            page.getWorkbenchWindow().getWorkbench().showPerspective(InvestigationPerspective.ID, page.getWorkbenchWindow());
            org.eclipse.ui.IEditorPart editor = page.openEditor(new TwinEditorInput(twinId, name), TwinEditorInput.GRAPH_EDITOR_ID);
            io.twinbench.ui.ElementNavigator navigator = editor == null ? null : editor.getAdapter(io.twinbench.ui.ElementNavigator.class);
            if (elementId != null && navigator != null && !navigator.reveal(elementId)) {
                MessageDialog.openInformation(page.getWorkbenchWindow().getShell(), "Element not shown",
                        elementId + " is not in the graph of " + name + " (or its kind is filtered out in the legend).");
            }
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Cannot open twin", e.getMessage());
        } catch (WorkbenchException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Cannot show the Investigation perspective", e.getMessage());
        }
    }

}
