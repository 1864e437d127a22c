package io.twinbench.ui.session;

import java.time.Instant;

import io.twinbench.store.AgentActivity;

/** An enrolled agent as the fleet view shows it: stored activity plus whether it is connected now. */
public record AgentStatus(AgentActivity activity, boolean online) {

    public String state() {
        return activity.revoked() ? "revoked" : online ? "online" : "offline";
    }

    public Instant lastSeen() {
        return activity.lastSeen();
    }

    /** What the analyst should know of this agent: what it cannot collect, and what its quotas refused; empty when nothing. */
    public String attention() {
        String notes = activity.notes() == null ? "" : activity.notes().replace('\n', ';');
        String refused = activity.refused() == null ? "" : activity.refused().describe();
        return notes.isEmpty() ? refused : refused.isEmpty() ? notes : notes + "; " + refused;
    }
}
