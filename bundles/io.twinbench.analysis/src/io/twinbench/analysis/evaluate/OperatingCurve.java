package io.twinbench.analysis.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

import io.twinbench.analysis.Detection;
import io.twinbench.analysis.Detectors;
import io.twinbench.analysis.SeriesAnalysis;
import io.twinbench.analysis.series.TimeSeries;

/**
 * A detector's whole range on a labelled set: its scorecard at each of a ladder of thresholds.
 * One threshold per detector favours whichever detector's default happens to suit the data;
 * asking how many labels each finds with at most so many false alarms, at its own best
 * threshold for that many, compares the detectors themselves. The threshold changes what a
 * detector learns (anomalous points teach it less), so each is a separate run, not a cut
 * through one run's scores.
 */
public record OperatingCurve(Detectors detector, List<Point> points) {

    /** The scorecard at one threshold. */
    public record Point(double threshold, Scorecard scorecard) {
    }

    /**
     * Runs the detector over every labelled series at every threshold of the ladder, counting
     * detections from learningMillis after each series' first point on.
     */
    public static OperatingCurve trace(Detectors detector, List<SyntheticSeries.Labelled> set, long learningMillis) {
        return trace(detector, set, (l, threshold) -> {
            long from = l.series().size() == 0 ? Long.MIN_VALUE : l.series().time(0) + learningMillis;
            return Scorecard.of(l.labels(), SeriesAnalysis.detect(l.series(), detector.create(threshold)).stream().filter(d -> d.time() >= from).toList());
        });
    }

    /**
     * As public benchmarks of labelled windows score: a window is found by any detection in it
     * (on any of its group's series), false alarms count after the first {@code probation} share
     * of each series and merge when less than {@code mergeMillis} apart.
     */
    public static OperatingCurve traceWindows(Detectors detector, List<LabelledDirectory.Group> set, double probation, long mergeMillis) {
        return trace(detector, set, (g, threshold) -> {
            List<Detection> detections = new ArrayList<>();
            long from = Long.MAX_VALUE;
            for (TimeSeries s : g.series()) {
                if (s.size() > 0) {
                    long countFrom = s.time((int) (s.size() * probation));
                    from = Math.min(from, countFrom);
                    SeriesAnalysis.detect(s, detector.create(threshold)).stream().filter(d -> d.time() >= countFrom).forEach(detections::add);
                }
            }
            detections.sort(Comparator.comparingLong(Detection::time));
            return Scorecard.of(g.windows(), detections, from, mergeMillis);
        });
    }

    /** Each threshold of the detector's ladder, the scorecards of the set's items at it summed. */
    private static <T> OperatingCurve trace(Detectors detector, List<T> set, BiFunction<T, Double, Scorecard> score) {
        List<Point> points = new ArrayList<>();
        for (double threshold : detector.ladder()) {
            Scorecard total = new Scorecard(0, 0, 0, 0);
            for (T item : set) {
                total = total.plus(score.apply(item, threshold));
            }
            points.add(new Point(threshold, total));
        }
        return new OperatingCurve(detector, List.copyOf(points));
    }

    /** The most labels found at any threshold with at most this many false alarms (0 when none has so few). */
    public int mostFound(int falseAlarms) {
        return points.stream().filter(p -> p.scorecard().falseAlarms() <= falseAlarms).mapToInt(p -> p.scorecard().found()).max().orElse(0);
    }

    /** The scorecard at the detector's default threshold. */
    public Scorecard atDefault() {
        return points.stream().filter(p -> p.threshold() == detector.threshold()).findFirst().orElseThrow().scorecard();
    }
}
