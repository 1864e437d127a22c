package io.twinbench.ingest.collector;

/**
 * What the collector tells the rest of the workbench (fleet view, live twins). Called on the
 * connection's own thread: implementations hand work off instead of blocking it.
 */
public interface CollectorListener {

    CollectorListener NONE = new CollectorListener() {
    };

    default void enrolled(String agentId, String hostname) {
    }

    default void connected(String agentId, String agentVersion) {
    }

    default void committed(String agentId, long seq, int samples) {
    }

    /** Telemetry of the twin was committed: the samples themselves, for online analysis. */
    default void samplesStored(String twinId, java.util.List<io.twinbench.store.SeriesAppend> appends) {
    }

    /** The agent's twin after a committed inventory change; the model is the listener's to keep. */
    default void twinUpdated(String agentId, io.twinbench.model.twin.Twin twin) {
    }

    /** Events (log lines, security events) of the twin were stored. */
    default void eventsStored(String twinId, int count) {
    }

    default void disconnected(String agentId, String reason) {
    }

    /** An endpoint's quotas refused some of what it sent (described in words); counted in its agent's row. */
    default void quotaRefused(String twinId, String what) {
    }

    /** A peer was turned away; agentId is the claimed id or the peer's address. */
    default void refused(String peer, String reason) {
    }
}
