package io.twinbench.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.twinbench.model.build.TwinBuilder;
import io.twinbench.model.twin.TwinPackage;
import io.twinbench.store.AnalystNotes;
import io.twinbench.store.StoreException;
import io.twinbench.store.TwinStore;

/** The analyst's notes live beside the captured twin: kept, changed, removed, refused when too long, and deleted with the twin. */
class AnalystNotesTest extends StoreFixture {

    private final Instant at = Instant.parse("2026-12-06T06:03:25Z");

    @Test
    void aNoteIsKeptChangedAndRemovedAndGoesWithItsTwin() {
        try (TwinStore store = TwinStore.open(location())) {
            TwinBuilder b = new TwinBuilder("web-01", "web-01", java.util.Date.from(at));
            b.element(TwinPackage.eINSTANCE.getProcess(), "proc/4242", "python3", e -> { });
            store.snapshots().save(b.twin());
            AnalystNotes notes = store.notes();
            notes.put(new AnalystNotes.Note("web-01", "proc/4242", "started by the new user eve; check what it serves", "suspicious, case-17",
                    "analyst", at));
            assertEquals("suspicious, case-17", notes.get("web-01", "proc/4242").orElseThrow().tags());
            notes.put(new AnalystNotes.Note("web-01", "proc/4242", "a test server of the web team, confirmed", "benign", "analyst", at.plusSeconds(60)));
            AnalystNotes.Note changed = notes.of("web-01").get("proc/4242");
            assertEquals("a test server of the web team, confirmed", changed.text());
            assertEquals(at.plusSeconds(60), changed.updated());
            assertThrows(StoreException.class, () -> notes.put(new AnalystNotes.Note("web-01", "proc/4242", "x".repeat(AnalystNotes.MAX_NOTE + 1),
                    null, "analyst", at)));
            assertEquals("benign", notes.get("web-01", "proc/4242").orElseThrow().tags(), "a refused note leaves the kept one");
            notes.put(new AnalystNotes.Note("web-01", "proc/4242", "", "", "analyst", at));
            assertTrue(notes.of("web-01").isEmpty(), "an empty note removes it");

            notes.put(new AnalystNotes.Note("web-01", "proc/4242", "again", null, "analyst", at));
            store.deleteTwin("web-01");
            assertTrue(notes.of("web-01").isEmpty(), "deleting the twin deletes its notes");
        }
    }
}
