package io.twinbench.cli.internal.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import io.twinbench.analysis.Detectors;
import io.twinbench.analysis.PointDetector;
import io.twinbench.analysis.evaluate.LabelledDirectory;
import io.twinbench.analysis.evaluate.OperatingCurve;
import io.twinbench.analysis.evaluate.RecordedSeries;
import io.twinbench.analysis.evaluate.Scorecard;
import io.twinbench.analysis.evaluate.SyntheticSeries;
import io.twinbench.analysis.series.CsvFormatException;
import io.twinbench.analysis.series.TimeSeries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `twinbench bench-analysis`: detection throughput of each detector on one thread, how many
 * samples after an injected anomaly it is raised, and precision and recall of Twinbench's
 * detector beside the classic ones on the same labelled series: synthetic ones, and real ones
 * recorded on a machine with --labelled.
 */
@Command(name = "bench-analysis", mixinStandardHelpOptions = true,
        description = "Benchmark the anomaly detectors: points per second, detection delay, precision and recall.")
public final class AnalysisBenchCommand implements Callable<Integer> {

    private static final long MONDAY = 1_795_996_800_000L;
    private static final long STEP = 300_000;
    private static final int PER_DAY = 288;

    @Spec
    CommandSpec spec;

    @Option(names = "--series", defaultValue = "24", description = "Labelled series of three weeks each (default: ${DEFAULT-VALUE}).")
    int seriesCount;

    @Option(names = "--windows", paramLabel = "DIR", description = {"Public labelled series from other systems: a directory of series files",
            "and windows.csv (file,start,end), scored as public window benchmarks are (repeatable: a development set,",
            "then the set kept aside)."})
    List<Path> windowSets = new ArrayList<>();

    @Option(names = "--labelled", paramLabel = "DIR", description = {"Real labelled series recorded by docs/labelled-host/record:",
            "a recording's directory or a directory of them (./twinbench bench passes docs/labelled-host)."})
    Path recorded;

    /** What each detector may learn from before its detections count on a recording (the recorder leaves six quiet minutes). */
    private static final long RECORDING_LEARNING_MILLIS = 3 * 60_000L;
    /** The false-alarm budgets the detectors are compared at. */
    private static final int[] BUDGETS = {0, 1, 2, 5, 10, 20, 50};

    @Override
    public Integer call() throws IOException, CsvFormatException {
        PrintWriter out = spec.commandLine().getOut();
        List<SyntheticSeries.Labelled> labelled = labelledSet();
        out.printf("twinbench bench-analysis: %d labelled series of 3 weeks at 5-minute points (%,d points, %d injected anomalies after a week of learning)%n",
                labelled.size(), labelled.size() * 21 * PER_DAY, labelled.stream().mapToInt(l -> l.labels().size()).sum());
        out.println("  throughput, one thread (points per second):");
        TimeSeries longSeries = SyntheticSeries.serverLoad(MONDAY, STEP, 2_000_000, 5).build("long").series();
        for (Detectors d : Detectors.values()) {
            out.printf("    %-9s %,14.0f%s%n", d.id(), throughput(d, longSeries), d == Detectors.DEFAULT ? "  (target >= 1,000,000)" : "");
            out.flush();
        }
        out.println("  precision / recall / false alarms on the labelled set (a label is found by a detection in its window):");
        compare(labelled, 7 * 86_400_000L, out);
        if (recorded != null) {
            realSeries(out);
        }
        for (Path dir : windowSets) {
            publicSeries(dir, out);
        }
        delay(labelled, out);
        predictions(out);
        return 0;
    }

    /**
     * Precision and recall on real series of this machine with known injected load, after each
     * series' first minutes: each recording on its own when there are several, then all together.
     */
    private void realSeries(PrintWriter out) throws IOException, CsvFormatException {
        Map<String, List<SyntheticSeries.Labelled>> recordings = RecordedSeries.readEach(recorded);
        if (recordings.size() > 1) {
            for (Map.Entry<String, List<SyntheticSeries.Labelled>> recording : recordings.entrySet()) {
                realSeries(recording.getValue(), recorded.resolve(recording.getKey()).toString(), out);
            }
        }
        realSeries(recordings.values().stream().flatMap(List::stream).toList(), recorded.toString(), out);
    }

    private static void realSeries(List<SyntheticSeries.Labelled> real, String where, PrintWriter out) {
        out.printf("  precision / recall / false alarms on real labelled series (%d series recorded by the agent on a real machine while load was"
                + " injected at logged times, %,d points, %d labels; %s):%n", real.size(), real.stream().mapToInt(l -> l.series().size()).sum(),
                real.stream().mapToInt(l -> l.labels().size()).sum(), where);
        compare(real, RECORDING_LEARNING_MILLIS, out);
    }

