package io.twinbench.ui.views;

import org.eclipse.jface.action.Action;

/** The views' toolbar and menu actions: a text, what it does when hovered, and what it runs. */
public final class ViewActions {

    private ViewActions() {
    }

    public static Action of(String text, String tooltip, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setToolTipText(tooltip);
        return action;
    }
}
