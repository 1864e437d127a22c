package io.twinbench.ui.graph.layout;

import io.twinbench.model.twin.DependencyType;

/**
 * The edges of one type between two nodes of which at least one is a group, drawn as one:
 * "37 processes of www-data are owned by user www-data" is one line, not 37.
 */
public record GroupEdge(Object source, Object target, DependencyType type, int count) {

    @Override
    public boolean equals(Object other) {
        return other instanceof GroupEdge e && e.source.equals(source) && e.target.equals(target) && e.type == type;
    }

    @Override
    public int hashCode() {
        return source.hashCode() * 31 * 31 + target.hashCode() * 31 + type.hashCode();
    }
}