    /** A window counts from the first 15 % of a series on (the share public window benchmarks leave to learning). */
    private static final double PROBATION = 0.15;
    /** False alarms less than an hour apart are one: an analyst looks once. */
    private static final long MERGE_MILLIS = 3_600_000L;
    private static final int[] WINDOW_BUDGETS = {0, 10, 25, 57, 100, 250, 500, 1000};

    private static void publicSeries(Path dir, PrintWriter out) throws IOException, CsvFormatException {
        List<LabelledDirectory.Group> set = LabelledDirectory.read(dir);
        out.printf("  windows found / false alarms on public labelled series from other systems (%s: %d files, %d series, %,d points, %d windows; a"
                + " window is found by a detection in it on any series of its file; false alarms after each series' first 15 %%, merged under an"
                + " hour apart):%n", dir, set.size(), set.stream().mapToInt(g -> g.series().size()).sum(),
                set.stream().mapToInt(LabelledDirectory.Group::points).sum(), set.stream().mapToInt(g -> g.windows().size()).sum());
        compare(d -> OperatingCurve.traceWindows(d, set, PROBATION, MERGE_MILLIS), WINDOW_BUDGETS, out);
    }

    /**
     * Each detector at its default threshold, then across its range: the most labels it finds
     * with at most so many false alarms, and how Twinbench's detector fares against each classic one.
     */
    private static void compare(List<SyntheticSeries.Labelled> set, long learningMillis, PrintWriter out) {
        compare(d -> OperatingCurve.trace(d, set, learningMillis), BUDGETS, out);
    }

    private static void compare(java.util.function.Function<Detectors, OperatingCurve> trace, int[] budgets, PrintWriter out) {
        List<OperatingCurve> curves = new ArrayList<>();
        for (Detectors d : Detectors.values()) {
            OperatingCurve curve = trace.apply(d);
            curves.add(curve);
            Scorecard s = curve.atDefault();
            out.printf("    %-9s precision %.3f  recall %.3f  (%d of %d found, %d false alarms)  %s, from score %s%n", d.id(), s.precision(),
                    s.recall(), s.found(), s.labels(), s.falseAlarms(), d.description(), plain(d.threshold()));
            out.flush();
        }
        out.printf("    labels found with at most N false alarms, each detector at its best threshold for that N (%s):%n", curves.stream().map(c -> {
            double[] ladder = c.detector().ladder();
            return String.format(Locale.ROOT, "%s %s to %s", c.detector().id(), plain(ladder[0]), plain(ladder[ladder.length - 1]));
        }).collect(Collectors.joining(", ")));
        StringBuilder header = new StringBuilder(String.format("      %-9s", "N"));
        for (int n : budgets) {
            header.append(String.format("%6d", n));
        }
        out.println(header);
        for (OperatingCurve c : curves) {
            StringBuilder row = new StringBuilder(String.format("      %-9s", c.detector().id()));
            for (int n : budgets) {
                row.append(String.format("%6d", c.mostFound(n)));
            }
            out.println(row);
        }
        OperatingCurve ours = curves.get(0);
        for (OperatingCurve classic : curves.subList(1, curves.size())) {
            int more = 0;
            int fewer = 0;
            for (int n : budgets) {
                int diff = Integer.compare(ours.mostFound(n), classic.mostFound(n));
                more += diff > 0 ? 1 : 0;
                fewer += diff < 0 ? 1 : 0;
            }
            out.printf("      %s against %s: more found at %d of %d budgets, as many at %d, fewer at %d%n", ours.detector().id(),
                    classic.detector().id(), more, budgets.length, budgets.length - more - fewer, fewer);
        }
        out.flush();
    }

