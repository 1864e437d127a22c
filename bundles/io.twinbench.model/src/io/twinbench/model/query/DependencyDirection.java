package io.twinbench.model.query;

import java.util.EnumMap;
import java.util.Map;

import io.twinbench.model.twin.Dependency;
import io.twinbench.model.twin.DependencyType;
import io.twinbench.model.twin.Element;

/**
 * Which end of an edge depends on the other, by edge type: the questions "what depends on
 * this" and "what does this depend on" follow these, and the answers view says so. Most edges
 * read "source depends on target" (a process part of a service depends on the service, which
 * stops it); a listening port depends on the process that listens on it (if the process dies,
 * the port closes).
 */
public enum DependencyDirection {
    /** The edge's source depends on its target. */
    SOURCE_ON_TARGET,
    /** The edge's target depends on its source. */
    TARGET_ON_SOURCE;

    private static final Map<DependencyType, DependencyDirection> BY_TYPE = new EnumMap<>(DependencyType.class);

    static {
        for (DependencyType type : DependencyType.VALUES) {
            BY_TYPE.put(type, SOURCE_ON_TARGET);
        }
        BY_TYPE.put(DependencyType.LISTENS_ON, TARGET_ON_SOURCE);
    }

    public static DependencyDirection of(DependencyType type) {
        return BY_TYPE.getOrDefault(type, SOURCE_ON_TARGET);
    }

    /** The end of the edge that depends on the given end, or null when it does not. */
    public static Element dependentOn(Dependency edge, Element end) {
        DependencyDirection d = of(edge.getType());
        if (edge.getTarget() == end && d == SOURCE_ON_TARGET) {
            return edge.getSource();
        }
        if (edge.getSource() == end && d == TARGET_ON_SOURCE) {
            return edge.getTarget();
        }
        return null;
    }

    /** The end of the edge the given end depends on, or null when it does not. */
    public static Element dependencyOf(Dependency edge, Element end) {
        DependencyDirection d = of(edge.getType());
        if (edge.getSource() == end && d == SOURCE_ON_TARGET) {
            return edge.getTarget();
        }
        if (edge.getTarget() == end && d == TARGET_ON_SOURCE) {
            return edge.getSource();
        }
        return null;
    }

    /** One line per edge type: how the questions read it. */
    public static String explanation() {
        StringBuilder text = new StringBuilder();
        for (DependencyType type : DependencyType.VALUES) {
            String name = type.getName().toLowerCase().replace('_', ' ');
            text.append(of(type) == SOURCE_ON_TARGET ? "A " + name + " B: A depends on B" : "A " + name + " B: B depends on A").append('\n');
        }
        return text.toString().strip();
    }
}
