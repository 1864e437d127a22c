package io.twinbench.ui.graph.figures;

import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.Process;
import io.twinbench.model.twin.Service;

/**
 * What a node says, so that it identifies its element: four processes all reading "bash" told
 * the analyst nothing. A process shows its pid and user on the kind line and its command line
 * (the program's own name, then its arguments) below; a service its unit.
 */
public final class NodeLabels {

    private NodeLabels() {
    }

    /** The small line above: the kind, with what tells elements of that kind apart. */
    public static String title(Element e) {
        String kind = KindStyle.label(e.kind());
        if (e instanceof Process p) {
            return kind + " " + p.getPid() + (p.getUser() == null || p.getUser().isBlank() ? "" : " · " + p.getUser());
        }
        return kind;
    }

    /** The main line: the name, or for a process the command it runs. */
    public static String name(Element e) {
        if (e instanceof Process p && p.getCommandLine() != null && !p.getCommandLine().isBlank()) {
            return command(p.getCommandLine());
        }
        if (e instanceof Service s && s.getUnit() != null && !s.getUnit().isBlank()) {
            return s.getUnit();
        }
        return e.getName() == null ? e.getId() : e.getName();
    }

    /** "/usr/bin/python3 -m http.server 8000" reads "python3 -m http.server 8000": the path says least per character. */
    static String command(String commandLine) {
        String line = commandLine.strip().replaceAll("\\s+", " ");
        int space = line.indexOf(' ');
        String program = space < 0 ? line : line.substring(0, space);
        String rest = space < 0 ? "" : line.substring(space);
        int slash = program.lastIndexOf('/');
        return (slash >= 0 && slash < program.length() - 1 ? program.substring(slash + 1) : program) + rest;
    }
}
