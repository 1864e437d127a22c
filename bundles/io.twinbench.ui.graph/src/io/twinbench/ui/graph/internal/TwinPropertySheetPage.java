package io.twinbench.ui.graph.internal;

import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.properties.PropertySheetPage;

import io.twinbench.ui.properties.EmfPropertySourceProvider;

/** Properties of the selected graph element; Undo and Redo stay the twin's while this page has focus. */
public final class TwinPropertySheetPage extends PropertySheetPage {

    private final ActionRegistry editorActions;
    private final EmfPropertySourceProvider provider;

    public TwinPropertySheetPage(io.twinbench.ui.session.OpenTwin openTwin, ActionRegistry editorActions) {
        this.editorActions = editorActions;
        this.provider = new EmfPropertySourceProvider(openTwin);
        setPropertySourceProvider(provider);
    }

    /** Where this page's rows come from; tests ask it which rows would get an editor. */
    public EmfPropertySourceProvider provider() {
        return provider;
    }

    @Override
    public void setActionBars(IActionBars actionBars) {
        super.setActionBars(actionBars);
        actionBars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editorActions.getAction(ActionFactory.UNDO.getId()));
        actionBars.setGlobalActionHandler(ActionFactory.REDO.getId(), editorActions.getAction(ActionFactory.REDO.getId()));
    }
}
