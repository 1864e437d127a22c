package io.twinbench.ui.properties;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * Shows EMF objects in the Properties view through their EMF.Edit item providers. EMF's own
 * bridge (edit.ui) is not published where we can build from, so this is the small part of it we need.
 */
public final class EmfPropertySourceProvider implements IPropertySourceProvider {

    private final AdapterFactory adapterFactory;
    private final boolean editable;
    private final io.twinbench.ui.session.OpenTwin openTwin;

    /**
     * The open twin's properties: what was captured is shown and given an editor only in a
     * draft; the analyst's note and tags on an element can always be written.
     */
    public EmfPropertySourceProvider(io.twinbench.ui.session.OpenTwin openTwin) {
        this.adapterFactory = openTwin.adapterFactory();
        this.editable = openTwin.isEditable();
        this.openTwin = openTwin;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        EObject model = object instanceof EObject e ? e
                : object instanceof IAdaptable a ? a.getAdapter(EObject.class) : null;
        if (model == null) {
            return null;
        }
        Object source = adapterFactory.adapt(model, IItemPropertySource.class);
        return source instanceof IItemPropertySource itemSource ? new EmfPropertySource(model, itemSource, editable, openTwin) : null;
    }
}
