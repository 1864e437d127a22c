package io.twinbench.ui.properties;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/** One EMF object's properties; edits go through the item descriptors and so through the twin's command stack. */
final class EmfPropertySource implements IPropertySource {

    private final Object object;
    private final IItemPropertySource itemSource;

    EmfPropertySource(Object object, IItemPropertySource itemSource) {
        this.object = object;
        this.itemSource = itemSource;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IItemPropertyDescriptor> descriptors = itemSource.getPropertyDescriptors(object);
        return descriptors.stream().map(d -> new EmfPropertyDescriptor(object, d)).toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        Object value = descriptor(id).getPropertyValue(object);
        return value instanceof IItemPropertySource nested ? nested.getEditableValue(object) : value;
    }

    @Override
    public boolean isPropertySet(Object id) {
        return descriptor(id).isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        descriptor(id).resetPropertyValue(object);
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        descriptor(id).setPropertyValue(object, value);
    }

    private IItemPropertyDescriptor descriptor(Object id) {
        return itemSource.getPropertyDescriptor(object, id);
    }
}
