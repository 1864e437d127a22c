package io.twinbench.ui.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The live charts of a running simulation: CPU as a share of the twin's cores, and memory beside its limit. */
final class SimulationCharts {

    private static final Color LINE = new Color(40, 90, 160);
    private static final Color LIMIT = new Color(200, 40, 40);

    /** One reading as the view keeps it. */
    record Point(double seconds, double cpuPercent, double memoryMiB, long pids) {
    }

    private SimulationCharts() {
    }

    static XYChart cpu(List<Point> points, String phase, int width, int height) {
        XYChart chart = base("CPU, % of the twin's cores" + (phase == null ? "" : " · " + phase), "%", width, height);
        chart.getStyler().setYAxisMax(100d);
        line(chart, "cpu", points, Point::cpuPercent, LINE);
        return chart;
    }

    static XYChart memory(List<Point> points, double limitMiB, int width, int height) {
        XYChart chart = base("Memory, MiB (limit " + Math.round(limitMiB) + ")", "MiB", width, height);
        double peak = points.stream().mapToDouble(Point::memoryMiB).max().orElse(0);
        // a limit far above what is used would flatten the line: then the axis follows the use and the title gives the limit
        boolean limitInView = limitMiB <= Math.max(peak * 4, 256);
        chart.getStyler().setYAxisMax(limitInView ? limitMiB * 1.1 : Math.max(peak * 1.5, 64));
        line(chart, "memory", points, Point::memoryMiB, LINE);
        if (!points.isEmpty() && limitInView) {
            XYSeries limit = chart.addSeries("limit", new double[] {points.get(0).seconds(), points.get(points.size() - 1).seconds()},
                    new double[] {limitMiB, limitMiB});
            limit.setMarker(SeriesMarkers.NONE);
            limit.setLineColor(LIMIT);
        }
        return chart;
    }

    private static XYChart base(String title, String unit, int width, int height) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(title).xAxisTitle("seconds").yAxisTitle(unit).build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesColor(new Color(230, 230, 230));
        chart.getStyler().setYAxisMin(0d);
        // whole seconds from the start: XChart's own ticks follow the first reading's fraction (0.500466098, 4.500450842, ...)
        chart.getStyler().setXAxisMin(0d);
        chart.getStyler().setXAxisDecimalPattern("#0");
        return chart;
    }

    private static void line(XYChart chart, String name, List<Point> points, java.util.function.ToDoubleFunction<Point> value, Color color) {
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (Point p : points) {
            x.add(p.seconds());
            y.add(value.applyAsDouble(p));
        }
        if (x.isEmpty()) {
            x.add(0d);
            y.add(0d);
        }
        XYSeries series = chart.addSeries(name, x, y);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(color);
    }
}
