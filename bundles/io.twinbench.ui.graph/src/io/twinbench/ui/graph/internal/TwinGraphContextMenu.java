package io.twinbench.ui.graph.internal;

import java.util.List;

import org.eclipse.gef.ContextMenuProvider;
import org.eclipse.gef.EditPartViewer;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.actions.ActionFactory;

/** Right-click on the graph: the dependency questions first, what to show, then a draft of a captured twin, or undo, redo and delete in a draft. */
public final class TwinGraphContextMenu extends ContextMenuProvider {

    private final ActionRegistry actions;
    private final List<DependencyQueryAction> queries;
    private final IAction makeDraft;
    private final List<IAction> view;

    /** makeDraft is offered on a captured twin, null on a draft; view holds neighbourhood, hide, pin, back, forward and focus. */
    public TwinGraphContextMenu(EditPartViewer viewer, ActionRegistry actions, List<DependencyQueryAction> queries, IAction makeDraft,
            List<IAction> view) {
        super(viewer);
        this.actions = actions;
        this.queries = queries;
        this.makeDraft = makeDraft;
        this.view = view;
    }

    @Override
    public void buildContextMenu(IMenuManager menu) {
        for (DependencyQueryAction query : queries) {
            query.update();
            menu.add(query);
        }
        org.eclipse.jface.action.MenuManager show = new org.eclipse.jface.action.MenuManager("Show");
        view.forEach(show::add);
        menu.add(show);
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
