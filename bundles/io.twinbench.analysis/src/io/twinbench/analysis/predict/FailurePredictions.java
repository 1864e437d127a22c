package io.twinbench.analysis.predict;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.twinbench.store.Sample;
import io.twinbench.store.SeriesKey;
import io.twinbench.store.TwinStore;

/**
 * The failures a twin's history predicts within a horizon: file systems filling up
 * (fs.used.bytes against fs.total.bytes), memory running out (memory.used against used plus
 * available), services entering a crash loop (their restarts in the twin's history), and drives
 * failing by their SMART health where the endpoint exposes it (a failed self-assessment now; an
 * ATA drive's margin above its failure threshold running out; an NVMe drive's wear reaching its
 * rated endurance), each from the last window of history. Soonest first.
 */
public final class FailurePredictions {

    public static final String FILESYSTEM_FULL = "filesystem full";
    public static final String MEMORY_EXHAUSTED = "memory exhausted";
    public static final String CRASH_LOOP = "crash loop";
    public static final String DISK_FAILING = "disk failing";
    public static final String DISK_FAILURE = "disk failure";
    public static final String DISK_WORN_OUT = "disk worn out";
    public static final String SECTORS_FAILING = "disk sectors failing";
    /**
     * The raw counts that foretell a drive's failure (Backblaze's and Google's studies of
     * hundreds of thousands of drives): reallocated (5), reported uncorrectable (187), pending
     * (197) and offline uncorrectable (198) sectors, and an NVMe drive's media errors.
     */
    private static final java.util.regex.Pattern FAILING_SECTORS = java.util.regex.Pattern.compile(
            "smart\\.(?:(?:5|187|197|198)\\..+|media_errors)");

    /**
     * The history a prediction is fitted on and how far ahead it looks, where the user does not
     * choose: the live twin, the analysis report and forensic cases predict alike.
     */
    public static final Duration WINDOW = Duration.ofHours(24);
    public static final Duration HORIZON = Duration.ofDays(30);

    private final TwinStore store;

    public FailurePredictions(TwinStore store) {
        this.store = store;
    }

    public List<Forecast> predict(String twinId, long now, Duration window, Duration horizon) {
        long from = now - window.toMillis();
        List<Forecast> found = new ArrayList<>();
        for (SeriesKey key : store.telemetry().seriesOf(twinId)) {
            if (key.metric().equals("fs.used.bytes")) {
                latest(new SeriesKey(twinId, key.elementId(), "fs.total.bytes"), from, now).ifPresent(total ->
                        forecast(key, FILESYSTEM_FULL, read(key, from, now), total).ifPresent(found::add));
            } else if (key.metric().equals("memory.used")) {
                List<Sample> used = read(key, from, now);
                latest(new SeriesKey(twinId, key.elementId(), "memory.available"), from, now).filter(a -> !used.isEmpty()).ifPresent(available ->
                        forecast(key, MEMORY_EXHAUSTED, used, used.get(used.size() - 1).value() + available).ifPresent(found::add));
            } else if (key.metric().startsWith("smart.")) {
                smart(key, read(key, from, now)).ifPresent(found::add);
            }
        }
        new ServiceRestarts(store).between(twinId, Instant.ofEpochMilli(from), Instant.ofEpochMilli(now + 1))
                .forEach((service, restarts) -> CrashLoopModel.forecast(service, CRASH_LOOP, restarts, now).ifPresent(found::add));
        found.removeIf(f -> f.expectedAt() > now + horizon.toMillis());
        found.sort(Comparator.comparingLong(Forecast::expectedAt));
        return found;
    }

    /**
     * A drive's SMART series: its verdict, an ATA margin running out (used = the window's best
     * margin less today's), NVMe wear, or failing sectors: a drive whose pending or uncorrectable
     * sectors are above zero, or whose reallocated sectors or media errors grew in the window, is
     * at risk now.
     */
    private static Optional<Forecast> smart(SeriesKey key, List<Sample> samples) {
        if (samples.isEmpty()) {
            return Optional.empty();
        }
        Sample last = samples.get(samples.size() - 1);
        if (FAILING_SECTORS.matcher(key.metric()).matches()) {
            double grew = last.value() - samples.get(0).value();
            boolean pending = key.metric().startsWith("smart.197.") || key.metric().startsWith("smart.198.");
            if (grew > 0 || (pending && last.value() > 0)) {
                double hours = Math.max(1, (last.timestamp() - samples.get(0).timestamp()) / 3_600_000.0);
                return Optional.of(new Forecast(key.elementId(), SECTORS_FAILING, last.timestamp(), 1, grew / hours, last.value(),
                        samples.size()));
            }
            return Optional.empty();
        }
        return switch (key.metric()) {
            case "smart.healthy" -> last.value() == 0
                    ? Optional.of(new Forecast(key.elementId(), DISK_FAILING, last.timestamp(), 1, 0, 0, samples.size()))
                    : Optional.empty();
            case "smart.margin" -> {
                double best = samples.stream().mapToDouble(Sample::value).max().orElse(0);
                yield forecast(key, DISK_FAILURE, samples.stream().map(s -> new Sample(s.timestamp(), best - s.value())).toList(), best);
            }
            case "smart.percentage_used" -> forecast(key, DISK_WORN_OUT, samples, 100);
            default -> Optional.empty();
        };
    }

    private static Optional<Forecast> forecast(SeriesKey key, String mode, List<Sample> samples, double capacity) {
        long[] times = new long[samples.size()];
        double[] values = new double[samples.size()];
        for (int i = 0; i < times.length; i++) {
            times[i] = samples.get(i).timestamp();
            values[i] = samples.get(i).value();
        }
        return ExhaustionModel.forecast(key.elementId(), mode, times, values, capacity);
    }

    /** The series' samples of the window, up to and including now. */
    private List<Sample> read(SeriesKey key, long from, long now) {
        return store.telemetry().history(key, from, now + 1);
    }

    private Optional<Double> latest(SeriesKey key, long from, long now) {
        List<Sample> samples = read(key, from, now);
        return samples.isEmpty() ? Optional.empty() : Optional.of(samples.get(samples.size() - 1).value());
    }
}
