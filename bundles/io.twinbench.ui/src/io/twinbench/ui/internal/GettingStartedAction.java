package io.twinbench.ui.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;

/** Help > Getting Started: what to do first, and where each thing is, in a few lines. */
final class GettingStartedAction extends Action {

    static final String TEXT = String.join("\n",
            "Twinbench keeps a twin of every endpoint you defend; this machine's twin is there from the start.",
            "",
            "1. Enrol an endpoint: File > Enrol an Agent… gives a one-time token and the command to run on it.",
            "2. Select a twin in the Fleet view: History, Events, Anomalies and Predictions below follow it.",
            "3. Double-click it (or Investigate) for its dependency graph; select a node for its Properties and telemetry.",
            "4. Captured twins are evidence and read-only: to try a change, Make a Draft above the graph.",
            "5. Events: drag across the histogram to zoom every view of the twin to a time; double-click an event for its element.",
            "6. Twin Images and Simulation (Window > Open Perspective) run a scenario on an executable twin.",
            "",
            "Import, export and reports are in the File menu; Window > Preferences sets the database, Docker and retention.");

    private final IWorkbenchWindow window;

    GettingStartedAction(IWorkbenchWindow window) {
        super("&Getting Started");
        this.window = window;
    }

    @Override
    public void run() {
        MessageDialog.openInformation(window.getShell(), "Getting started with Twinbench", TEXT);
    }
}
