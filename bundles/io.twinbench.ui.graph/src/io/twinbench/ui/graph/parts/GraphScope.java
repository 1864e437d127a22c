package io.twinbench.ui.graph.parts;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import io.twinbench.model.twin.Element;

/**
 * Which elements the graph is narrowed to, beyond the kind filter: a neighbourhood (null for
 * the whole twin), the elements the analyst hid, and those pinned to stay whatever the
 * neighbourhood. An immutable value, so that Back and Forward can return to it.
 */
public record GraphScope(Set<Element> around, Set<Element> hidden, Set<Element> pinned, String description) {

    public static final GraphScope WHOLE = new GraphScope(null, Set.of(), Set.of(), "");

    public GraphScope {
        around = around == null ? null : identitySet(around);
        hidden = identitySet(hidden);
        pinned = identitySet(pinned);
        description = description == null ? "" : description;
    }

    private static Set<Element> identitySet(Set<Element> elements) {
        Set<Element> copy = Collections.newSetFromMap(new IdentityHashMap<>());
        copy.addAll(elements);
        return Collections.unmodifiableSet(copy);
    }

    public boolean includes(Element e) {
        return pinned.contains(e) || !hidden.contains(e) && (around == null || around.contains(e));
    }

    public boolean isWhole() {
        return around == null && hidden.isEmpty();
    }

    public GraphScope around(Set<Element> elements, String what) {
        return new GraphScope(elements, hidden, pinned, what);
    }

    public GraphScope hiding(Set<Element> more) {
        Set<Element> all = Collections.newSetFromMap(new IdentityHashMap<>());
        all.addAll(hidden);
        all.addAll(more);
        Set<Element> stillPinned = Collections.newSetFromMap(new IdentityHashMap<>());
        stillPinned.addAll(pinned);
        stillPinned.removeAll(more);
        return new GraphScope(around, all, stillPinned, description);
    }

    public GraphScope pinning(Set<Element> more) {
        Set<Element> all = Collections.newSetFromMap(new IdentityHashMap<>());
        all.addAll(pinned);
        all.addAll(more);
        return new GraphScope(around, hidden, all, description);
    }

    /** The whole twin again, pins kept. */
    public GraphScope whole() {
        return new GraphScope(null, Set.of(), pinned, "");
    }
}
