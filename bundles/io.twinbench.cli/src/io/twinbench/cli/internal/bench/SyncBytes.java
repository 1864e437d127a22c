package io.twinbench.cli.internal.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.twinbench.inventory.EndpointInventory;
import io.twinbench.inventory.ImagePolicy;
import io.twinbench.inventory.SecretRedactor;
import io.twinbench.protocol.InventoryDelta;
import io.twinbench.protocol.InventoryFull;
import io.twinbench.protocol.MessageCodec;
import io.twinbench.protocol.inventory.InventoryDiff;
import io.twinbench.protocol.inventory.Item;
import io.twinbench.protocol.inventory.Section;
import io.twinbench.protocol.inventory.SectionDelta;

/** Differential against full sync bytes on this machine's own inventory, at 1 % churn. */
final class SyncBytes {

    private final PrintWriter out;

    SyncBytes(PrintWriter out) {
        this.out = out;
    }

    void print() throws Exception {
        List<Section> sections = EndpointInventory.ofThisMachine(new oshi.SystemInfo(), ImagePolicy.defaults(), SecretRedactor.defaults(), false)
                .read();
        int items = sections.stream().mapToInt(s -> s.items().size()).sum();
        MessageCodec codec = new MessageCodec();
        int full = codec.encode(new InventoryFull(sections), 1).size();
        List<SectionDelta> deltas = new ArrayList<>();
        int changed = 0;
        for (Section section : sections) {
            List<Item> next = new ArrayList<>();
            for (int i = 0; i < section.items().size(); i++) {
                Item item = section.items().get(i);
                if (i % 100 == 50) {
                    Map<String, String> attributes = new TreeMap<>(item.attributes());
                    attributes.put("version", attributes.getOrDefault("version", "1") + "+churn");
                    item = new Item(item.key(), attributes);
                    changed++;
                }
                next.add(item);
            }
            SectionDelta delta = InventoryDiff.diff(section, new Section(section.name(), next));
            if (!delta.isEmpty()) {
                deltas.add(delta);
            }
        }
        int delta = codec.encode(new InventoryDelta(deltas), 2).size();
        out.printf("  %-44s full %,d bytes (%,d items in %d sections); delta %,d bytes for %d changed items = %.2f %% (target < 5 %%)%n",
                "inventory sync, this machine, 1 % churn", full, items, sections.size(), delta, changed, 100.0 * delta / full);
    }
}
