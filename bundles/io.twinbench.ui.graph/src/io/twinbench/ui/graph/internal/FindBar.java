package io.twinbench.ui.graph.internal;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.Twin;

/**
 * The graph's search box (Ctrl+F): Enter goes to the next element whose name, id or any
 * property holds the text, Shift+Enter to the previous; the line beside says which of how many.
 */
public final class FindBar extends Composite {

    private final Text text;
    private final Label where;
    private final Supplier<Twin> twin;
    private final Function<Element, Boolean> show;
    private List<Element> found = List.of();
    private String searched = "";
    private int at = -1;

    /** show selects and centres an element, returning false when it cannot be shown. */
    public FindBar(Composite parent, Supplier<Twin> twin, Function<Element, Boolean> show) {
        super(parent, SWT.NONE);
        this.twin = twin;
        this.show = show;
        GridLayout layout = new GridLayout(2, false);
        layout.marginHeight = 1;
        setLayout(layout);
        text = new Text(this, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        text.setMessage("Find (Ctrl+F): name, pid, command, port, any property");
        GridData textData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        textData.widthHint = 320;
        text.setLayoutData(textData);
        where = new Label(this, SWT.NONE);
        where.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.addListener(SWT.DefaultSelection, e -> next((e.stateMask & SWT.SHIFT) != 0 ? -1 : 1));
        text.addListener(SWT.Modify, e -> where.setText(""));
    }

    /** Puts the cursor in the search box, its text selected. */
    public void focus() {
        text.setFocus();
        text.selectAll();
    }

    /** Searches for the text (for tests and for the key binding): the first match is shown. */
    public void find(String query) {
        text.setText(query);
        next(1);
    }

    /** Goes to the next (1) or previous (-1) match of the box's text. */
    public void next(int step) {
        String query = text.getText();
        if (!query.equals(searched)) {
            searched = query;
            found = ElementSearch.find(twin.get(), query);
            at = step > 0 ? -1 : 0;
        }
        if (found.isEmpty()) {
            where.setText(query.isBlank() ? "" : "Nothing matches \"" + query + "\"");
            layout();
            return;
        }
        at = Math.floorMod(at + step, found.size());
        Element element = found.get(at);
        boolean shown = show.apply(element);
        where.setText((at + 1) + " of " + found.size() + ": " + element.getName() + " (" + element.getId() + ")"
                + (shown ? "" : " cannot be shown"));
        layout();
    }

    /** What the line beside the box says, for tests. */
    public String result() {
        return where.getText();
    }
}
