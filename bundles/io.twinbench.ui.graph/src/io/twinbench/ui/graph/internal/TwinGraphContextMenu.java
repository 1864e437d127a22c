package io.twinbench.ui.graph.internal;

import java.util.List;

import org.eclipse.gef.ContextMenuProvider;
import org.eclipse.gef.EditPartViewer;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.actions.ActionFactory;

/** Right-click on the graph: the dependency questions first, then undo, redo and delete. */
public final class TwinGraphContextMenu extends ContextMenuProvider {

    private final ActionRegistry actions;
    private final List<DependencyQueryAction> queries;

    public TwinGraphContextMenu(EditPartViewer viewer, ActionRegistry actions, List<DependencyQueryAction> queries) {
        super(viewer);
        this.actions = actions;
        this.queries = queries;
    }

    @Override
    public void buildContextMenu(IMenuManager menu) {
        for (DependencyQueryAction query : queries) {
            query.update();
            menu.add(query);
        }
        menu.add(new Separator());
        add(menu, ActionFactory.UNDO.getId());
        add(menu, ActionFactory.REDO.getId());
        menu.add(new Separator());
        add(menu, ActionFactory.DELETE.getId());
    }

    private void add(IMenuManager menu, String id) {
        IAction action = actions.getAction(id);
        if (action != null && action.isEnabled()) {
            menu.add(action);
        }
    }
}
