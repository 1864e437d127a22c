package io.twinbench.ui.graph.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.twinbench.model.build.TwinDrafts;
import io.twinbench.model.twin.Twin;

/**
 * A line above the graph that says whose word the graph is: a captured twin is evidence,
 * read-only, with a button to try changes on a draft; a draft says what it was copied from.
 */
public final class ProvenanceBar extends Composite {

    private final Label text;
    private Button pause;

    /** pause is told true to hold live updates, false to follow the endpoint again. */
    public ProvenanceBar(Composite parent, Twin twin, Runnable makeDraft, java.util.function.Consumer<Boolean> pauseLive) {
        super(parent, SWT.NONE);
        boolean draft = TwinDrafts.isDraft(twin);
        GridLayout layout = new GridLayout(draft ? 1 : 3, false);
        layout.marginHeight = 2;
        setLayout(layout);
        text = new Label(this, SWT.WRAP);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.setText(draft ? "Draft of " + TwinDrafts.draftedFrom(twin).orElse("?")
                + ": what-if edits here (Properties, Delete, undo and redo) never reach the captured twin."
                : "Captured from " + (twin.getSource() == null ? "its source" : twin.getSource())
                        + ": read-only evidence. Try changes on a draft.");
        if (!draft) {
            pause = new Button(this, SWT.TOGGLE);
            pause.setText("Pause Live");
            pause.setToolTipText("Hold the graph still while you read it; the endpoint's changes wait until you resume");
            pause.addListener(SWT.Selection, e -> pauseLive.accept(pause.getSelection()));
            Button button = new Button(this, SWT.PUSH);
            button.setText("Make a Draft");
            button.setToolTipText("Copy this twin as it is now into a draft that can be edited");
            button.addListener(SWT.Selection, e -> makeDraft.run());
        }
        setBackground(getDisplay().getSystemColor(draft ? SWT.COLOR_INFO_BACKGROUND : SWT.COLOR_WIDGET_LIGHT_SHADOW));
        text.setBackground(getBackground());
    }

    /** Says how many live updates wait (a negative count: not paused). */
    public void showPaused(int waiting) {
        if (pause == null) {
            return;
        }
        pause.setSelection(waiting >= 0);
        pause.setText(waiting < 0 ? "Pause Live" : waiting == 0 ? "Paused" : "Paused: " + waiting + (waiting == 1 ? " update" : " updates") + " waiting");
        layout(true);
    }

    public String text() {
        return text.getText();
    }
}
