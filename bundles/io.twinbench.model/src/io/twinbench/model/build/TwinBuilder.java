package io.twinbench.model.build;

import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EClass;

import io.twinbench.model.twin.Dependency;
import io.twinbench.model.twin.DependencyType;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.Twin;
import io.twinbench.model.twin.TwinFactory;

/**
 * Assembles a twin from observations: one element per id, one edge per (source, type, target),
 * every element and edge stamped with when it was seen. Observing the same id again
 * returns the existing element, so collectors need not track what they already added.
 */
public final class TwinBuilder {

    private final Twin twin;
    private final Date seenAt;
    private final Map<String, Element> elements = new HashMap<>();
    private final Set<String> edges = new HashSet<>();

    public TwinBuilder(String id, String name, Date seenAt) {
        this.twin = TwinFactory.eINSTANCE.createTwin();
        this.twin.setId(id);
        this.twin.setName(name);
        this.twin.setCreated(seenAt);
        this.twin.setUpdated(seenAt);
        this.seenAt = seenAt;
    }

    public Twin twin() {
        return twin;
    }

    /**
     * An element id from a kind prefix and natural key parts, joined by '/'. Characters that
     * XMI would read as a URI or a list separator (':', '#', whitespace) become '_'.
     */
    public static String id(String prefix, Object... parts) {
        StringBuilder id = new StringBuilder(prefix);
        for (Object part : parts) {
            String text = String.valueOf(part);
            id.append('/').append(text.startsWith("/") ? text.substring(1) : text);
        }
        return id.toString().replaceAll("[:#\\s]", "_");
    }

    /** Ids must survive an XMI round trip as same-document references. */
    static void checkId(String id) {
        if (id == null || id.isEmpty() || id.chars().anyMatch(c -> c == ':' || c == '#' || Character.isWhitespace(c))) {
            throw new IllegalArgumentException("element id '" + id + "' is empty or contains ':', '#' or whitespace");
        }
    }

    /** The element with this id, created as the given class on first observation. */
    @SuppressWarnings("unchecked")
    public <T extends Element> T element(EClass type, String id, String name, Consumer<T> details) {
        Element existing = elements.get(id);
        if (existing != null) {
            if (existing.eClass() != type) {
                throw new IllegalArgumentException("element " + id + " is a " + existing.eClass().getName()
                        + ", not a " + type.getName());
            }
            details.accept((T) existing);
            return (T) existing;
        }
        checkId(id);
        T created = (T) TwinFactory.eINSTANCE.create(type);
        created.setId(id);
        created.setName(name);
        created.setFirstSeen(seenAt);
        created.setLastSeen(seenAt);
        details.accept(created);
        twin.getElements().add(created);
        elements.put(id, created);
        return created;
    }

    public Element find(String id) {
        return elements.get(id);
    }

    /** Records that source depends on target; repeated or self edges are ignored. */
    public void edge(Element source, DependencyType type, Element target) {
        if (source == null || target == null || source == target) {
            return;
        }
        if (!edges.add(source.getId() + '\u0000' + type.getValue() + '\u0000' + target.getId())) {
            return;
        }
        Dependency dependency = TwinFactory.eINSTANCE.createDependency();
        dependency.setSource(source);
        dependency.setTarget(target);
        dependency.setType(type);
        dependency.setFirstSeen(seenAt);
        dependency.setLastSeen(seenAt);
        twin.getDependencies().add(dependency);
    }
}
