package io.twinbench.model.build;

import io.twinbench.model.twin.Twin;

/**
 * What analysis holds about a twin, added as findings to a freshly built model of it before the
 * model is stored or shown, so snapshots, exports and open editors carry them.
 */
@FunctionalInterface
public interface FindingsSource {

    FindingsSource NONE = twin -> { };

    void addFindings(Twin twin);
}
