package io.twinbench.ingest.collector;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.twinbench.protocol.Sample;
import io.twinbench.protocol.TelemetryBatch;
import io.twinbench.store.SeriesAppend;
import io.twinbench.store.SeriesKey;

/**
 * Turns an agent's telemetry batch into store appends for its twin: one series per element
 * and metric, metric names and units in one spelling, timestamps in epoch milliseconds.
 */
final class TelemetryIntake {

    /** Timestamps below this are seconds, not milliseconds (it is 1973 in milliseconds). */
    private static final long SECONDS_LIMIT = 100_000_000_000L;
    static final Duration MAX_CLOCK_AHEAD = Duration.ofHours(1);

    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("percent", "%"), Map.entry("pct", "%"),
            Map.entry("b", "bytes"), Map.entry("byte", "bytes"), Map.entry("by", "bytes"),
            Map.entry("kb", "kB"), Map.entry("kib", "KiB"), Map.entry("mib", "MiB"),
            Map.entry("1", "count"), Map.entry("{count}", "count"),
            Map.entry("s", "seconds"), Map.entry("sec", "seconds"), Map.entry("ms", "milliseconds"));

    private final Clock clock;

    TelemetryIntake(Clock clock) {
        this.clock = clock;
    }

    /** The appends for a batch; a sample stamped far in the future is refused with its index. */
    List<SeriesAppend> appendsFor(String twinId, TelemetryBatch batch) throws IntakeException {
        long latest = clock.millis() + MAX_CLOCK_AHEAD.toMillis();
        Map<SeriesKey, List<io.twinbench.store.Sample>> samples = new LinkedHashMap<>();
        Map<SeriesKey, String> units = new LinkedHashMap<>();
        List<Sample> in = batch.samples();
        for (int i = 0; i < in.size(); i++) {
            Sample s = in.get(i);
            long ts = s.timestamp() < SECONDS_LIMIT ? s.timestamp() * 1000 : s.timestamp();
            if (ts > latest) {
                throw new IntakeException("at 'samples[" + i + "]': timestamp " + s.timestamp()
                        + " is more than " + MAX_CLOCK_AHEAD.toMinutes() + " minutes ahead of the workbench's clock");
            }
            SeriesKey key = new SeriesKey(twinId, s.element(), s.metric().strip().toLowerCase(Locale.ROOT));
            samples.computeIfAbsent(key, k -> new ArrayList<>()).add(new io.twinbench.store.Sample(ts, s.value()));
            units.putIfAbsent(key, unit(s.unit()));
        }
        List<SeriesAppend> result = new ArrayList<>(samples.size());
        samples.forEach((key, list) -> result.add(new SeriesAppend(key, units.get(key), list)));
        return result;
    }

    static String unit(String unit) {
        String u = unit.strip();
        return UNITS.getOrDefault(u.toLowerCase(Locale.ROOT), u);
    }
}
