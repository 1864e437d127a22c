package io.twinbench.ingest.intake;

import java.time.Clock;
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
public final class TelemetryIntake {

    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("percent", "%"), Map.entry("pct", "%"),
            Map.entry("b", "bytes"), Map.entry("byte", "bytes"), Map.entry("by", "bytes"),
            Map.entry("kb", "kB"), Map.entry("kib", "KiB"), Map.entry("mib", "MiB"),
            Map.entry("1", "count"), Map.entry("{count}", "count"),
            Map.entry("s", "seconds"), Map.entry("sec", "seconds"), Map.entry("ms", "milliseconds"));

    private final SourceTime time;

    public TelemetryIntake(Clock clock) {
        this.time = new SourceTime(clock);
    }

    /** The appends for a batch; a sample stamped far in the future is refused with its index. */
    public List<SeriesAppend> appendsFor(String twinId, TelemetryBatch batch) throws IntakeException {
        return appendsFor(twinId, batch.samples(), null);
    }

    /**
     * The appends for the samples; with rejected given, a sample stamped far in the future is
     * left out and told to it (its message names the sample), the others kept; without, the
     * whole batch is refused.
     */
    public List<SeriesAppend> appendsFor(String twinId, List<Sample> in, java.util.function.Consumer<String> rejected) throws IntakeException {
        long latest = time.latest();
        Map<SeriesKey, List<io.twinbench.store.Sample>> samples = new LinkedHashMap<>();
        Map<SeriesKey, String> units = new LinkedHashMap<>();
        for (int i = 0; i < in.size(); i++) {
            Sample s = in.get(i);
            long ts;
            try {
                ts = time.millis(s.timestamp(), latest, "samples[" + i + "]");
            } catch (IntakeException e) {
                if (rejected == null) {
                    throw e;
                }
                rejected.accept(e.getMessage());
                continue;
            }
            SeriesKey key = new SeriesKey(twinId, s.element(), metric(s.metric()));
            samples.computeIfAbsent(key, k -> new ArrayList<>()).add(new io.twinbench.store.Sample(ts, s.value()));
            units.putIfAbsent(key, unit(s.unit()));
        }
        List<SeriesAppend> result = new ArrayList<>(samples.size());
        samples.forEach((key, list) -> result.add(new SeriesAppend(key, units.get(key), list)));
        return result;
    }

    /** Units are stored in at most this many characters (the store's column); a longer one is cut. */
    public static final int MAX_UNIT = 40;

    public static String unit(String unit) {
        String u = unit.strip();
        String known = UNITS.getOrDefault(u.toLowerCase(Locale.ROOT), u);
        return known.length() <= MAX_UNIT ? known : known.substring(0, MAX_UNIT - 1) + "…";
    }

    /** A metric's name in one spelling (lower case); its attributes, from "{" on, keep their case, as their source wrote them. */
    static String metric(String metric) {
        String m = metric.strip();
        int brace = m.indexOf('{');
        return brace < 0 ? m.toLowerCase(Locale.ROOT) : m.substring(0, brace).toLowerCase(Locale.ROOT) + m.substring(brace);
    }
}
