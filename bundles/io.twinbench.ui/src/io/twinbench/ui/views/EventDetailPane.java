package io.twinbench.ui.views;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import io.twinbench.ingest.twin.InventoryJson;
import io.twinbench.store.EventQuery;
import io.twinbench.store.StoredEvent;

/**
 * Every field of the selected event, the message whole beside them. A double-click on a field,
 * or "Show Only This Value" on its menu, narrows the events to that value (a pivot, as Kibana
 * filters on a field); the element field opens the element in the twin's graph.
 */
final class EventDetailPane {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS xxx").withZone(ZoneId.systemDefault());

    /** One line of the pane; field is what a pivot filters on (null when it cannot be filtered on). */
    record Field(String label, String field, String value) {
    }

    private final SashForm pane;
    private final TableViewer fields;
    private final Text message;

    EventDetailPane(Composite parent, BiConsumer<String, String> pivot, Consumer<String> openElement) {
        pane = new SashForm(parent, SWT.HORIZONTAL);
        fields = new TableViewer(pane, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
        fields.getTable().setHeaderVisible(true);
        fields.getTable().setLinesVisible(true);
        fields.setContentProvider(ArrayContentProvider.getInstance());
        TableColumns.add(fields, Field.class, "Field", 110, Field::label);
        TableColumns.add(fields, Field.class, "Value", 320, Field::value);
        message = new Text(pane, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY | SWT.BORDER);
        message.setMessage("The selected event's message, whole");
        pane.setWeights(55, 45);
        fields.addDoubleClickListener(e -> selected().filter(f -> f.field() != null).ifPresent(f -> pivot.accept(f.field(), f.value())));
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> selected().ifPresent(f -> {
            if (f.field() != null) {
                m.add(action("Show Only This Value", () -> pivot.accept(f.field(), f.value())));
            }
            if ("element".equals(f.field())) {
                m.add(action("Open Element in Graph", () -> openElement.accept(f.value())));
            }
            m.add(action("Copy Value", () -> copy(f.value())));
        }));
        fields.getTable().setMenu(menu.createContextMenu(fields.getTable()));
    }

    SashForm control() {
        return pane;
    }

    void show(StoredEvent event) {
        fields.setInput(event == null ? List.of() : fieldsOf(event));
        message.setText(event == null ? "" : event.message());
    }

    /** The pane's lines, for tests. */
    @SuppressWarnings("unchecked")
    List<Field> lines() {
        Object input = fields.getInput();
        return input == null ? List.of() : (List<Field>) input;
    }

    static List<Field> fieldsOf(StoredEvent e) {
        List<Field> lines = new ArrayList<>();
        lines.add(new Field("time", null, TIME.format(Instant.ofEpochMilli(e.timestamp()))));
        lines.add(new Field("severity", "severity", e.severity()));
        lines.add(new Field("kind", "kind", e.kind()));
        if (e.elementId() != null) {
            lines.add(new Field("element", "element", e.elementId()));
        }
        lines.add(new Field("source", "source", e.source()));
        if (e.attributesJson() != null) {
            for (Map.Entry<String, String> a : InventoryJson.parse(e.attributesJson()).entrySet()) {
                boolean column = EventQuery.COLUMNS.contains(a.getKey());
                lines.add(new Field(a.getKey(), column ? null : a.getKey(), a.getValue()));
            }
        }
        return lines;
    }

    private java.util.Optional<Field> selected() {
        return ((IStructuredSelection) fields.getSelection()).getFirstElement() instanceof Field f ? java.util.Optional.of(f) : java.util.Optional.empty();
    }

    private void copy(String value) {
        Clipboard clipboard = new Clipboard(fields.getControl().getDisplay());
        try {
            clipboard.setContents(new Object[] {value}, new Transfer[] {TextTransfer.getInstance()});
        } finally {
            clipboard.dispose();
        }
    }

    private static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }
}
