package io.twinbench.agent;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.logging.Logger;

import io.twinbench.protocol.InventoryDelta;
import io.twinbench.protocol.InventoryFull;
import io.twinbench.protocol.Message;
import io.twinbench.protocol.SectionHashes;
import io.twinbench.protocol.inventory.InventoryDiff;
import io.twinbench.protocol.inventory.Item;
import io.twinbench.protocol.inventory.Section;
import io.twinbench.protocol.inventory.SectionDelta;

/**
 * Differential inventory synchronisation, the agent's half. The first round after start sends
 * everything; later rounds send only what changed, against the state the previous round
 * sent (frames arrive in order, exactly once, so the workbench holds that state too). Every
 * few rounds the section hashes go along so the workbench can spot drift; sections it asks
 * for again are sent in full, and only those.
 */
final class InventorySync {

    private static final Logger LOG = Logger.getLogger(InventorySync.class.getName());

    private final Supplier<List<Section>> reader;
    private final int hashesEvery;
    private final Set<String> resend = new TreeSet<>();
    private Map<String, Section> sent;
    private long rounds;
    private final List<NewItem> appeared = new ArrayList<>();

    /** An item that was not in its section the round before (a new listener, user, service, ...). */
    record NewItem(String section, Item item) {
    }

    /** reader reads the endpoint's inventory now; hashesEvery is in rounds. */
    InventorySync(Supplier<List<Section>> reader, int hashesEvery) {
        this.reader = reader;
        this.hashesEvery = hashesEvery;
    }

    /** The workbench asked for these sections in full. Called from the uplink's reader thread. */
    synchronized void resend(Collection<String> sections, String reason) {
        LOG.info("the workbench asks for sections " + sections + " in full (" + reason + ")");
        resend.addAll(sections);
    }

    /** Items that appeared in the rounds since the last call (none after the first round: that is the baseline). */
    synchronized List<NewItem> takeAppeared() {
        List<NewItem> result = List.copyOf(appeared);
        appeared.clear();
        return result;
    }

    /** The messages for this round, oldest first; none when nothing changed. */
    List<Message> round() throws IOException {
        List<Section> now = reader.get();
        Map<String, Section> current = new LinkedHashMap<>();
        now.forEach(s -> current.put(s.name(), s));
        List<Message> messages = new ArrayList<>();
        synchronized (this) {
            rounds++;
            if (sent == null) {
                messages.add(new InventoryFull(now));
            } else {
                List<Section> full = new ArrayList<>();
                List<SectionDelta> deltas = new ArrayList<>();
                for (Section section : now) {
                    Section before = sent.get(section.name());
                    if (before == null || resend.contains(section.name())) {
                        full.add(section);
                        continue;
                    }
                    Map<String, Item> known = before.byKey();
                    for (Item item : section.items()) {
                        if (!known.containsKey(item.key())) {
                            appeared.add(new NewItem(section.name(), item));
                        }
                    }
                    // most sections do not change from one round to the next: comparing their items
                    // spares hashing them twice, the bulk of a round's work in a section like packages
                    if (!before.items().equals(section.items())) {
                        SectionDelta delta = InventoryDiff.diff(before, section);
                        if (!delta.isEmpty()) {
                            deltas.add(delta);
                        }
                    }
                }
                if (!full.isEmpty()) {
                    messages.add(new InventoryFull(full));
                }
                if (!deltas.isEmpty()) {
                    messages.add(new InventoryDelta(deltas));
                }
                if (hashesEvery > 0 && rounds % hashesEvery == 0) {
                    Map<String, String> hashes = new LinkedHashMap<>();
                    current.forEach((name, section) -> hashes.put(name, section.hash()));
                    messages.add(new SectionHashes(hashes));
                }
            }
            resend.clear();
            sent = current;
        }
        return messages;
    }
}
