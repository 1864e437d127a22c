package io.twinbench.ui.charts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

import io.twinbench.store.Sample;
import io.twinbench.store.StoredAnomaly;

/**
 * Draws a telemetry series with XChart into an SWT image, its anomalies as red dots on the line.
 * XChart paints with AWT, which runs headless beside SWT, so the chart is rendered to pixels and
 * shown in a plain canvas.
 */
final class ChartImages {

    private static final double GIB = 1024d * 1024 * 1024;
    private static final double MIB = 1024d * 1024;
    private static final java.awt.Color LINE = new java.awt.Color(40, 90, 160);
    private static final java.awt.Color ANOMALY = new java.awt.Color(210, 30, 30);

    private ChartImages() {
    }

    /** The series between from and to (epoch ms): every chart of a view on the same time axis. */
    static XYChart chart(SeriesWindow window, int width, int height, long from, long to) {
        XYChart chart = chart(window, width, height);
        if (to > from) {
            chart.getStyler().setXAxisMin((double) from);
            chart.getStyler().setXAxisMax((double) to);
            long span = to - from;
            chart.getStyler().setDatePattern(span > 2 * 86_400_000L ? "MM-dd HH:mm" : span > 600_000L ? "HH:mm" : "HH:mm:ss");
        }
        return chart;
    }

    static XYChart chart(SeriesWindow window, int width, int height) {
        double scale = switch (window.unit()) {
            case "bytes" -> GIB;
            case "bytes/s" -> MIB;
            default -> 1;
        };
        String unit = switch (window.unit()) {
            case "bytes" -> "GiB";
            case "bytes/s" -> "MiB/s";
            default -> window.unit();
        };
        List<StoredAnomaly> anomalies = window.anomalies();
        XYChart chart = new XYChartBuilder().width(width).height(height).title(title(window, anomalies.size()))
                .yAxisTitle(unit).build();
        var styler = chart.getStyler();
        styler.setLegendVisible(false);
        styler.setChartBackgroundColor(java.awt.Color.WHITE);
        styler.setPlotGridLinesColor(new java.awt.Color(230, 230, 230));
        chart.getStyler().setDatePattern("HH:mm:ss");
        chart.getStyler().setXAxisTitleVisible(false);
        chart.getStyler().setYAxisMin(0d);
        if ("%".equals(window.unit())) {
            chart.getStyler().setYAxisMax(100d);
        }
        // a day of one-second samples is more points than pixels: keep each pixel's lowest and highest
        List<Sample> samples = Downsampled.minMax(window.snapshot(), Math.max(50, width));
        List<Date> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (Sample s : samples) {
            x.add(new Date(s.timestamp()));
            y.add(s.value() / scale);
        }
        if (x.isEmpty()) {
            x.add(new Date());
            y.add(0d);
        }
        XYSeries series = chart.addSeries(window.metric(), x, y);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(LINE);
        if (!anomalies.isEmpty()) {
            XYSeries dots = chart.addSeries("anomalies", anomalies.stream().map(a -> new Date(a.timestamp())).toList(),
                    anomalies.stream().map(a -> a.value() / scale).toList());
            dots.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
            dots.setMarker(SeriesMarkers.CIRCLE);
            dots.setMarkerColor(ANOMALY);
        }
        return chart;
    }

    private static String title(SeriesWindow window, int anomalies) {
        String title = switch (window.metric()) {
            case "cpu.load" -> "CPU load";
            case "memory.used" -> "Memory used";
            default -> window.key().elementId() + " · " + window.metric();
        };
        return anomalies == 0 ? title : title + " · " + anomalies + (anomalies == 1 ? " anomaly" : " anomalies");
    }

    static ImageData render(XYChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        chart.paint(g, width, height);
        g.dispose();
        ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            data.setPixels(0, y, width, row, 0);
        }
        return data;
    }
}
