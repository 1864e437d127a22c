package io.twinbench.store;

import java.time.Instant;

/**
 * One entry of a twin's history: an inventory item that appeared, disappeared or changed,
 * when, and from which source. Values are the item's attributes as JSON (null when absent).
 */
public record TwinChange(String twinId, Instant at, String source, String section, String itemKey, Kind change, String before,
        String after) {

    public enum Kind {
        ADDED, REMOVED, CHANGED
    }
}
