package io.twinbench.ui.internal;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;

import io.twinbench.store.TwinSummary;
import io.twinbench.ui.session.OpenTwin;
import io.twinbench.ui.session.TwinWorkspace;
import io.twinbench.ui.views.FleetView;

/** The twin a main-menu command is about: the one selected in the Fleet view, else the one whose graph is active. */
final class SelectedTwin {

    private SelectedTwin() {
    }

    static TwinSummary in(IWorkbenchWindow window) {
        IWorkbenchPage page = window.getActivePage();
        if (page == null) {
            return null;
        }
        ISelection fleet = page.getSelection(FleetView.ID);
        if (fleet instanceof IStructuredSelection s && s.getFirstElement() instanceof TwinSummary twin) {
            return twin;
        }
        IEditorPart editor = page.getActiveEditor();
        OpenTwin open = editor == null ? null : editor.getAdapter(OpenTwin.class);
        TwinWorkspace workspace = window.getService(TwinWorkspace.class);
        if (open == null || workspace == null) {
            return null;
        }
        String id = open.twin().getId();
        return workspace.fleet().stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }
}
