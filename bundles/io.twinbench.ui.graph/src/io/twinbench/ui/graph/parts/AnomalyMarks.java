package io.twinbench.ui.graph.parts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.twinbench.store.StoredAnomaly;

/**
 * Which elements of the graph had anomalies in the period shown, how many, the strongest and
 * the latest: what a node's red badge and tooltip say. Immutable; the editor replaces it when
 * the detector stores new anomalies.
 */
public final class AnomalyMarks {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final AnomalyMarks NONE = new AnomalyMarks(Map.of());

    /** One element's anomalies in the period. */
    public record Mark(int count, double strongest, StoredAnomaly latest) {

        /** "3 anomalies in the last 24 hours, the strongest scoring 12.0; latest: spike of cpu.load at 14:02:11". */
        public String describe() {
            return String.format(Locale.ROOT, "%d anomal%s in the last 24 hours, the strongest scoring %.1f; latest: %s of %s at %s", count,
                    count == 1 ? "y" : "ies", strongest, latest.kind(), latest.metric(), TIME.format(Instant.ofEpochMilli(latest.timestamp())));
        }
    }

    private final Map<String, Mark> byElement;

    private AnomalyMarks(Map<String, Mark> byElement) {
        this.byElement = Map.copyOf(byElement);
    }

    public static AnomalyMarks none() {
        return NONE;
    }

    public static AnomalyMarks of(Collection<StoredAnomaly> anomalies) {
        Map<String, Mark> marks = new HashMap<>();
        for (StoredAnomaly a : anomalies) {
            marks.merge(a.elementId(), new Mark(1, a.score(), a), (m, n) -> new Mark(m.count() + 1, Math.max(m.strongest(), n.strongest()),
                    n.latest().timestamp() > m.latest().timestamp() ? n.latest() : m.latest()));
        }
        return new AnomalyMarks(marks);
    }

    public Optional<Mark> of(String elementId) {
        return Optional.ofNullable(byElement.get(elementId));
    }

    /** How many elements are marked. */
    public int size() {
        return byElement.size();
    }
}
