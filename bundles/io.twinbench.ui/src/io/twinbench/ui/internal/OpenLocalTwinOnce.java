package io.twinbench.ui.internal;

import java.util.List;

import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;

import io.twinbench.store.TwinSummary;
import io.twinbench.ui.session.TwinWorkspace;
import io.twinbench.ui.session.TwinWorkspaceListener;

/**
 * At startup, once this machine's twin is captured, shows it for investigation (graph and
 * live charts) unless the analyst has already opened something.
 */
final class OpenLocalTwinOnce implements TwinWorkspaceListener {

    private final IWorkbench workbench;
    private final TwinWorkspace workspace;

    OpenLocalTwinOnce(IWorkbench workbench, TwinWorkspace workspace) {
        this.workbench = workbench;
        this.workspace = workspace;
    }

    @Override
    public void fleetChanged(List<TwinSummary> twins) {
        workspace.removeListener(this);
        if (Boolean.getBoolean("twinbench.noAutoOpen")) {
            return;
        }
        workspace.localTwinId().flatMap(id -> twins.stream().filter(t -> t.id().equals(id)).findFirst()).ifPresent(local ->
                workbench.getDisplay().asyncExec(() -> {
                    IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
                    IWorkbenchPage page = window == null ? null : window.getActivePage();
                    if (page != null && page.getEditorReferences().length == 0) {
                        new TwinOpener(page).open(local.id(), local.name());
                    }
                }));
    }
}
