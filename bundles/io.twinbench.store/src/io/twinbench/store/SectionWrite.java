package io.twinbench.store;

import java.util.List;
import java.util.Map;

/**
 * A section's new state for the store: its hash, the items to write (key to attributes as
 * JSON), the keys to delete, and the history entries that describe the step. With replace,
 * every item not written is deleted (a section received in full).
 */
public record SectionWrite(String section, String hash, boolean replace, Map<String, String> upserts, List<String> removals,
        List<TwinChange> changes) {

    public SectionWrite {
        upserts = Map.copyOf(upserts);
        removals = List.copyOf(removals);
        changes = List.copyOf(changes);
    }
}
