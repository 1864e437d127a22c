package io.twinbench.ui.session;

import java.time.Duration;

/** Re-reads the agents now and then, so "last seen" moves while they stream and offline agents age. */
final class AgentActivityJob extends PeriodicJob {

    private final TwinWorkspace workspace;

    AgentActivityJob(TwinWorkspace workspace, Duration period) {
        super("Reading agent activity", period);
        this.workspace = workspace;
    }

    @Override
    protected void round() {
        workspace.agentsChanged();
    }
}
