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
 * directory of series files (a timestamp column and one value column each, read as untidy
 * exports are) and windows.csv naming each file's anomaly windows (file,start,end; inclusive,
 * in any timestamp spelling analyze reads). The kind of an anomaly is not said.
 */
public final class LabelledDirectory {

    public static final String WINDOWS = "windows.csv";

    private LabelledDirectory() {
    }

    /** Each file windows.csv names, with its windows, in file name order; series named by their file. */
    public static List<SyntheticSeries.Labelled> read(Path dir) throws IOException, CsvFormatException {
        Path labels = dir.resolve(WINDOWS);
        if (!Files.exists(labels)) {
            throw new CsvFormatException(labels.toString(), 0, "no such file: a labelled directory names its series' windows in " + WINDOWS
                    + " (file,start,end)");
        }
        Map<String, List<LabelledWindow>> windows = windows(labels);
        List<SyntheticSeries.Labelled> result = new ArrayList<>();
        for (Map.Entry<String, List<LabelledWindow>> e : windows.entrySet()) {
            Path file = dir.resolve(e.getKey()).normalize();
            if (!file.startsWith(dir.normalize()) || !Files.isRegularFile(file)) {
                throw new CsvFormatException(labels.toString(), 0, "names '" + e.getKey() + "', which is not a file in " + dir);
            }
            TimeSeries series = TimeSeriesCsv.read(file, null).get(0);
            result.add(new SyntheticSeries.Labelled(new TimeSeries(e.getKey(), series.times(), series.values()), e.getValue()));
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
