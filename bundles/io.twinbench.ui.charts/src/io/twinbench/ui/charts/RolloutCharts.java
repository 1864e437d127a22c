package io.twinbench.ui.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import io.twinbench.store.Rollouts;

/**
 * One analysis metric of a rollout over time: the changed cohort's mean at each measurement
 * beside the baseline's, measurements that failed marked red, so the analyst sees the canaries
 * drift from their unchanged peers before the analysis decides. In an A/B rollout the second
 * plan's arm is charted beside the first (its rows carry the "b:" prefix), in orange.
 */
final class RolloutCharts {

    private static final Color COHORT = new Color(40, 90, 160);
    private static final Color BASELINE = new Color(150, 150, 150);
    private static final Color FAILED = new Color(210, 30, 30);
    private static final Color ARM_B = new Color(230, 130, 20);
    private static final String B_ROWS = "b:";

    private RolloutCharts() {
    }

    /** An A/B rollout's two plans, and the arm that won ("a", "b"; null until decided). */
    record Arms(String a, String b, String winner) {
    }

    /** The metrics to chart, one each: an A/B arm's rows ("b:" name) go into their metric's chart. */
    static List<String> metrics(List<Rollouts.Measurement> measurements) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        measurements.forEach(m -> names.add(m.metric().startsWith(B_ROWS) ? m.metric().substring(B_ROWS.length()) : m.metric()));
        return List.copyOf(names);
    }

    /**
     * means: a measurement's cohort and baseline JSON objects read back (endpoint to value);
     * arms: in an A/B rollout its plans, else null. The stages after the A/B stage measure the
     * winner, drawn in its arm's colour.
     */
    static XYChart metric(String name, List<Rollouts.Measurement> measurements, java.util.function.Function<String, Map<String, Double>> means, int width,
            int height, Arms arms) {
        String title = arms == null ? name + ": changed endpoints (blue) and baseline (grey)"
                : name + ": " + arms.a() + " (blue), " + arms.b() + " (orange), baseline (grey)";
        XYChart chart = new XYChartBuilder().width(width).height(height).title(title).build();
        var styler = chart.getStyler();
        styler.setLegendVisible(false);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotGridLinesColor(new Color(230, 230, 230));
        styler.setDatePattern("HH:mm:ss");
        styler.setXAxisTitleVisible(false);
        List<Date> x = new ArrayList<>();
        List<Double> cohort = new ArrayList<>();
        List<Date> bx = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        List<Date> fx = new ArrayList<>();
        List<Double> failed = new ArrayList<>();
        List<Date> ax = new ArrayList<>();
        List<Double> armB = new ArrayList<>();
        for (Rollouts.Measurement m : measurements) {
            boolean armBRow = m.metric().equals(B_ROWS + name);
            if (m.outcome().equals("start") || !armBRow && !m.metric().equals(name)) {
                continue;
            }
            // plan b's values: arm b's rows, and once b won, the stages after the A/B stage
            boolean planB = armBRow || arms != null && "b".equals(arms.winner()) && m.stage() > 1;
            Date at = Date.from(m.at());
            double c = mean(means.apply(m.cohort()));
            if (!Double.isNaN(c)) {
                (planB ? ax : x).add(at);
                (planB ? armB : cohort).add(c);
                if (m.outcome().equals("failed")) {
                    fx.add(at);
                    failed.add(c);
                }
            }
            // in the A/B stage a row compares with the other arm, which is charted as that arm, not as a baseline
            double b = armBRow || arms != null && m.stage() == 1 ? Double.NaN : mean(means.apply(m.baseline()));
            if (!Double.isNaN(b)) {
                bx.add(at);
                baseline.add(b);
            }
        }
        if (x.isEmpty() && ax.isEmpty()) {
            XYSeries none = chart.addSeries("none", new double[] {0, 1}, new double[] {0, 0});
            none.setMarker(SeriesMarkers.NONE);
            none.setLineColor(Color.WHITE);
            chart.setTitle(name + ": no measurement yet");
            return chart;
        }
        if (!bx.isEmpty()) {
            add(chart, "baseline", bx, baseline, BASELINE, SeriesMarkers.DIAMOND);
        }
        if (!x.isEmpty()) {
            add(chart, "cohort", x, cohort, COHORT, SeriesMarkers.CIRCLE);
        }
        if (!ax.isEmpty()) {
            add(chart, "arm b", ax, armB, ARM_B, SeriesMarkers.SQUARE);
        }
        if (!fx.isEmpty()) {
            XYSeries f = add(chart, "failed", fx, failed, FAILED, SeriesMarkers.CIRCLE);
            f.setLineStyle(org.knowm.xchart.style.lines.SeriesLines.NONE);
        }
        return chart;
    }

    private static XYSeries add(XYChart chart, String name, List<Date> x, List<Double> y, Color color, org.knowm.xchart.style.markers.Marker marker) {
        XYSeries series = chart.addSeries(name, x, y);
        series.setLineColor(color);
        series.setMarkerColor(color);
        series.setMarker(marker);
        return series;
    }

    private static double mean(Map<String, Double> values) {
        return values.values().stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
}
