package io.twinbench.ui.properties;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/** The analyst's note and tags on an element: rows of their own category, apart from what was captured. */
final class AnalystNoteDescriptor extends PropertyDescriptor {

    static final String NOTE = "analyst.note";
    static final String TAGS = "analyst.tags";
    static final String CATEGORY = "Analyst (yours, kept apart from what was captured)";

    private AnalystNoteDescriptor(String id, String name, String description) {
        super(id, name);
        setCategory(CATEGORY);
        setDescription(description);
    }

    static AnalystNoteDescriptor note() {
        return new AnalystNoteDescriptor(NOTE, "Note", "Your note on this element; undo and redo as any edit");
    }

    static AnalystNoteDescriptor tags() {
        return new AnalystNoteDescriptor(TAGS, "Tags", "Your tags on this element, comma separated (suspicious, benign, case-17)");
    }

    static boolean isOurs(Object id) {
        return NOTE.equals(id) || TAGS.equals(id);
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        return new TextCellEditor(parent);
    }
}
