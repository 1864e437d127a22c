package io.twinbench.ui.session;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Re-reads the fleet and the agents, and tells the views which twins have new anomalies, at
 * most once per delay however many agents report in that time: a thousand agents connecting,
 * sending inventory changes or turning anomalous together cost the store a few reads and the
 * views a few repaints, not a thousand.
 */
final class CoalescedRefresh extends Job {

    private final TwinWorkspace workspace;
    private final long delayMillis;
    private final AtomicBoolean fleet = new AtomicBoolean();
    private final AtomicBoolean agents = new AtomicBoolean();
    private final Set<String> anomalous = ConcurrentHashMap.newKeySet();

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

    void anomalies(String twinId) {
        anomalous.add(twinId);
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
        for (String twinId : anomalous) {
            anomalous.remove(twinId);
            workspace.tellAnomalies(twinId);
        }
        return Status.OK_STATUS;
    }
}
