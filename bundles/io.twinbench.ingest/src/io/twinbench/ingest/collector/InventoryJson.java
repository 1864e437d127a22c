package io.twinbench.ingest.collector;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.twinbench.protocol.inventory.Item;

/** An inventory item's attributes as the store keeps them: one JSON object, keys in order. */
public final class InventoryJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private InventoryJson() {
    }

    public static String of(Item item) {
        try {
            return JSON.writeValueAsString(item.sortedAttributes());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("attributes are strings; they always serialise", e);
        }
    }
}
