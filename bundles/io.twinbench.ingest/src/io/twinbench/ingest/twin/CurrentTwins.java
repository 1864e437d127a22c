package io.twinbench.ingest.twin;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.Finding;
import io.twinbench.model.twin.Twin;
import io.twinbench.protocol.inventory.Section;
import io.twinbench.store.TwinStore;

/**
 * A twin as it is now. The collector stores an agent's twin as a snapshot at most every few
 * minutes, while every change of its inventory is committed at once: when the inventory changed
 * after the latest snapshot, the twin is rebuilt from the stored inventory, with the snapshot's
 * findings about the elements it still has, so that whoever judges the twin (a policy's status)
 * judges what the endpoint reported last.
 */
public final class CurrentTwins {

    private CurrentTwins() {
    }

    /** Reads twins as they are now from this store. */
    public static Function<String, Optional<Twin>> of(TwinStore store) {
        return id -> latest(store, id);
    }

    public static Optional<Twin> latest(TwinStore store, String twinId) {
        Optional<Twin> snapshot = store.snapshots().latest(twinId);
        if (snapshot.isEmpty()) {
            return snapshot;
        }
        Twin taken = snapshot.get();
        Instant at = taken.getUpdated() == null ? Instant.EPOCH : taken.getUpdated().toInstant();
        if (store.inventories().newestChanges(twinId, at.plusMillis(1), Instant.now().plusSeconds(1), 1).isEmpty()) {
            return snapshot;
        }
        Map<String, Section> sections = new TwinInventory(twinId, store.inventories()).sections();
        if (sections.isEmpty()) {
            return snapshot;
        }
        Twin now = new InventoryTwinBuilder().build(twinId, taken.getName(), taken.getSource(), List.copyOf(sections.values()), new Date()).twin();
        Map<String, Element> elements = now.getElements().stream().collect(Collectors.toMap(Element::getId, e -> e, (a, b) -> a));
        for (Finding finding : taken.getFindings()) {
            Element about = finding.getElement() == null ? null : elements.get(finding.getElement().getId());
            if (finding.getElement() == null || about != null) {
                Finding copy = EcoreUtil.copy(finding);
                copy.setElement(about);
                now.getFindings().add(copy);
            }
        }
        return Optional.of(now);
    }
}
