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

    /** Editable is false for what was captured: its values are shown, never given an editor. */
    public EmfPropertySourceProvider(AdapterFactory adapterFactory, boolean editable) {
        this.adapterFactory = adapterFactory;
        this.editable = editable;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        EObject model = object instanceof EObject e ? e
                : object instanceof IAdaptable a ? a.getAdapter(EObject.class) : null;
        if (model == null) {
            return null;
        }
        Object source = adapterFactory.adapt(model, IItemPropertySource.class);
        return source instanceof IItemPropertySource itemSource ? new EmfPropertySource(model, itemSource, editable) : null;
    }
}
