package io.twinbench.store;

/** What an endpoint's quotas refused in all: series beyond its limit (and their samples), events beyond its rate, inventories too large. */
public record AgentRefusals(long series, long samples, long events, long inventories) {

    public static final AgentRefusals NONE = new AgentRefusals(0, 0, 0, 0);

    public boolean any() {
        return series + samples + events + inventories > 0;
    }

    /** In words for a row: "12 series (340 samples), 5000 events, 1 inventory refused"; empty when none. */
    public String describe() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (series > 0) {
            parts.add(series + " series (" + samples + " samples)");
        }
        if (events > 0) {
            parts.add(events + " events");
        }
        if (inventories > 0) {
            parts.add(inventories + (inventories == 1 ? " inventory" : " inventories"));
        }
        return parts.isEmpty() ? "" : String.join(", ", parts) + " over quota";
    }
}
