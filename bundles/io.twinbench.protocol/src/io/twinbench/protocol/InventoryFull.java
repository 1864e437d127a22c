package io.twinbench.protocol;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.twinbench.protocol.inventory.Section;

/** The whole inventory (packages, units, users, configuration, ...), sent at enrolment or when a delta cannot apply. */
public record InventoryFull(List<Section> sections) implements Message {

    public InventoryFull {
        sections = Fields.list("sections", sections, 64);
        Set<String> names = new HashSet<>();
        for (Section s : sections) {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("field 'sections' names section '" + s.name() + "' twice");
            }
        }
    }

    @Override
    public MessageType type() {
        return MessageType.INVENTORY_FULL;
    }
}
