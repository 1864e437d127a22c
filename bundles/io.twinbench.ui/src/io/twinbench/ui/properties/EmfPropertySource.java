package io.twinbench.ui.properties;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * One EMF object's properties; edits (in a draft only) go through the item descriptors and so
 * through the twin's command stack. An element also gets the analyst's note and tags, in a
 * category of their own, writable on captured twins too and undoable on the same stack.
 */
final class EmfPropertySource implements IPropertySource {

    private final Object object;
    private final IItemPropertySource itemSource;
    private final boolean editable;
    private final io.twinbench.ui.session.OpenTwin openTwin;

    EmfPropertySource(Object object, IItemPropertySource itemSource, boolean editable, io.twinbench.ui.session.OpenTwin openTwin) {
        this.object = object;
        this.itemSource = itemSource;
        this.editable = editable;
        this.openTwin = openTwin;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IItemPropertyDescriptor> descriptors = itemSource.getPropertyDescriptors(object);
        java.util.List<IPropertyDescriptor> all = new java.util.ArrayList<>(descriptors.stream()
                .map(d -> (IPropertyDescriptor) new EmfPropertyDescriptor(object, d, editable)).toList());
        if (object instanceof io.twinbench.model.twin.Element) {
            all.add(AnalystNoteDescriptor.note());
            all.add(AnalystNoteDescriptor.tags());
        }
        return all.toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        if (AnalystNoteDescriptor.isOurs(id)) {
            var note = openTwin.note(((io.twinbench.model.twin.Element) object).getId());
            return note.map(n -> AnalystNoteDescriptor.NOTE.equals(id) ? n.text() : n.tags()).filter(v -> v != null).orElse("");
        }
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
        if (AnalystNoteDescriptor.isOurs(id)) {
            return !String.valueOf(getPropertyValue(id)).isEmpty();
        }
        return descriptor(id).isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        if (AnalystNoteDescriptor.isOurs(id)) {
            setPropertyValue(id, "");
            return;
        }
        if (!editable) {
            return;
        }
        descriptor(id).resetPropertyValue(object);
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        if (AnalystNoteDescriptor.isOurs(id)) {
            String elementId = ((io.twinbench.model.twin.Element) object).getId();
            var note = openTwin.note(elementId);
            String text = AnalystNoteDescriptor.NOTE.equals(id) ? String.valueOf(value) : note.map(n -> n.text()).orElse("");
            String tags = AnalystNoteDescriptor.TAGS.equals(id) ? String.valueOf(value) : note.map(n -> n.tags()).orElse("");
            if (!text.equals(note.map(n -> n.text()).orElse("")) || !tags.equals(note.map(n -> n.tags()).orElse(""))) {
                openTwin.commandStack().execute(openTwin.setNote(elementId, text, tags));
            }
            return;
        }
        if (!editable) {
            return;
        }
        descriptor(id).setPropertyValue(object, value);
    }

    private IItemPropertyDescriptor descriptor(Object id) {
        return itemSource.getPropertyDescriptor(object, id);
    }
}
