package io.twinbench.ingest.intake;

import java.util.ArrayList;
import java.util.List;

import io.twinbench.inventory.SecretRedactor;
import io.twinbench.protocol.InventoryDelta;
import io.twinbench.protocol.InventoryFull;
import io.twinbench.protocol.inventory.Item;
import io.twinbench.protocol.inventory.Section;
import io.twinbench.protocol.inventory.SectionDelta;

/**
 * The workbench's own secret patterns over an inventory, whatever the agent masked already:
 * every item's attributes, by pattern and by name. A section the agent sent with a value these
 * patterns mask is held masked, so its hash no longer matches the agent's: that section then
 * comes in full when it changes, the price of not keeping what the agent should have masked.
 */
public final class InventoryRedaction {

    private final SecretRedactor redactor;

    public InventoryRedaction(SecretRedactor redactor) {
        this.redactor = redactor;
    }

    public InventoryFull apply(InventoryFull full) {
        List<Section> sections = new ArrayList<>(full.sections().size());
        boolean changed = false;
        for (Section section : full.sections()) {
            List<Item> items = items(section.items());
            changed |= items != section.items();
            sections.add(items == section.items() ? section : new Section(section.name(), items));
        }
        return changed ? new InventoryFull(sections) : full;
    }

    public InventoryDelta apply(InventoryDelta delta) {
        List<SectionDelta> deltas = new ArrayList<>(delta.deltas().size());
        boolean changed = false;
        for (SectionDelta d : delta.deltas()) {
            List<Item> upserts = items(d.upserts());
            changed |= upserts != d.upserts();
            deltas.add(upserts == d.upserts() ? d : new SectionDelta(d.section(), d.baseHash(), d.newHash(), upserts, d.removals()));
        }
        return changed ? new InventoryDelta(deltas) : delta;
    }

    /** The items with their attributes masked; the same list when nothing was. */
    private List<Item> items(List<Item> items) {
        List<Item> out = null;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            var attributes = redactor.redactAttributes(item.attributes());
            if (attributes != item.attributes() && out == null) {
                out = new ArrayList<>(items.subList(0, i));
            }
            if (out != null) {
                out.add(attributes == item.attributes() ? item : new Item(item.key(), attributes));
            }
        }
        return out == null ? items : out;
    }
}
