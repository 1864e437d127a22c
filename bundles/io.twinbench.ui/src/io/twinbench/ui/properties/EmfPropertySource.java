package io.twinbench.ui.properties;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/** One EMF object's properties; edits (in a draft only) go through the item descriptors and so through the twin's command stack. */
final class EmfPropertySource implements IPropertySource {

    private final Object object;
    private final IItemPropertySource itemSource;
    private final boolean editable;

    EmfPropertySource(Object object, IItemPropertySource itemSource, boolean editable) {
        this.object = object;
        this.itemSource = itemSource;
        this.editable = editable;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IItemPropertyDescriptor> descriptors = itemSource.getPropertyDescriptors(object);
        return descriptors.stream().map(d -> new EmfPropertyDescriptor(object, d, editable)).toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        Object value = descriptor.getPropertyValue(object);
        value = value instanceof IItemPropertySource nested ? nested.getEditableValue(object) : value;
        if (value == null && !editable && descriptor.getFeature(object) instanceof org.eclipse.emf.ecore.EAttribute) {
            // the Properties view shows nothing for null: on captured data, say that nothing was reported
            return PropertyValueText.NOT_REPORTED;
        }
        return value;
    }

    @Override
    public boolean isPropertySet(Object id) {
        return descriptor(id).isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        if (!editable) {
            return;
        }
        descriptor(id).resetPropertyValue(object);
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        if (!editable) {
            return;
        }
        descriptor(id).setPropertyValue(object, value);
    }

    private IItemPropertyDescriptor descriptor(Object id) {
        return itemSource.getPropertyDescriptor(object, id);
    }
}
