package io.twinbench.analysis.evaluate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import io.twinbench.analysis.series.CsvFormatException;
import io.twinbench.analysis.series.TimeSeries;
import io.twinbench.analysis.series.TimeSeriesCsv;
import io.twinbench.analysis.series.Timestamps;

/**
 * Labelled series from other systems, as public benchmarks publish them once converted: a
 * directory of series files (a timestamp column and one or more value columns each, read as
 * untidy exports are) and windows.csv naming each file's anomaly windows (file,start,end;
 * inclusive, in any timestamp spelling analyze reads). A file of several columns is one
 * endpoint's metrics labelled together: a window of it is found by a detection on any of them.
 * The kind of an anomaly is not said.
 */
public final class LabelledDirectory {

    public static final String WINDOWS = "windows.csv";

    private LabelledDirectory() {
    }

    /** The series of one file and the windows labelled on it. */
    public record Group(String name, List<TimeSeries> series, List<LabelledWindow> windows) {
        public Group {
            series = List.copyOf(series);
            windows = List.copyOf(windows);
        }

        public int points() {
            return series.stream().mapToInt(TimeSeries::size).sum();
        }
    }

    /** Each file windows.csv names, with its windows, in file name order; series named file/column. */
    public static List<Group> read(Path dir) throws IOException, CsvFormatException {
        Path labels = dir.resolve(WINDOWS);
        if (!Files.exists(labels)) {
            throw new CsvFormatException(labels.toString(), 0, "no such file: a labelled directory names its series' windows in " + WINDOWS
                    + " (file,start,end)");
        }
        Map<String, List<LabelledWindow>> windows = windows(labels);
        List<Group> result = new ArrayList<>();
        for (Map.Entry<String, List<LabelledWindow>> e : windows.entrySet()) {
            Path file = dir.resolve(e.getKey()).normalize();
            if (!file.startsWith(dir.normalize()) || !Files.isRegularFile(file)) {
                throw new CsvFormatException(labels.toString(), 0, "names '" + e.getKey() + "', which is not a file in " + dir);
            }
            List<TimeSeries> series = new ArrayList<>();
            for (TimeSeries column : TimeSeriesCsv.read(file, null)) {
                series.add(new TimeSeries(e.getKey() + "/" + column.name(), column.times(), column.values()));
            }
            result.add(new Group(e.getKey(), series, e.getValue()));
        }
        return result;
    }

    private static Map<String, List<LabelledWindow>> windows(Path file) throws IOException, CsvFormatException {
        Map<String, List<LabelledWindow>> windows = new TreeMap<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class).with(CsvSchema.emptySchema().withHeader())
                        .readValues(in)) {
            while (rows.hasNextValue()) {
                Map<String, String> row = rows.nextValue();
                long line = rows.getParser().currentLocation().getLineNr() - 1;
                try {
                    windows.computeIfAbsent(row.get("file").strip(), k -> new ArrayList<>()).add(new LabelledWindow(Timestamps.parse(row.get("start")),
                            Timestamps.parse(row.get("end")), null));
                } catch (RuntimeException e) {
                    throw new CsvFormatException(file.toString(), line, "a window needs file, start and end: " + e.getMessage());
                }
            }
        }
        return windows;
    }
}
