package io.twinbench.ui.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import io.twinbench.sim.docker.DockerEngineStatus;
import io.twinbench.ui.session.TwinWorkspace;
import io.twinbench.ui.session.TwinWorkspaceListener;

/** Whether the engine that runs executable twins is there, and what it holds. */
public final class DockerEngineView extends ViewPart {

    public static final String ID = "io.twinbench.ui.views.docker";

    private Label state;
    private Label details;
    private TwinWorkspace workspace;
    private final TwinWorkspaceListener listener = new TwinWorkspaceListener() {
        @Override
        public void dockerStatusChanged(DockerEngineStatus status) {
            UiThread.async(state, () -> show(status));
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        workspace = getSite().getService(TwinWorkspace.class);
        parent.setLayout(new GridLayout(1, false));
        state = new Label(parent, SWT.NONE);
        state.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        details = new Label(parent, SWT.WRAP);
        details.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        state.setText("Docker engine: checking…");
        workspace.addListener(listener);
        workspace.dockerStatus().ifPresent(this::show);
    }

    private void show(DockerEngineStatus status) {
        state.setText(status.reachable() ? "● Docker engine: running" : "○ Docker engine: not reachable");
        state.setForeground(state.getDisplay().getSystemColor(status.reachable() ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_RED));
        details.setText(status.reachable()
                ? "Version " + status.version() + " (API " + status.apiVersion() + ") at " + status.endpoint() + "\n"
                        + status.runningContainers() + " of " + status.containers() + " containers running, " + status.images() + " images"
                : status.endpoint() + ": " + status.problem()
                        + "\nExecutable twins need a Docker engine; everything else works without one."
                        + "\nChange the endpoint in Window > Preferences > Twinbench.");
        state.getParent().layout();
    }

    public String stateText() {
        return state.getText();
    }

    @Override
    public void setFocus() {
        state.setFocus();
    }

    @Override
    public void dispose() {
        if (workspace != null) {
            workspace.removeListener(listener);
        }
        super.dispose();
    }
}
