package io.twinbench.ui.graph.layout;

import java.util.List;

import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.ElementKind;

/**
 * A summary node standing for many elements of one kind that belong together (the processes of
 * one user, the kernel threads, the installed packages), drawn with their count until the
 * analyst expands it. Identified by its key, so the same group is the same node after a relayout.
 */
public record GroupNode(String key, String label, ElementKind kind, List<Element> members) {

    @Override
    public boolean equals(Object other) {
        return other instanceof GroupNode g && g.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return label + " (" + members.size() + ")";
    }
}
