package io.twinbench.agent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.twinbench.inventory.ItemBuilder;
import io.twinbench.inventory.Sections;
import io.twinbench.protocol.Event;
import io.twinbench.protocol.Event.Kinds;
import io.twinbench.protocol.Severity;

/**
 * Security events that the inventory reveals: a port that started listening, a user account
 * or a service that was not there the round before. The first round is the baseline, so
 * enrolling a host does not raise an alarm for everything it already has.
 */
final class InventoryEvents {

    private InventoryEvents() {
    }

    static Optional<Event> of(InventorySync.NewItem added, long now) {
        Map<String, String> a = added.item().attributes();
        String name = a.getOrDefault(ItemBuilder.NAME, added.item().key());
        Map<String, String> attributes = new LinkedHashMap<>();
        return switch (added.section()) {
            case Sections.LISTENERS -> {
                copy(a, attributes, "protocol", "address", "port");
                String owner = a.get(ItemBuilder.IN + "listens-on");
                if (owner != null) {
                    attributes.put("process", owner);
                }
                yield Optional.of(Event.fitted(now, Kinds.NEW_LISTENER, Severity.WARN, "inventory", added.item().key(),
                        "new listening port " + name + (owner == null ? "" : " (" + owner + ")"), attributes));
            }
            case Sections.USERS -> {
                copy(a, attributes, "uid", "gid", "home", "shell");
                yield Optional.of(Event.fitted(now, Kinds.NEW_USER, Severity.WARN, "inventory", added.item().key(), "new user " + name,
                        attributes));
            }
            case Sections.UNITS -> { // unit files, not OSHI's service list: without systemd that lists processes
                copy(a, attributes, "unit", "state", "enabled", "path");
                yield Optional.of(Event.fitted(now, Kinds.NEW_SERVICE, Severity.WARN, "inventory", added.item().key(),
                        "new service " + name, attributes));
            }
            default -> Optional.empty();
        };
    }

    private static void copy(Map<String, String> from, Map<String, String> to, String... names) {
        for (String n : names) {
            if (from.containsKey(n)) {
                to.put(n, from.get(n));
            }
        }
    }
}