    /** A threshold as written: 5, 1, 2.5, 39.7. */
    private static String plain(double threshold) {
        return BigDecimal.valueOf(threshold).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /** Samples from each injected anomaly's start to the seasonal detector's first detection in its window. */
    private static void delay(List<SyntheticSeries.Labelled> labelled, PrintWriter out) {
        List<Long> samples = new ArrayList<>();
        long observeNanos = 0;
        long observed = 0;
        for (SyntheticSeries.Labelled l : labelled) {
            PointDetector detector = Detectors.SEASONAL.create();
            TimeSeries s = l.series();
            long[] firstHit = new long[l.labels().size()];
            Arrays.fill(firstHit, -1);
            for (int i = 0; i < s.size(); i++) {
                long t0 = System.nanoTime();
                detector.observe(s.time(i), s.value(i));
                observeNanos += System.nanoTime() - t0;
                observed++;
                for (int w = 0; w < firstHit.length && detector.isAnomalous(); w++) {
                    if (firstHit[w] < 0 && l.labels().get(w).contains(s.time(i))) {
                        firstHit[w] = (s.time(i) - l.labels().get(w).from()) / STEP;
                    }
                }
            }
            for (long hit : firstHit) {
                if (hit >= 0) {
                    samples.add(hit);
                }
            }
        }
        long[] sorted = samples.stream().mapToLong(Long::longValue).sorted().toArray();
        long atArrival = samples.stream().filter(x -> x == 0).count();
        out.printf("  detection delay (seasonal): %d of %d found anomalies raised at the sample where they begin; median %d, p90 %d samples after it;%n",
                atArrival, sorted.length, sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.9)]);
        out.printf("    a sample is scored %.0f ns after it arrives on average (the anomaly is raised in that same call)%n",
                observeNanos / (double) observed);
    }

    /**
     * Time-to-full forecasts of 200 file systems filling at random rates (0.2 to 2 GB an hour)
     * with random noise, from a day of 5-minute points: how far the predicted time left is from
     * the true one.
     */
    private static void predictions(PrintWriter out) {
        List<Double> errors = new ArrayList<>();
        int none = 0;
        double confidence = 0;
        for (int k = 0; k < 200; k++) {
            SplittableRandom random = new SplittableRandom(5000 + k);
            double rate = 0.2e9 + random.nextDouble() * 1.8e9;
            double noise = random.nextDouble() * 0.5e9;
            double start = 10e9 + random.nextDouble() * 30e9;
            long[] t = new long[288];
            double[] used = new double[288];
            for (int i = 0; i < 288; i++) {
                t[i] = MONDAY + i * STEP;
                used[i] = start + rate * i / 12.0 + noise * (random.nextDouble() * 2 - 1);
            }
            double capacity = 200e9;
            double trueHoursLeft = (capacity - (start + rate * 287 / 12.0)) / rate;
            var forecast = io.twinbench.analysis.predict.ExhaustionModel.forecast("fs", "filesystem full", t, used, capacity);
            if (forecast.isEmpty()) {
                none++;
                continue;
            }
            double hoursLeft = (forecast.get().expectedAt() - t[287]) / 3_600_000.0;
            errors.add(Math.abs(hoursLeft - trueHoursLeft) / trueHoursLeft);
            confidence += forecast.get().fit();
        }
        double[] e = errors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        out.printf("  file-system-full forecasts, 200 fills (0.2-2 GB/h, noise up to 0.5 GB, a day of history): error of the time left median %.1f %%,"
                + " p90 %.1f %%; mean fit %.2f; %d without a forecast%n", 100 * e[e.length / 2], 100 * e[(int) (e.length * 0.9)],
                confidence / e.length, none);
    }

    private static double throughput(Detectors d, TimeSeries s) {
        int n = d == Detectors.KMEANS ? 200_000 : s.size();
        run(d.create(), s, Math.min(n, 200_000)); // warm-up
        long t0 = System.nanoTime();
        run(d.create(), s, n);
        return n / ((System.nanoTime() - t0) / 1e9);
    }

    private static int run(PointDetector detector, TimeSeries s, int n) {
        int anomalies = 0;
        for (int i = 0; i < n; i++) {
            detector.observe(s.time(i), s.value(i));
            if (detector.isAnomalous()) {
                anomalies++;
            }
        }
        return anomalies;
    }

    /** Each series gets a few anomalies of every kind at random places after its first week. */
    private List<SyntheticSeries.Labelled> labelledSet() {
        List<SyntheticSeries.Labelled> set = new ArrayList<>();
        for (int i = 0; i < seriesCount; i++) {
            SplittableRandom random = new SplittableRandom(1000 + i);
            SyntheticSeries s = SyntheticSeries.serverLoad(MONDAY, STEP, 21 * PER_DAY, 1000 + i);
            int day = 8 + random.nextInt(2);
            s.spike(day * PER_DAY + random.nextInt(PER_DAY), (random.nextBoolean() ? 1 : -1) * (7 + random.nextInt(6)));
            s.spike((day + 1) * PER_DAY + random.nextInt(PER_DAY), (random.nextBoolean() ? 1 : -1) * (7 + random.nextInt(6)));
            switch (i % 3) {
                case 0 -> s.levelShift((day + 3) * PER_DAY + random.nextInt(PER_DAY), (random.nextBoolean() ? 1 : -1) * (6 + random.nextInt(5)));
                case 1 -> s.trend((day + 3) * PER_DAY + random.nextInt(PER_DAY), 0.4 + random.nextDouble() * 0.4, 48 + random.nextInt(48));
                default -> s.seasonalityChange((day + 3) * PER_DAY + PER_DAY / 2, 6 + random.nextInt(7), 10);
            }
            set.add(s.build("bench-" + i));
        }
        return set;
    }
}
