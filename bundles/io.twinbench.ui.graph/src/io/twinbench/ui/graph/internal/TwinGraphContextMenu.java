package io.twinbench.ui.graph.internal;

import java.util.List;

import org.eclipse.gef.ContextMenuProvider;
import org.eclipse.gef.EditPartViewer;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.actions.ActionFactory;

/** Right-click on the graph: the dependency questions first, then a draft of a captured twin, or undo, redo and delete in a draft. */
public final class TwinGraphContextMenu extends ContextMenuProvider {

    private final ActionRegistry actions;
    private final List<DependencyQueryAction> queries;
    private final IAction makeDraft;

    /** makeDraft is offered on a captured twin, null on a draft. */
    public TwinGraphContextMenu(EditPartViewer viewer, ActionRegistry actions, List<DependencyQueryAction> queries, IAction makeDraft) {
        super(viewer);
        this.actions = actions;
        this.queries = queries;
        this.makeDraft = makeDraft;
    }

    @Override
    public void buildContextMenu(IMenuManager menu) {
        for (DependencyQueryAction query : queries) {
            query.update();
            menu.add(query);
        }
        menu.add(new Separator());
        if (makeDraft != null) {
            menu.add(makeDraft);
        }
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
