package io.twinbench.analysis.series;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.twinbench.analysis.AnomalyKind;
import io.twinbench.store.StoredAnomaly;

/**
 * Reads back what `twinbench analyze` writes (CSV or JSON: series, timestamp, score, label,
 * value, expected), so an offline analysis can be attached to a twin for review. Each series
 * names the element its anomalies belong to. A bad row is refused with the file and line (CSV)
 * or entry (JSON), and nothing of the file is taken.
 */
public final class AnomalyFile {

    private static final List<String> COLUMNS = List.of("series", "timestamp", "score", "label", "value", "expected");

    private AnomalyFile() {
    }

    /** The file's anomalies as anomalies of twinId, each on the element its series names, with the metric given. */
    public static List<StoredAnomaly> read(Path file, String twinId, String metric) throws IOException, CsvFormatException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                return json(in, file.toString(), twinId, metric);
            }
            return csv(in, file.toString(), twinId, metric);
        }
    }

    static List<StoredAnomaly> csv(Reader in, String name, String twinId, String metric) throws IOException, CsvFormatException {
        List<StoredAnomaly> result = new ArrayList<>();
        try (MappingIterator<String[]> rows = TimeSeriesCsv.ROWS.readerFor(String[].class).readValues(in)) {
            if (!rows.hasNextValue() || !Arrays.asList(rows.nextValue()).equals(COLUMNS)) {
                throw new CsvFormatException(name, 1, "expected the header " + String.join(",", COLUMNS) + " (as twinbench analyze writes)");
            }
            while (rows.hasNextValue()) {
                String[] row = rows.nextValue();
                long line = rows.getParser().currentLocation().getLineNr() - 1;
                if (row.length != COLUMNS.size()) {
                    throw new CsvFormatException(name, line, row.length + " cells where the header has " + COLUMNS.size());
                }
                result.add(anomaly(name, line, twinId, metric, row));
            }
        } catch (JsonProcessingException e) {
            throw new CsvFormatException(name, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e.getOriginalMessage());
        }
        return result;
    }

    static List<StoredAnomaly> json(Reader in, String name, String twinId, String metric) throws IOException, CsvFormatException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(in);
        } catch (JsonProcessingException e) {
            throw new CsvFormatException(name, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw new CsvFormatException(name, 0, "expected a JSON array of anomalies (as twinbench analyze --format json writes)");
        }
        List<StoredAnomaly> result = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode n = root.get(i);
            String[] row = COLUMNS.stream().map(c -> n.hasNonNull(c) ? n.get(c).asText() : "").toArray(String[]::new);
            result.add(anomaly(name + ", entry " + i, 0, twinId, metric, row));
        }
        return result;
    }

    private static StoredAnomaly anomaly(String name, long line, String twinId, String metric, String[] row) throws CsvFormatException {
        if (row[0].isBlank()) {
            throw new CsvFormatException(name, line, "'series' is empty: it names the element the anomaly belongs to");
        }
        long time;
        try {
            time = Timestamps.parse(row[1]);
        } catch (IllegalArgumentException e) {
            throw new CsvFormatException(name, line, "'timestamp': " + e.getMessage());
        }
        try {
            AnomalyKind.ofLabel(row[3]);
        } catch (IllegalArgumentException e) {
            throw new CsvFormatException(name, line, "'label' is '" + row[3] + "', " + e.getMessage());
        }
        return new StoredAnomaly(twinId, row[0], metric, time, number(name, line, "value", row[4]), number(name, line, "expected", row[5]),
                number(name, line, "score", row[2]), row[3], "imported");
    }

    private static double number(String name, long line, String field, String text) throws CsvFormatException {
        try {
            double v = Double.parseDouble(text.strip());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new CsvFormatException(name, line, "'" + field + "' is '" + text + "', not a number");
    }
}
