package io.twinbench.cases;

/** A row of the timeline: one source of one endpoint, live or twin, so the two sides of a shadow session sit side by side. */
public record Lane(String endpoint, String source, String side) implements Comparable<Lane> {

    public String label() {
        return endpoint + " · " + source + (CaseEvent.TWIN.equals(side) ? " (twin)" : "");
    }

    /** Endpoints together, sources in a fixed order, live above twin. */
    @Override
    public int compareTo(Lane o) {
        int c = endpoint.compareTo(o.endpoint);
        if (c == 0) {
            c = Integer.compare(Sources.order(source), Sources.order(o.source));
        }
        if (c == 0) {
            c = source.compareTo(o.source);
        }
        return c != 0 ? c : side.compareTo(o.side);
    }
}
