package io.twinbench.ingest.twin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.twinbench.protocol.inventory.Item;

/** An inventory item's attributes as the store keeps them: one JSON object, keys in order. */
public final class InventoryJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private InventoryJson() {
    }

    /** The attributes a stored value holds (empty for null). */
    public static java.util.SortedMap<String, String> parse(String json) {
        if (json == null) {
            return new java.util.TreeMap<>();
        }
        try {
            return JSON.readValue(json, new com.fasterxml.jackson.core.type.TypeReference<java.util.TreeMap<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an inventory item: " + e.getOriginalMessage(), e);
        }
    }

    /** What differs between two stored values, attribute by attribute: "version: 1.0 → 1.1; user: root → www". */
    public static String differences(String before, String after) {
        java.util.SortedMap<String, String> a = parse(before);
        java.util.SortedMap<String, String> b = parse(after);
        java.util.TreeSet<String> keys = new java.util.TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        StringBuilder text = new StringBuilder();
        for (String key : keys) {
            String x = a.get(key);
            String y = b.get(key);
            if (!java.util.Objects.equals(x, y)) {
                text.append(text.length() == 0 ? "" : "; ").append(key).append(": ").append(x == null ? "—" : x).append(" → ")
                        .append(y == null ? "—" : y);
            }
        }
        return text.toString();
    }

    public static String of(Item item) {
        try {
            return JSON.writeValueAsString(item.sortedAttributes());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("attributes are strings; they always serialise", e);
        }
    }
}
