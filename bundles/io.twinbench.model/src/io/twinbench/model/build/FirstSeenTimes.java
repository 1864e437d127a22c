package io.twinbench.model.build;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import io.twinbench.model.twin.Dependency;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.Twin;

/**
 * When each element and edge of a twin first appeared, carried from one rebuild of the twin to
 * the next. A twin is rebuilt from its inventory after every change, and a rebuild stamps
 * everything with the time of the rebuild; for forensics First Seen is evidence, so it must
 * stay the time the element first appeared while Last Seen follows the stream. An element that
 * leaves the twin and comes back later is a new appearance.
 */
public final class FirstSeenTimes {

    private Date created;
    private Map<String, Date> elements = Map.of();
    private Map<String, Date> dependencies = Map.of();

    /** Times taken from an earlier model of the twin, such as its latest snapshot. */
    public static FirstSeenTimes of(Twin earlier) {
        FirstSeenTimes times = new FirstSeenTimes();
        if (earlier != null) {
            times.remember(earlier);
        }
        return times;
    }

    /** Gives the rebuilt twin the first-seen times already known, and remembers its own for the next rebuild. */
    public void carryInto(Twin rebuilt) {
        if (created != null) {
            rebuilt.setCreated(created);
        }
        for (Element e : rebuilt.getElements()) {
            Date first = elements.get(e.getId());
            if (first != null) {
                e.setFirstSeen(first);
            }
        }
        for (Dependency d : rebuilt.getDependencies()) {
            Date first = dependencies.get(key(d));
            if (first != null) {
                d.setFirstSeen(first);
            }
        }
        remember(rebuilt);
    }

    private void remember(Twin twin) {
        created = twin.getCreated();
        Map<String, Date> e = new HashMap<>(twin.getElements().size() * 2);
        for (Element element : twin.getElements()) {
            if (element.getFirstSeen() != null) {
                e.put(element.getId(), element.getFirstSeen());
            }
        }
        Map<String, Date> d = new HashMap<>(twin.getDependencies().size() * 2);
        for (Dependency dependency : twin.getDependencies()) {
            if (dependency.getFirstSeen() != null && dependency.getSource() != null && dependency.getTarget() != null) {
                d.put(key(dependency), dependency.getFirstSeen());
            }
        }
        elements = e;
        dependencies = d;
    }

    private static String key(Dependency d) {
        String source = d.getSource() == null ? "" : d.getSource().getId();
        String target = d.getTarget() == null ? "" : d.getTarget().getId();
        return source + '\u0000' + d.getType().getValue() + '\u0000' + target;
    }
}
