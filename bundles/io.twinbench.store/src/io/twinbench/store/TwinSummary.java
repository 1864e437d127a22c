package io.twinbench.store;

import java.time.Instant;

/** One twin as the fleet sees it, without loading its graph. */
public record TwinSummary(String id, String name, String hostname, String source, int elementCount,
        int dependencyCount, Instant updated, int snapshotCount) {
}
