package io.twinbench.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.twinbench.protocol.InventoryDelta;
import io.twinbench.protocol.InventoryFull;
import io.twinbench.protocol.MessageCodec;
import io.twinbench.protocol.ProtocolException;
import io.twinbench.protocol.inventory.InventoryDiff;
import io.twinbench.protocol.inventory.Item;
import io.twinbench.protocol.inventory.Section;
import io.twinbench.protocol.inventory.SectionDelta;

class InventoryDiffTest {

    private static Item pkg(int i, String version) {
        return new Item("pkg-" + i, Map.of("version", version, "architecture", "amd64", "manager", "dpkg",
                "depends", "libc6 (>= 2.34), libpkg-" + (i / 7) + " (>= 1.0)", "status", "install ok installed"));
    }

    private static Section packages(int count) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(pkg(i, "1." + i));
        }
        return new Section("packages", items);
    }

    @Test
    void applyingTheDiffReproducesTheNewSection() throws Exception {
        Section before = packages(50);
        Map<String, Item> changed = before.byKey();
        changed.remove("pkg-12");
        changed.put("pkg-11", pkg(11, "9.9"));
        changed.put("pkg-1000", pkg(1000, "1.0"));
        Section after = new Section("packages", new ArrayList<>(changed.values()));
        SectionDelta delta = InventoryDiff.diff(before, after);
        assertEquals(List.of("pkg-12"), delta.removals());
        assertEquals(List.of("pkg-1000", "pkg-11"), delta.upserts().stream().map(Item::key).toList());
        assertEquals(after, InventoryDiff.apply(before, delta));
        assertTrue(InventoryDiff.diff(after, after).isEmpty());
    }

    @Test
    void theHashIgnoresCollectionOrder() {
        List<Item> items = new ArrayList<>(packages(30).items());
        Collections.shuffle(items, new Random(1));
        assertEquals(packages(30).hash(), new Section("packages", items).hash());
        assertNotEquals(packages(30).hash(), packages(31).hash());
    }

    @Test
    void aDeltaForAnotherBaseIsRefusedAsDrift() {
        Section agentBase = packages(20);
        Section twinBase = packages(19);
        SectionDelta delta = InventoryDiff.diff(agentBase, packages(21));
        ProtocolException e = assertThrows(ProtocolException.class, () -> InventoryDiff.apply(twinBase, delta));
        assertTrue(e.getMessage().contains("must be resent in full"), e.getMessage());
    }

    @Test
    void aDeltaThatDoesNotArriveWhereItPromisedIsRefused() {
        Section base = packages(5);
        SectionDelta honest = InventoryDiff.diff(base, packages(6));
        SectionDelta tampered = new SectionDelta("packages", honest.baseHash(), honest.newHash(), List.of(pkg(5, "evil")), List.of());
        assertThrows(ProtocolException.class, () -> InventoryDiff.apply(base, tampered));
    }

    @Test
    void aDeltaAtOnePercentChurnIsUnderFivePercentOfTheFullSection() {
        MessageCodec codec = new MessageCodec();
        Section before = packages(2000);
        List<Item> items = new ArrayList<>(before.items());
        Random random = new Random(7);
        for (int n = 0; n < 20; n++) {
            int i = random.nextInt(items.size());
            items.set(i, new Item(items.get(i).key(), Map.of("version", "2.0." + n, "architecture", "amd64")));
        }
        Section after = new Section("packages", items);
        int full = codec.encode(new InventoryFull(List.of(after)), 1).size();
        int delta = codec.encode(new InventoryDelta(List.of(InventoryDiff.diff(before, after))), 1).size();
        assertTrue(delta * 20 < full, "delta " + delta + " bytes vs full " + full + " bytes");
    }
}
