package io.twinbench.ui.views;

import io.twinbench.change.PlanCatalog;
import io.twinbench.change.WorkspaceTrust;
import io.twinbench.store.TwinStore;
import io.twinbench.ui.preferences.TwinbenchPreferences;

/** The workspace's plans as the views act on them: their catalog over the open store, with the root of trust beside the workspace's CA. */
public final class WorkspacePlans {

    private WorkspacePlans() {
    }

    public static PlanCatalog catalog(TwinStore store) {
        return new PlanCatalog(store, trust(), java.time.Clock.systemUTC());
    }

    /** Where the workspace keeps its approvers' keys (plan keygen writes there by default): the signing dialogs offer them. */
    static java.nio.file.Path keysFolder() {
        return TwinbenchPreferences.fromInstanceScope().certificateAuthorityDirectory().getParent().resolve("keys");
    }

    static WorkspaceTrust trust() {
        return new WorkspaceTrust(io.twinbench.ingest.collector.TrustRootFile.in(
                TwinbenchPreferences.fromInstanceScope().certificateAuthorityDirectory().getParent()));
    }
}
