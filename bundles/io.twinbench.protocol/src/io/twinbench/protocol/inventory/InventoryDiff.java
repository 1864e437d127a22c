package io.twinbench.protocol.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.twinbench.protocol.ProtocolException;

/**
 * Differential synchronisation of inventory sections: the agent sends only what changed,
 * named against the hash of the state both ends last agreed on; the receiver applies it only
 * to that exact state and checks it arrives at the promised one. Anything else is drift,
 * answered by asking for the section in full.
 */
public final class InventoryDiff {

    private InventoryDiff() {
    }

    public static SectionDelta diff(Section before, Section after) {
        if (!before.name().equals(after.name())) {
            throw new IllegalArgumentException("cannot diff section '" + before.name() + "' against '" + after.name() + "'");
        }
        Map<String, Item> old = before.byKey();
        List<Item> upserts = new ArrayList<>();
        for (Item item : after.items()) {
            Item previous = old.remove(item.key());
            if (!item.equals(previous)) {
                upserts.add(item);
            }
        }
        return new SectionDelta(after.name(), before.hash(), after.hash(), upserts, new ArrayList<>(old.keySet()));
    }

    public static Section apply(Section base, SectionDelta delta) throws ProtocolException {
        if (!base.name().equals(delta.section())) {
            throw new ProtocolException("delta for section '" + delta.section() + "' cannot apply to section '" + base.name() + "'");
        }
        String baseHash = base.hash();
        if (!baseHash.equals(delta.baseHash())) {
            throw new ProtocolException("delta for section '" + delta.section() + "' expects base " + shortHash(delta.baseHash())
                    + " but the twin holds " + shortHash(baseHash) + ": the section must be resent in full");
        }
        Map<String, Item> items = base.byKey();
        delta.removals().forEach(items::remove);
        delta.upserts().forEach(item -> items.put(item.key(), item));
        Section result = new Section(base.name(), new ArrayList<>(items.values()));
        if (!result.hash().equals(delta.newHash())) {
            throw new ProtocolException("delta for section '" + delta.section() + "' does not arrive at the promised state "
                    + shortHash(delta.newHash()) + ": the section must be resent in full");
        }
        return result;
    }

    private static String shortHash(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) : hash;
    }
}
