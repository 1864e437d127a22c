package io.twinbench.protocol;

import java.util.List;

import io.twinbench.protocol.inventory.SectionDelta;

/** Only what changed in the inventory since the state both ends agree on (named by its hash). */
public record InventoryDelta(List<SectionDelta> deltas) implements Message {

    public InventoryDelta {
        deltas = Fields.list("deltas", deltas, 64);
    }

    @Override
    public MessageType type() {
        return MessageType.INVENTORY_DELTA;
    }
}
