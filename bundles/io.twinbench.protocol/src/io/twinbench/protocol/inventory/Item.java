package io.twinbench.protocol.inventory;

import java.util.Map;
import java.util.TreeMap;

import io.twinbench.protocol.Fields;

/** One thing in an inventory section (a package, a unit, a user, a file), by key, with its attributes. */
public record Item(String key, Map<String, String> attributes) {

    public Item {
        Fields.text("key", key, 1000);
        attributes = Map.copyOf(Fields.map("attributes", attributes, 256));
    }

    /** Attributes in key order, the form hashes are computed over. */
    public TreeMap<String, String> sortedAttributes() {
        return new TreeMap<>(attributes);
    }
}
