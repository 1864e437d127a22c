package io.twinbench.rollout.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.twinbench.rollout.spec.Metric;

/**
 * Which plan of an A/B stage won, on the metrics the spec compares: the Mann–Whitney U test of
 * arm a's samples against arm b's, one-sided each way. A plan wins when the other is
 * significantly worse on some metric and it is significantly worse on none; otherwise nothing is
 * decided (the analyst names the winner or aborts). By how much: the medians and their
 * relative difference, per metric.
 */
public final class AbComparison {

    /** winner: "a", "b", or null when undecided. */
    public record Verdict(String winner, String detail, Map<String, Object> figures) {
    }

    /** Both arms' samples of one metric over the A/B stage. */
    public record Samples(double[] a, double[] b) {
    }

    private AbComparison() {
    }

    public static Verdict decide(List<Metric> metrics, Map<String, Samples> samples, String planA, String planB) {
        List<String> aWorse = new ArrayList<>();
        List<String> bWorse = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        Map<String, Object> figures = new LinkedHashMap<>();
        for (Metric metric : metrics) {
            if (metric.comparison() == null) {
                continue;
            }
            Samples s = samples.getOrDefault(metric.name(), new Samples(new double[0], new double[0]));
            BaselineComparison.Result aAgainstB = BaselineComparison.compare(metric.comparison(), s.a(), s.b());
            BaselineComparison.Result bAgainstA = BaselineComparison.compare(metric.comparison(), s.b(), s.a());
            double a = aAgainstB.stageMedian();
            double b = aAgainstB.baselineMedian();
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("medianA", finite(a));
            f.put("medianB", finite(b));
            f.put("samplesA", aAgainstB.stageSamples());
            f.put("samplesB", aAgainstB.baselineSamples());
            f.put("pAWorse", aAgainstB.decided() ? aAgainstB.pValue() : null);
            f.put("pBWorse", bAgainstA.decided() ? bAgainstA.pValue() : null);
            f.put("alpha", metric.comparison().alpha());
            figures.put(metric.name(), f);
            if (!aAgainstB.decided()) {
                lines.add(metric.name() + ": " + aAgainstB.detail());
                continue;
            }
            if (aAgainstB.worse()) {
                aWorse.add(metric.name());
            } else if (bAgainstA.worse()) {
                bWorse.add(metric.name());
            }
            String better = aAgainstB.worse() ? planB : bAgainstA.worse() ? planA : null;
            lines.add(String.format(Locale.ROOT, "%s: median %.3g (%s) against %.3g (%s), %s; one-sided p = %.3g that %s is worse, %.3g that %s is;"
                    + " %s", metric.name(), a, planA, b, planB, change(a, b, planA), aAgainstB.pValue(), planA, bAgainstA.pValue(), planB,
                    better == null ? "no significant difference at alpha " + metric.comparison().alpha() : better + " is significantly better"));
        }
        if (figures.isEmpty()) {
            return new Verdict(null, "no metric compares the two plans (give one a compare: {worse: higher|lower})", figures);
        }
        String winner = !bWorse.isEmpty() && aWorse.isEmpty() ? "a" : !aWorse.isEmpty() && bWorse.isEmpty() ? "b" : null;
        String lead = winner == null
                ? (aWorse.isEmpty() ? "neither plan is significantly better" : "each plan is significantly worse on some metric ("
                        + planA + " on " + String.join(", ", aWorse) + ", " + planB + " on " + String.join(", ", bWorse) + ")")
                : (winner.equals("a") ? planA : planB) + " won";
        figures.put("winner", winner);
        return new Verdict(winner, lead + ": " + String.join("; ", lines), figures);
    }

    /** a relative to b, as the report says it: "12 % lower", "3.1× higher". */
    private static String change(double a, double b, String planA) {
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            return "not comparable";
        }
        if (b == 0) {
            return a == 0 ? "the same" : planA + " higher by " + String.format(Locale.ROOT, "%.3g", a);
        }
        double relative = (a - b) / Math.abs(b) * 100;
        return String.format(Locale.ROOT, "%s %.1f %% %s", planA, Math.abs(relative), relative < 0 ? "lower" : "higher");
    }

    private static Object finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
