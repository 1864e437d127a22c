package io.twinbench.store;

import java.util.List;

/** One agent frame's samples, to be committed together with the agent's sequence number. */
public record TelemetryFrame(String agentId, long seq, List<SeriesAppend> series) {

    public TelemetryFrame {
        series = List.copyOf(series);
    }

    public int sampleCount() {
        return series.stream().mapToInt(s -> s.samples().size()).sum();
    }
}
