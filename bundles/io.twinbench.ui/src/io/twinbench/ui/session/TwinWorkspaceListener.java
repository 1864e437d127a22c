package io.twinbench.ui.session;

import java.util.List;

import io.twinbench.ingest.host.MetricReading;
import io.twinbench.sim.docker.DockerEngineStatus;
import io.twinbench.store.TwinSummary;

/**
 * What happens in the workspace, told to the views. Called on background threads:
 * implementations hop to the display thread themselves.
 */
public interface TwinWorkspaceListener {

    default void fleetChanged(List<TwinSummary> twins) {
    }

    default void telemetryArrived(List<MetricReading> readings) {
    }

    default void dockerStatusChanged(DockerEngineStatus status) {
    }

    default void agentsChanged(List<AgentStatus> agents) {
    }

    /**
     * A live twin (an agent's) changed: latest is its new model, to merge into an open editor
     * (read it, do not keep or change it).
     */
    default void liveTwinUpdated(String twinId, io.twinbench.model.twin.Twin latest) {
    }

    /** An agent's telemetry frame for this twin was committed to the store. */
    default void telemetryCommitted(String twinId) {
    }

    /** The online detector stored new anomalies of a twin. */
    default void anomaliesFound(String twinId) {
    }

    /** New events (log lines, security events) of a twin were stored. */
    default void eventsArrived(String twinId) {
    }

    /** The time range a twin's views show was changed by one of them. */
    default void timeRangeChanged(String twinId, TimeRange range) {
    }

    /** Policy verdicts changed (a twin changed, or the policies in force were evaluated again). */
    default void complianceChanged() {
    }

    default void problem(String message) {
    }
}
