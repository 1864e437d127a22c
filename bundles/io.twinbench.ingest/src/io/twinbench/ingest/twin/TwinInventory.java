package io.twinbench.ingest.twin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


import io.twinbench.protocol.InventoryDelta;
import io.twinbench.protocol.InventoryFull;
import io.twinbench.protocol.ProtocolException;
import io.twinbench.protocol.SectionHashes;
import io.twinbench.protocol.inventory.InventoryDiff;
import io.twinbench.protocol.inventory.Item;
import io.twinbench.protocol.inventory.Section;
import io.twinbench.protocol.inventory.SectionDelta;
import io.twinbench.store.Inventories;
import io.twinbench.store.SectionWrite;
import io.twinbench.store.StoreException;
import io.twinbench.store.TwinChange;

/**
 * One twin's inventory as the workbench holds it: loaded from the store once, then moved
 * forward by full sections and deltas, from an agent's stream or an imported image. A step is
 * planned first (what to write, what history to record against the state held) and only taken
 * into memory once the store has committed it.
 */
public final class TwinInventory {

    /** What a frame would change: the store writes and the sections after them. */
    public record Step(List<SectionWrite> writes, Map<String, Section> after) {
        public boolean changesSomething() {
            return writes.stream().anyMatch(w -> !w.changes().isEmpty() || w.replace());
        }
    }

    /** Sections whose delta did not fit the state the workbench holds. */
    public static final class Drift extends Exception {
        private static final long serialVersionUID = 1L;
        private final List<String> sections;

        Drift(List<String> sections, String message) {
            super(message);
            this.sections = List.copyOf(sections);
        }

        public List<String> sections() {
            return sections;
        }
    }

    private final String twinId;
    private final Inventories store;
    private Map<String, Section> sections;

    public TwinInventory(String twinId, Inventories store) {
        this.twinId = twinId;
        this.store = store;
    }

    public Map<String, Section> sections() {
        if (sections == null) {
            sections = new LinkedHashMap<>();
            store.items(twinId).forEach((name, items) -> {
                List<Item> list = new ArrayList<>(items.size());
                items.forEach((key, json) -> list.add(new Item(key, attributes(json))));
                sections.put(name, new Section(name, list));
            });
        }
        return sections;
    }

    public Step full(InventoryFull full, String source, Instant now) {
        List<SectionWrite> writes = new ArrayList<>();
        Map<String, Section> after = new HashMap<>();
        for (Section section : full.sections()) {
            Section before = sections().getOrDefault(section.name(), new Section(section.name(), List.of()));
            Map<String, String> all = new LinkedHashMap<>();
            section.items().forEach(item -> all.put(item.key(), InventoryJson.of(item)));
            writes.add(new SectionWrite(section.name(), section.hash(), true, all, List.of(),
                    history(before, InventoryDiff.diff(before, section), source, now)));
            after.put(section.name(), section);
        }
        return new Step(writes, after);
    }

    public Step delta(InventoryDelta delta, String source, Instant now) throws Drift {
        List<SectionWrite> writes = new ArrayList<>();
        Map<String, Section> after = new HashMap<>();
        List<String> drifted = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (SectionDelta d : delta.deltas()) {
            Section before = sections().getOrDefault(d.section(), new Section(d.section(), List.of()));
            try {
                Section next = InventoryDiff.apply(before, d);
                Map<String, String> upserts = new LinkedHashMap<>();
                d.upserts().forEach(item -> upserts.put(item.key(), InventoryJson.of(item)));
                writes.add(new SectionWrite(d.section(), next.hash(), false, upserts, d.removals(), history(before, d, source, now)));
                after.put(d.section(), next);
            } catch (ProtocolException e) {
                drifted.add(d.section());
                reasons.add(e.getMessage());
            }
        }
        if (!drifted.isEmpty()) {
            throw new Drift(drifted, String.join("; ", reasons));
        }
        return new Step(writes, after);
    }

    /** The sections whose hash differs from the agent's, or that the workbench lacks. */
    public List<String> drifted(SectionHashes hashes) {
        List<String> result = new ArrayList<>();
        hashes.hashes().forEach((name, hash) -> {
            Section held = sections().get(name);
            if (held == null || !held.hash().equals(hash)) {
                result.add(name);
            }
        });
        result.sort(null);
        return result;
    }

    private Map<String, String> attributes(String json) {
        try {
            return InventoryJson.parse(json);
        } catch (IllegalArgumentException e) {
            throw new StoreException("the stored inventory of " + twinId + " is damaged: " + e.getMessage(), e);
        }
    }

    public void committed(Step step) {
        sections().putAll(step.after());
    }

    /** The store may hold a state this copy does not know (a failed commit): read it again next time. */
    public void forget() {
        sections = null;
    }

    private List<TwinChange> history(Section before, SectionDelta delta, String source, Instant now) {
        Map<String, Item> old = before.byKey();
        List<TwinChange> changes = new ArrayList<>();
        for (Item item : delta.upserts()) {
            Item previous = old.get(item.key());
            changes.add(new TwinChange(twinId, now, source, delta.section(), item.key(), previous == null ? TwinChange.Kind.ADDED
                    : TwinChange.Kind.CHANGED, previous == null ? null : InventoryJson.of(previous), InventoryJson.of(item)));
        }
        for (String key : delta.removals()) {
            Item previous = old.get(key);
            changes.add(new TwinChange(twinId, now, source, delta.section(), key, TwinChange.Kind.REMOVED,
                    previous == null ? null : InventoryJson.of(previous), null));
        }
        return changes;
    }
}
