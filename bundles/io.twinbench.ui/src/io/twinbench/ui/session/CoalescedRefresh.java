package io.twinbench.ui.session;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Re-reads the fleet and the agents at most once per delay however many agents report in
 * that time: a thousand agents connecting or sending inventory changes together cost the
 * store a few reads and the views a few repaints, not a thousand.
 */
final class CoalescedRefresh extends Job {

    private final TwinWorkspace workspace;
    private final long delayMillis;
    private final AtomicBoolean fleet = new AtomicBoolean();
    private final AtomicBoolean agents = new AtomicBoolean();

    CoalescedRefresh(TwinWorkspace workspace, long delayMillis) {
        super("Refreshing the fleet");
        this.workspace = workspace;
        this.delayMillis = delayMillis;
        setSystem(true);
    }

    void fleetAndAgents() {
        fleet.set(true);
        agents.set(true);
        schedule(delayMillis);
    }

    void agents() {
        agents.set(true);
        schedule(delayMillis);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        if (fleet.getAndSet(false)) {
            workspace.refreshFleet();
        }
        if (agents.getAndSet(false)) {
            workspace.agentsChanged();
        }
        return Status.OK_STATUS;
    }
}
