package io.twinbench.ui.graph.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.ElementKind;
import io.twinbench.model.twin.Process;
import io.twinbench.model.twin.Service;
import io.twinbench.model.twin.User;

/**
 * Which group an element belongs to in the graph's overview: kernel threads together, other
 * processes by user, services by unit type (services, timers, sockets, …), system accounts
 * apart from people's, and every other kind by kind. Only groups big enough to crowd the graph
 * are drawn as one node.
 */
public final class ElementGroups {

    /** A graph with more visible elements than this opens with its big groups collapsed. */
    public static final int OVERVIEW_ABOVE = 250;
    /** Fewer members than this are drawn one by one even in the overview. */
    public static final int SMALLEST_GROUP = 6;

    private ElementGroups() {
    }

    /** The group key and its label for an element. */
    public static String[] keyAndLabel(Element e) {
        ElementKind kind = e.kind();
        if (e instanceof Process p) {
            if (isKernelThread(p)) {
                return new String[] {"proc:kernel", "Kernel threads"};
            }
            String user = p.getUser() == null || p.getUser().isBlank() ? "?" : p.getUser();
            return new String[] {"proc:user:" + user, "Processes of " + user};
        }
        if (e instanceof Service s) {
            String unit = s.getUnit() == null ? s.getName() : s.getUnit();
            String type = unit != null && unit.contains(".") ? unit.substring(unit.lastIndexOf('.') + 1) : "service";
            return new String[] {"svc:" + type, "." + type + " units"};
        }
        if (e instanceof User u) {
            boolean system = u.getUid() < 1000 || u.getUid() == 65534;
            return new String[] {system ? "user:system" : "user:people", system ? "System accounts" : "People's accounts"};
        }
        String label = kind.getName().charAt(0) + kind.getName().substring(1).toLowerCase().replace('_', ' ');
        return new String[] {"kind:" + kind.getName(), label + "s"};
    }

    static boolean isKernelThread(Process p) {
        return (p.getCommandLine() == null || p.getCommandLine().isBlank()) && (p.getParentPid() == 2 || p.getPid() == 2);
    }

    /** The groups of the given elements, in order of first appearance, members in the elements' order. */
    public static Map<String, GroupNode> of(List<Element> elements) {
        Map<String, List<Element>> members = new LinkedHashMap<>();
        Map<String, String[]> labels = new LinkedHashMap<>();
        for (Element e : elements) {
            String[] key = keyAndLabel(e);
            members.computeIfAbsent(key[0], k -> new java.util.ArrayList<>()).add(e);
            labels.putIfAbsent(key[0], key);
        }
        Map<String, GroupNode> groups = new LinkedHashMap<>();
        members.forEach((key, list) -> groups.put(key, new GroupNode(key, labels.get(key)[1], list.get(0).kind(), List.copyOf(list))));
        return groups;
    }
}
