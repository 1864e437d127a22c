package io.twinbench.cases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Set;

import io.twinbench.model.io.TwinXmi;
import io.twinbench.model.twin.Dependency;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.Twin;

/**
 * An endpoint's twin as it stood at a moment of the case: the case's newest snapshot of it taken
 * at or before then, read from the bag (never from the store, which may have moved on or belong
 * to another analyst).
 */
public final class TwinAtTime {

    /** The snapshot read, with its version and when it was taken. */
    public record Snapshot(Twin twin, String version, long micros) {
    }

    private static final int MAX_LINKS = 60;

    private TwinAtTime() {
    }

    public static Snapshot read(CaseIndex index, CaseFolder folder, String endpoint, long micros) {
        CaseEvent snapshot = index.last(new CaseFilter(Long.MIN_VALUE / 2, micros + 1, Set.of(Sources.SNAPSHOT), Set.of(endpoint), Set.of(), Set.of(),
                Set.of(), "", "", "")).orElseThrow(() -> new CaseException("the case holds no snapshot of " + endpoint + " from before " + CaseReport.time(micros)));
        Path data = folder.data().toAbsolutePath().normalize();
        Path file = data.resolve(snapshot.ref()).normalize();
        if (!file.startsWith(data) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new CaseException("the snapshot " + snapshot.ref() + " is not a file of the case");
        }
        try {
            Twin twin = new TwinXmi().fromBytes(Files.readAllBytes(file), file.toString());
            return new Snapshot(twin, file.getFileName().toString().replaceAll(".*-v(\\d+)\\.xmi$", "$1"), snapshot.micros());
        } catch (IOException e) {
            throw new CaseException("cannot read the snapshot " + file + ": " + e.getMessage(), e);
        }
    }

    /** The element and what it depends on and what depends on it, as lines; empty when the snapshot does not hold it. */
    public static String neighbourhood(Snapshot s, String elementId) {
        Element element = s.twin().findElement(elementId);
        if (element == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        b.append(element.eClass().getName()).append(' ').append(element.getName()).append(" (").append(element.getId()).append(")\n");
        int shown = 0;
        for (Dependency d : s.twin().getDependencies()) {
            if (shown >= MAX_LINKS) {
                b.append("  …\n");
                break;
            }
            if (d.getSource() == element) {
                b.append("  → ").append(d.getType()).append(' ').append(label(d.getTarget())).append('\n');
                shown++;
            } else if (d.getTarget() == element) {
                b.append("  ← ").append(d.getType()).append(' ').append(label(d.getSource())).append('\n');
                shown++;
            }
        }
        return b.toString();
    }

    private static String label(Element e) {
        return e == null ? "?" : e.eClass().getName() + " " + e.getName();
    }
}
