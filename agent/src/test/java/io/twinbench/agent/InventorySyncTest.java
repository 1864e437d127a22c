package io.twinbench.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.twinbench.protocol.InventoryDelta;
import io.twinbench.protocol.InventoryFull;
import io.twinbench.protocol.Message;
import io.twinbench.protocol.SectionHashes;
import io.twinbench.protocol.inventory.InventoryDiff;
import io.twinbench.protocol.inventory.Item;
import io.twinbench.protocol.inventory.Section;
import io.twinbench.protocol.inventory.SectionDelta;

/**
 * The agent's half of differential sync: everything at first, then only the sections that
 * changed, each as a delta the workbench can apply to what it holds; nothing when nothing
 * changed; hashes every few rounds; a section asked for again goes in full.
 */
class InventorySyncTest {

    private final List<Section> machine = new ArrayList<>(List.of(section("packages", "bash", "5.2", "curl", "7.88"),
            section("users", "root", "0", "alice", "1000")));

    private static Section section(String name, String... keysAndVersions) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < keysAndVersions.length; i += 2) {
            items.add(new Item(keysAndVersions[i], Map.of("version", keysAndVersions[i + 1])));
        }
        return new Section(name, items);
    }

    @Test
    void onlyWhatChangedTravelsAndAppliesToWhatTheWorkbenchHolds() throws Exception {
        InventorySync sync = new InventorySync(() -> List.copyOf(machine), 3);
        List<Message> first = sync.round();
        assertEquals(List.of(new InventoryFull(machine)), first, "the first round sends everything");
        assertEquals(List.of(), sync.takeAppeared(), "the first round is the baseline, not news");

        assertEquals(List.of(), sync.round(), "nothing changed, nothing travels");

        Section before = machine.get(1);
        machine.set(1, section("users", "root", "0", "alice", "1000", "mallory", "1001"));
        List<Message> third = sync.round();
        assertEquals(2, third.size(), "the changed section's delta, then the hashes of the third round");
        SectionDelta delta = ((InventoryDelta) third.get(0)).deltas().get(0);
        assertEquals(1, ((InventoryDelta) third.get(0)).deltas().size(), "packages did not change");
        assertEquals("users", delta.section());
        assertEquals(List.of("mallory"), delta.upserts().stream().map(Item::key).toList());
        assertEquals(machine.get(1), InventoryDiff.apply(before, delta), "the delta takes the workbench's copy to the endpoint's");
        assertEquals(Map.of("packages", machine.get(0).hash(), "users", machine.get(1).hash()), ((SectionHashes) third.get(1)).hashes());
        assertEquals(List.of("users mallory"), sync.takeAppeared().stream().map(n -> n.section() + " " + n.item().key()).toList());

        sync.resend(List.of("packages"), "drift");
        assertEquals(List.of(new InventoryFull(List.of(machine.get(0)))), sync.round(), "the section asked for, in full, and only it");
        assertTrue(sync.round().isEmpty(), "and once only");
    }
}
