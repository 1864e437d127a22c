package io.twinbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.twinbench.change.PlanCatalog;
import io.twinbench.change.WorkspaceTrust;
import io.twinbench.remedy.plan.Plan;
import io.twinbench.remedy.plan.PlanDocument;
import io.twinbench.remedy.plan.PlanReader;
import io.twinbench.store.PlanTrials;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.TwinStore;

/** Approval needs this text to have passed on every twin it was last tried on: a pass on one image does not outweigh a failure on another. */
class TwinRunGateTest {

    @Test
    void aFailureOnOneImageBlocksApprovalUntilItPassesThereOrIsOverridden(@TempDir Path workspace) throws Exception {
        Plan plan = new PlanReader().read("p.yaml", """
                id: banner
                title: A banner
                targets: {endpoints: [web-1, db-1]}
                actions:
                  - write: /etc/motd
                    content: hello
                """);
        String digest = PlanDocument.digest(plan);
        Instant t0 = Instant.parse("2026-12-06T12:00:00Z");
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(workspace))) {
            PlanCatalog catalog = new PlanCatalog(store, new WorkspaceTrust(workspace.resolve(".twinbench/root.json")), Clock.systemUTC());
            IllegalArgumentException untried = assertThrows(IllegalArgumentException.class, () -> catalog.requireTwinRunOrOverride(plan, null, "ann"));
            assertTrue(untried.getMessage().contains("was not tried on a twin"), untried.getMessage());

            store.trials().record(new PlanTrials.Trial(digest, "banner", "web-1", "twinbench/web-1:v1", t0, true, "applied", ""));
            store.trials().record(new PlanTrials.Trial(digest, "banner", "db-1", "twinbench/db-1:v1", t0.plusSeconds(60), false,
                    "failed: check tcp 127.0.0.1:5432 did not answer", ""));
            store.trials().record(new PlanTrials.Trial(digest, "banner", "web-1", "twinbench/web-1:v1", t0.plusSeconds(120), true, "applied", ""));
            IllegalArgumentException mixed = assertThrows(IllegalArgumentException.class, () -> catalog.requireTwinRunOrOverride(plan, " ", "ann"));
            assertTrue(mixed.getMessage().contains("failed on the twin of db-1 (failed: check tcp 127.0.0.1:5432 did not answer)"), mixed.getMessage());
            assertTrue(catalog.requireTwinRunOrOverride(plan, "the database check needs its data, which twins lack", "ann"));
            assertEquals("the database check needs its data, which twins lack", store.trials().overrideOf(digest).orElseThrow().reason());

            // tried again on db-1 and passed: that twin's newest run counts
            store.trials().record(new PlanTrials.Trial(digest, "banner", "db-1", "twinbench/db-1:v1", t0.plusSeconds(180), true, "applied", ""));
            assertFalse(catalog.requireTwinRunOrOverride(plan, null, "ann"));
        }
    }
}
