package io.twinbench.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.twinbench.analysis.Detection;
import io.twinbench.analysis.Detectors;
import io.twinbench.analysis.RarityDetector;
import io.twinbench.analysis.SeriesAnalysis;
import io.twinbench.analysis.series.TimeSeries;
import io.twinbench.analysis.series.TimeSeriesCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `twinbench analyze`: the workbench's detectors over a time series from a CSV file. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Run an anomaly detector over time series from a CSV file: a header row, a timestamp column",
                "(epoch seconds or milliseconds, or ISO-8601; the first column unless --time-column) and one or more",
                "value columns, each its own series. Rows out of order are sorted and repeated timestamps merged, as",
                "standard error says. Writes one row per anomalous point: series, timestamp, score,",
                "label (spike, level-shift, trend, seasonality), value and expected value."})
public final class AnalyzeCommand implements Callable<Integer> {

    /** One anomalous point as written out. */
    record Row(String series, String timestamp, double score, String label, double value, double expected) {
    }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CSV", description = "The time series file.")
    Path csv;

    @Option(names = "--detector", paramLabel = "NAME", defaultValue = "rarity",
            description = {"rarity (how rarely the series itself shows so large a surprise, in log10 days: holds on noisy,",
                    "sparse, counter, drifting and rhythmless series), seasonal (level, daily and weekly rhythm, runs, in",
                    "deviations), gaussian (rolling), kmeans or linear (default: ${DEFAULT-VALUE})."})
    String detector;

    @Option(names = "--threshold", paramLabel = "SCORE", description = {"Score from which a point is anomalous (default: the detector's,",
            "1 for rarity (rarer than once in ten days), 5 for seasonal; lower finds more and alarms more: bench-analysis",
            "traces each detector's range)."})
    Double threshold;

    @Option(names = "--time-column", paramLabel = "NAME", description = "The timestamp column (default: the first).")
    String timeColumn;

    @Option(names = "--time-zone", paramLabel = "ZONE", description = {"The zone of timestamps that name none, such as Europe/Berlin",
            "or +02:00 (default: UTC). A local-time export's repeated daylight-saving hour is then read in order."})
    String timeZone;

    @Option(names = "--strict", description = {"Refuse rows out of time order and repeated timestamps instead of sorting and",
            "merging them (each point repeated is merged into one: the mean of its values)."})
    boolean strict;

    @Option(names = "--format", paramLabel = "csv|json", defaultValue = "csv", description = "Output format (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the anomalies here instead of to standard output.")
    Path out;

    /**
     * The rarity detector judges a series' first day by magnitude and the rest only once the
     * history can tell the threshold's rarity: a shorter export would look clean for want of
     * history, so the user is told, and what to use instead.
     */
    private void tellIfShort(TimeSeries s, Detectors chosen, double scoreThreshold) {
        if (chosen != Detectors.RARITY || s.size() == 0) {
            return;
        }
        double days = (s.time(s.size() - 1) - s.time(0)) / 86_400_000.0;
        double needed = RarityDetector.daysToJudge(scoreThreshold);
        if (days < needed + 1) {
            spec.commandLine().getErr().printf(Locale.ROOT, "%s: series %s spans %.1f days: the rarity detector judges its first day as the seasonal"
                    + " detector does, and judges by rarity only from %.1f days of history on (--detector seasonal judges short series throughout)%n",
                    csv, s.name(), days, needed);
        }
    }

    @Override
    public Integer call() throws Exception {
        Detectors chosen = Detectors.byId(detector);
        if (threshold != null && !(threshold > 0)) {
            throw new IllegalArgumentException("--threshold is a score above 0, not " + threshold);
        }
        double scoreThreshold = threshold == null ? chosen.threshold() : threshold;
        String f = format.toLowerCase(Locale.ROOT);
        if (!f.equals("csv") && !f.equals("json")) {
            throw new IllegalArgumentException("--format is csv or json, not " + format);
        }
        ZoneId zone;
        try {
            zone = timeZone == null ? ZoneOffset.UTC : ZoneId.of(timeZone);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("--time-zone is a zone such as Europe/Berlin, UTC or +02:00, not " + timeZone);
        }
        TimeSeriesCsv.Reading reading = TimeSeriesCsv.read(csv, timeColumn, new TimeSeriesCsv.Options(zone, strict));
        reading.tidying().describe(csv.toString()).forEach(spec.commandLine().getErr()::println);
        List<TimeSeries> series = reading.series();
        List<Row> rows = new ArrayList<>();
        int points = 0;
        for (TimeSeries s : series) {
            points += s.size();
            tellIfShort(s, chosen, scoreThreshold);
            for (Detection d : SeriesAnalysis.detect(s, chosen.create(scoreThreshold))) {
                rows.add(new Row(s.name(), Instant.ofEpochMilli(d.time()).toString(), round(d.score()), d.kind().label(), d.value(),
                        round(d.expected())));
            }
        }
        if (out == null) {
            write(rows, f, spec.commandLine().getOut());
        } else {
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                write(rows, f, w);
            }
        }
        spec.commandLine().getErr().printf("%s: %d series, %d points, %d %s (%s detector)%n", csv, series.size(), points, rows.size(),
                rows.size() == 1 ? "anomaly" : "anomalies", chosen.id());
        return 0;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static void write(List<Row> rows, String format, Writer w) throws IOException {
        if (format.equals("json")) {
            // standard output must stay open after Jackson is done with it
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .writeValue(w, rows);
            w.write(System.lineSeparator());
            w.flush();
            return;
        }
        PrintWriter p = new PrintWriter(w);
        p.println("series,timestamp,score,label,value,expected");
        for (Row r : rows) {
            p.printf(Locale.ROOT, "%s,%s,%s,%s,%s,%s%n", quoted(r.series()), r.timestamp(), r.score(), r.label(), r.value(), r.expected());
        }
        p.flush();
    }

    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
