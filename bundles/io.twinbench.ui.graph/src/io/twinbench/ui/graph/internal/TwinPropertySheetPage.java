package io.twinbench.ui.graph.internal;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.properties.PropertySheetPage;

import io.twinbench.ui.properties.EmfPropertySourceProvider;

/** Properties of the selected graph element; Undo and Redo stay the twin's while this page has focus. */
public final class TwinPropertySheetPage extends PropertySheetPage {

    private final ActionRegistry editorActions;

    public TwinPropertySheetPage(AdapterFactory adapterFactory, ActionRegistry editorActions) {
        this.editorActions = editorActions;
        setPropertySourceProvider(new EmfPropertySourceProvider(adapterFactory));
    }

    @Override
    public void setActionBars(IActionBars actionBars) {
        super.setActionBars(actionBars);
        actionBars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editorActions.getAction(ActionFactory.UNDO.getId()));
        actionBars.setGlobalActionHandler(ActionFactory.REDO.getId(), editorActions.getAction(ActionFactory.REDO.getId()));
    }
}
