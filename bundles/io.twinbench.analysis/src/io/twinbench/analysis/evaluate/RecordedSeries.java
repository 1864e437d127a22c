package io.twinbench.analysis.evaluate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import io.twinbench.analysis.AnomalyKind;
import io.twinbench.analysis.series.CsvFormatException;
import io.twinbench.analysis.series.TimeSeries;
import io.twinbench.analysis.series.TimeSeriesCsv;

/**
 * Real series with known anomalies, as docs/labelled-host/record writes them: in a recording's
 * directory, one METRIC.csv per series (timestamp_ms,value) and labels.csv
 * (series,from,to,kind,what: the metric, epoch milliseconds, the kind's label, what was done).
 * A label's window reaches a little past the injection's end, where the series returns.
 */
public final class RecordedSeries {

    /** How long after an injection ends its effect may still be found (the series settling back). */
    public static final long AFTERMATH_MILLIS = 30_000;
    private static final String LABELS = "labels.csv";

    private RecordedSeries() {
    }

    /** The recordings in dir: dir itself if it holds labels.csv, else each directory in it that does, by name. */
    public static List<SyntheticSeries.Labelled> readAll(Path dir) throws IOException, CsvFormatException {
        return readEach(dir).values().stream().flatMap(List::stream).toList();
    }

    /** The same recordings, each under its directory's name, in name order. */
    public static Map<String, List<SyntheticSeries.Labelled>> readEach(Path dir) throws IOException, CsvFormatException {
        Map<String, List<SyntheticSeries.Labelled>> all = new TreeMap<>();
        if (Files.exists(dir.resolve(LABELS))) {
            all.put(String.valueOf(dir.toAbsolutePath().normalize().getFileName()), read(dir));
            return all;
        }
        try (Stream<Path> children = Files.list(dir)) {
            for (Path recording : children.filter(p -> Files.exists(p.resolve(LABELS))).toList()) {
                all.put(recording.getFileName().toString(), read(recording));
            }
        }
        return all;
    }

    /** One recording: each labelled metric's series with its windows. */
    public static List<SyntheticSeries.Labelled> read(Path recording) throws IOException, CsvFormatException {
        Map<String, List<LabelledWindow>> windows = labels(recording.resolve(LABELS));
        List<SyntheticSeries.Labelled> result = new ArrayList<>();
        for (Map.Entry<String, List<LabelledWindow>> e : windows.entrySet()) {
            Path file = recording.resolve(e.getKey() + ".csv");
            if (!Files.exists(file)) {
                throw new CsvFormatException(recording.resolve(LABELS).toString(), 0, "labels series '" + e.getKey() + "' but " + file
                        + " does not exist");
            }
            TimeSeries series = TimeSeriesCsv.read(file, "timestamp_ms").get(0);
            result.add(new SyntheticSeries.Labelled(new TimeSeries(recording.getFileName() + "/" + e.getKey(), series.times(),
                    series.values()), e.getValue()));
        }
        return result;
    }

    private static Map<String, List<LabelledWindow>> labels(Path file) throws IOException, CsvFormatException {
        Map<String, List<LabelledWindow>> windows = new TreeMap<>();
        CsvMapper csv = new CsvMapper();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<Map<String, String>> rows = csv.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            while (rows.hasNextValue()) {
                Map<String, String> row = rows.nextValue();
                long line = rows.getParser().currentLocation().getLineNr() - 1;
                try {
                    long from = Long.parseLong(row.get("from"));
                    long to = Long.parseLong(row.get("to"));
                    AnomalyKind kind = AnomalyKind.ofLabel(row.get("kind").trim().toLowerCase(Locale.ROOT).replace('_', '-'));
                    windows.computeIfAbsent(row.get("series"), k -> new ArrayList<>()).add(new LabelledWindow(from, to + AFTERMATH_MILLIS, kind));
                } catch (RuntimeException e) {
                    throw new CsvFormatException(file.toString(), line, "a label needs series, from, to (epoch ms) and kind (spike,"
                            + " level-shift, trend, seasonality): " + e.getMessage());
                }
            }
        }
        return windows;
    }
}
