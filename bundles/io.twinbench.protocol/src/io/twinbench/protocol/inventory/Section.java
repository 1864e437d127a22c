package io.twinbench.protocol.inventory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.twinbench.protocol.Fields;

/** A named part of the inventory, its items kept in key order so both ends hash it alike. */
public record Section(String name, List<Item> items) {

    public static final int MAX_ITEMS = 200_000;

    public Section {
        Fields.text("name", name, 100);
        List<Item> sorted = new ArrayList<>(Fields.list("items", items, MAX_ITEMS));
        sorted.sort(Comparator.comparing(Item::key));
        Set<String> keys = new HashSet<>();
        for (Item item : sorted) {
            if (!keys.add(item.key())) {
                throw new IllegalArgumentException("section '" + name + "' has item '" + item.key() + "' twice");
            }
        }
        items = List.copyOf(sorted);
    }

    public Map<String, Item> byKey() {
        Map<String, Item> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(i.key(), i));
        return map;
    }

    /** The section's content hash (see {@link SectionHash}). */
    public String hash() {
        return SectionHash.of(this);
    }
}
