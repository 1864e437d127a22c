package io.twinbench.inventory;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import io.twinbench.protocol.inventory.Item;

/**
 * One inventory item in the form the workbench turns into a twin element: its key is the
 * element id, "kind" names the model class, other attributes name model features (the rest
 * become properties), and "->type" / "<-type" attributes list the ids it depends on or that
 * depend on it.
 */
public final class ItemBuilder {

    public static final String KIND = "kind";
    public static final String NAME = "name";
    public static final String OUT = "->";
    public static final String IN = "<-";

    private final String key;
    private final Map<String, String> attributes = new TreeMap<>();

    private ItemBuilder(String key) {
        this.key = key;
    }

    public static ItemBuilder of(String kind, String id, String name) {
        return new ItemBuilder(id).set(KIND, kind).set(NAME, name);
    }

    /** Sets an attribute; null and blank values are left out. */
    public ItemBuilder set(String attribute, Object value) {
        if (value != null && !String.valueOf(value).isBlank()) {
            attributes.put(attribute, String.valueOf(value));
        }
        return this;
    }

    /** This element depends on the targets (dependency type in kebab case: requires, runs-on, ...). */
    public ItemBuilder edge(String type, String... targetIds) {
        return edges(OUT + type, targetIds);
    }

    /** The source depends on this element (for edges the other side does not know about). */
    public ItemBuilder edgeFrom(String type, String... sourceIds) {
        return edges(IN + type, sourceIds);
    }

    private ItemBuilder edges(String attribute, String... ids) {
        TreeSet<String> all = new TreeSet<>();
        String existing = attributes.get(attribute);
        if (existing != null) {
            all.addAll(java.util.List.of(existing.split(" ")));
        }
        for (String id : ids) {
            if (id != null && !id.isBlank() && !id.equals(key)) {
                all.add(id);
            }
        }
        if (!all.isEmpty()) {
            attributes.put(attribute, String.join(" ", all));
        }
        return this;
    }

    public Item build() {
        return new Item(key, attributes);
    }
}
