package io.twinbench.ui.graph.figures;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.graphics.RGB;

import io.twinbench.model.twin.DependencyType;
import io.twinbench.model.twin.ElementKind;

/**
 * How each kind of element and edge looks. Hardware is drawn in greys and blues, software in
 * greens, the runtime (processes, ports, connections) in warm colours, identity and
 * configuration in violet, so a glance at a region of the graph tells what it is.
 */
public final class KindStyle {

    private static final Map<ElementKind, RGB> FILL = new EnumMap<>(ElementKind.class);
    private static final Map<DependencyType, RGB> EDGE = new EnumMap<>(DependencyType.class);

    static {
        FILL.put(ElementKind.ENDPOINT, new RGB(55, 71, 79));
        FILL.put(ElementKind.PROCESSOR, new RGB(144, 164, 174));
        FILL.put(ElementKind.MEMORY, new RGB(144, 164, 174));
        FILL.put(ElementKind.DISK, new RGB(120, 144, 156));
        FILL.put(ElementKind.FILE_SYSTEM, new RGB(129, 212, 250));
        FILL.put(ElementKind.NETWORK_INTERFACE, new RGB(79, 195, 247));
        FILL.put(ElementKind.OPERATING_SYSTEM, new RGB(38, 166, 154));
        FILL.put(ElementKind.PACKAGE, new RGB(165, 214, 167));
        FILL.put(ElementKind.SERVICE, new RGB(102, 187, 106));
        FILL.put(ElementKind.APPLICATION, new RGB(174, 213, 129));
        FILL.put(ElementKind.PROCESS, new RGB(255, 204, 128));
        FILL.put(ElementKind.LISTENING_PORT, new RGB(255, 138, 101));
        FILL.put(ElementKind.CONNECTION, new RGB(255, 171, 145));
        FILL.put(ElementKind.USER, new RGB(206, 147, 216));
        FILL.put(ElementKind.CONFIGURATION, new RGB(179, 157, 219));
        EDGE.put(DependencyType.REQUIRES, new RGB(67, 160, 71));
        EDGE.put(DependencyType.RUNS_ON, new RGB(38, 50, 56));
        EDGE.put(DependencyType.LISTENS_ON, new RGB(230, 81, 0));
        EDGE.put(DependencyType.CONNECTS_TO, new RGB(216, 67, 21));
        EDGE.put(DependencyType.CONFIGURED_BY, new RGB(94, 53, 177));
        EDGE.put(DependencyType.OWNED_BY, new RGB(142, 36, 170));
        EDGE.put(DependencyType.CHILD_OF, new RGB(239, 108, 0));
        EDGE.put(DependencyType.MOUNTED_ON, new RGB(2, 119, 189));
        EDGE.put(DependencyType.PART_OF, new RGB(96, 125, 139));
        EDGE.put(DependencyType.PROVIDED_BY, new RGB(0, 137, 123));
    }

    private KindStyle() {
    }

    public static RGB fill(ElementKind kind) {
        return FILL.get(kind);
    }

    /** Dark fills get white text. */
    public static boolean isDark(ElementKind kind) {
        RGB c = fill(kind);
        return 0.299 * c.red + 0.587 * c.green + 0.114 * c.blue < 110;
    }

    public static RGB edge(DependencyType type) {
        return EDGE.get(type);
    }

    /** Ownership and parentage are context rather than dependency: drawn dashed. */
    public static boolean isDashed(DependencyType type) {
        return type == DependencyType.OWNED_BY || type == DependencyType.CHILD_OF || type == DependencyType.CONFIGURED_BY;
    }

    public static String label(ElementKind kind) {
        String words = kind.getName().toLowerCase().replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
