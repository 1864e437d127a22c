package io.twinbench.protocol.inventory;

import java.util.List;

import io.twinbench.protocol.Fields;

/**
 * What changed in one section: items added or changed (upserts, whole items) and keys
 * removed, from the state with baseHash to the state with newHash.
 */
public record SectionDelta(String section, String baseHash, String newHash, List<Item> upserts, List<String> removals) {

    public SectionDelta {
        Fields.text("section", section, 100);
        Fields.text("baseHash", baseHash, 64);
        Fields.text("newHash", newHash, 64);
        upserts = Fields.list("upserts", upserts, Section.MAX_ITEMS);
        removals = Fields.list("removals", removals, Section.MAX_ITEMS);
    }

    public boolean isEmpty() {
        return upserts.isEmpty() && removals.isEmpty();
    }
}
