package io.twinbench.ui.properties;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * Presents one EMF.Edit property. Single-valued attributes get an editor: text converted
 * through the attribute's data type (with the conversion error shown), a list for enums and
 * booleans. References and multi-valued attributes are shown read-only.
 */
final class EmfPropertyDescriptor implements IPropertyDescriptor {

    private final Object object;
    private final IItemPropertyDescriptor item;
    private final boolean editable;

    EmfPropertyDescriptor(Object object, IItemPropertyDescriptor item, boolean editable) {
        this.object = object;
        this.item = item;
        this.editable = editable;
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        if (!editable || !item.canSetProperty(object) || item.isMany(object) || !(item.getFeature(object) instanceof EAttribute attribute)) {
            return null;
        }
        EDataType type = attribute.getEAttributeType();
        if (type instanceof EEnum || type.getInstanceClass() == boolean.class || type.getInstanceClass() == Boolean.class) {
            return choiceEditor(parent, List.copyOf(item.getChoiceOfValues(object) != null ? item.getChoiceOfValues(object)
                    : type instanceof EEnum e ? e.getELiterals().stream().map(l -> (Object) l.getInstance()).toList() : List.of(Boolean.TRUE, Boolean.FALSE)));
        }
        if (type.getInstanceClass() == java.util.Date.class) {
            return null;
        }
        return new DataTypeCellEditor(parent, type);
    }

    private CellEditor choiceEditor(Composite parent, List<Object> choices) {
        String[] labels = choices.stream().map(c -> c instanceof Enumerator e ? e.getLiteral() : String.valueOf(c)).toArray(String[]::new);
        return new ComboBoxCellEditor(parent, labels, SWT.READ_ONLY) {
            @Override
            protected Object doGetValue() {
                int index = (Integer) super.doGetValue();
                return index < 0 ? null : choices.get(index);
            }

            @Override
            protected void doSetValue(Object value) {
                super.doSetValue(Math.max(0, choices.indexOf(value)));
            }
        };
    }

    @Override
    public String getCategory() {
        return item.getCategory(object);
    }

    @Override
    public String getDescription() {
        return item.getDescription(object);
    }

    @Override
    public String getDisplayName() {
        return item.getDisplayName(object);
    }

    @Override
    public String[] getFilterFlags() {
        return item.getFilterFlags(object);
    }

    @Override
    public Object getHelpContextIds() {
        return item.getHelpContextIds(object);
    }

    @Override
    public Object getId() {
        return item.getId(object);
    }

    @Override
    public ILabelProvider getLabelProvider() {
        IItemLabelProvider labels = item.getLabelProvider(object);
        Object feature = item.getFeature(object);
        return new LabelProvider() {
            @Override
            public String getText(Object element) {
                String readable = PropertyValueText.of(feature instanceof org.eclipse.emf.ecore.EStructuralFeature f ? f : null, element);
                if (readable != null) {
                    return readable;
                }
                if (element instanceof Collection<?> many) {
                    return many.stream().map(labels::getText).reduce((a, b) -> a + ", " + b).orElse("");
                }
                return labels.getText(element);
            }
        };
    }

    @Override
    public boolean isCompatibleWith(IPropertyDescriptor other) {
        return false;
    }

    /** Edits a value as text and converts it back through the data type, refusing what does not convert. */
    private static final class DataTypeCellEditor extends TextCellEditor {
        private final EDataType type;

        DataTypeCellEditor(Composite parent, EDataType type) {
            super(parent);
            this.type = type;
            setValidator(value -> {
                try {
                    EcoreUtil.createFromString(type, (String) value);
                    return null;
                } catch (RuntimeException e) {
                    return "'" + value + "' is not a valid " + type.getName();
                }
            });
        }

        @Override
        protected Object doGetValue() {
            return EcoreUtil.createFromString(type, (String) super.doGetValue());
        }

        @Override
        protected void doSetValue(Object value) {
            super.doSetValue(value == null ? "" : EcoreUtil.convertToString(type, value));
        }
    }
}
