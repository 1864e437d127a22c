package io.twinbench.protocol;

import java.util.List;

/** Samples collected since the last batch. */
public record TelemetryBatch(List<Sample> samples) implements Message {

    public static final int MAX_SAMPLES = 100_000;

    public TelemetryBatch {
        samples = Fields.list("samples", samples, MAX_SAMPLES);
    }

    @Override
    public MessageType type() {
        return MessageType.TELEMETRY;
    }
}
