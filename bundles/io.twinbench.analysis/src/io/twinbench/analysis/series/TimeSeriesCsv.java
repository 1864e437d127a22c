package io.twinbench.analysis.series;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

/**
 * Reads time series from CSV: a header row, a timestamp column (the first unless named) and
 * one or more numeric value columns, one series each. An empty cell is a missing point of
 * that series. Real exports are untidy, and are read as they come: rows out of time order are
 * sorted, a timestamp repeated (a daylight-saving hour written twice in UTC, a collector that
 * wrote twice) is merged into one point per series, the mean of its values, and timestamps
 * without a zone are read in the zone given (UTC by default); what was done is in the
 * reading's {@link Tidying}. Strict reading refuses rows that are not strictly in time order
 * instead. Anything that is not a number, a row with too many or too few cells, or a
 * timestamp that cannot be read is refused with the file, line and column either way.
 */
public final class TimeSeriesCsv {

    /** Rows as arrays of trimmed cells, empty lines skipped: how Twinbench reads every CSV file it is given. */
    static final CsvMapper ROWS = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).enable(CsvParser.Feature.TRIM_SPACES).build();

    /** How to read: the zone of timestamps that name none, and whether untidy order is refused. */
    public record Options(ZoneId zone, boolean strict) {
        public static Options defaults() {
            return new Options(ZoneOffset.UTC, false);
        }
    }

    /** The series of a file and what reading them tidied. */
    public record Reading(List<TimeSeries> series, Tidying tidying) {
    }

    private TimeSeriesCsv() {
    }

    /** The series of a file read with the default options (tidied, naive timestamps in UTC). */
    public static List<TimeSeries> read(Path file, String timeColumn) throws IOException, CsvFormatException {
        return read(file, timeColumn, Options.defaults()).series();
    }

    public static Reading read(Path file, String timeColumn, Options options) throws IOException, CsvFormatException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString(), timeColumn, options);
        }
    }

    /** The value columns as series, in header order; timeColumn null means the first column. */
    public static List<TimeSeries> read(Reader in, String fileName, String timeColumn) throws IOException, CsvFormatException {
        return read(in, fileName, timeColumn, Options.defaults()).series();
    }

    public static Reading read(Reader in, String fileName, String timeColumn, Options options) throws IOException, CsvFormatException {
        try (MappingIterator<String[]> rows = ROWS.readerFor(String[].class).readValues(in)) {
            if (!rows.hasNextValue()) {
                throw new CsvFormatException(fileName, 0, "the file is empty: expected a header row such as time,cpu");
            }
            String[] header = rows.nextValue();
            int timeIndex = timeIndex(header, fileName, timeColumn);
            if (header.length < 2) {
                throw new CsvFormatException(fileName, 1, "the header names no value column besides the timestamp column");
            }
            List<Column> columns = new ArrayList<>();
            for (int i = 0; i < header.length; i++) {
                if (i != timeIndex) {
                    columns.add(new Column(i, header[i].isBlank() ? "column " + (i + 1) : header[i]));
                }
            }
            TimestampReader clock = new TimestampReader(options.zone());
            RowTimes rowTimes = new RowTimes();
            long previousLine = 0;
            while (rows.hasNextValue()) {
                String[] row = rows.nextValue();
                long line = rows.getParser().currentLocation().getLineNr() - 1;
                if (row.length != header.length) {
                    throw new CsvFormatException(fileName, line, row.length + " cells where the header has " + header.length);
                }
                long time;
                try {
                    time = clock.read(row[timeIndex]);
                } catch (IllegalArgumentException e) {
                    throw new CsvFormatException(fileName, line, "column '" + header[timeIndex] + "': " + e.getMessage());
                }
                if (options.strict() && rowTimes.size() > 0 && time <= rowTimes.last()) {
                    throw new CsvFormatException(fileName, line, "time " + row[timeIndex].strip() + " is not after line " + previousLine
                            + "'s: rows must be in time order (read without --strict, they are sorted and repeats merged)");
                }
                rowTimes.add(time);
                previousLine = line;
                for (Column c : columns) {
                    c.add(time, row[c.index], fileName, line);
                }
            }
            List<TimeSeries> result = new ArrayList<>();
            for (Column c : columns) {
                result.add(c.series(rowTimes.outOfOrder() > 0));
            }
            return new Reading(result, rowTimes.tidying(clock));
        } catch (JsonProcessingException e) {
            throw new CsvFormatException(fileName, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e.getOriginalMessage());
        }
    }

    private static int timeIndex(String[] header, String fileName, String timeColumn) throws CsvFormatException {
        if (timeColumn == null) {
            return 0;
        }
        int i = Arrays.asList(header).indexOf(timeColumn);
        if (i < 0) {
            throw new CsvFormatException(fileName, 1, "no column '" + timeColumn + "' in the header " + String.join(",", header));
        }
        return i;
    }

    /** One value column as it is read. */
    private static final class Column {
        final int index;
        final String name;
        long[] times = new long[1024];
        double[] values = new double[1024];
        int size;

        Column(int index, String name) {
            this.index = index;
            this.name = name;
        }

        void add(long time, String cell, String fileName, long line) throws CsvFormatException {
            if (cell.isBlank()) {
                return;
            }
            double value;
            try {
                value = Double.parseDouble(cell.strip());
            } catch (NumberFormatException e) {
                throw new CsvFormatException(fileName, line, "column '" + name + "': '" + cell + "' is not a number");
            }
            if (!Double.isFinite(value)) {
                throw new CsvFormatException(fileName, line, "column '" + name + "': '" + cell + "' is not a finite number");
            }
            if (size == times.length) {
                times = Arrays.copyOf(times, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            times[size] = time;
            values[size++] = value;
        }

        /** The column's points in time order, each repeated time one point: the mean of its values. */
        TimeSeries series(boolean unsorted) {
            long[] t = Arrays.copyOf(times, size);
            double[] v = Arrays.copyOf(values, size);
            if (unsorted) {
                Integer[] order = new Integer[size];
                for (int i = 0; i < size; i++) {
                    order[i] = i;
                }
                // stable: a repeated time keeps its rows' order
                Arrays.sort(order, (a, b) -> Long.compare(times[a], times[b]));
                for (int i = 0; i < size; i++) {
                    t[i] = times[order[i]];
                    v[i] = values[order[i]];
                }
            }
            int kept = 0;
            for (int i = 0; i < size;) {
                int j = i;
                double sum = 0;
                while (j < size && t[j] == t[i]) {
                    sum += v[j++];
                }
                t[kept] = t[i];
                v[kept++] = sum / (j - i);
                i = j;
            }
            return new TimeSeries(name, Arrays.copyOf(t, kept), Arrays.copyOf(v, kept));
        }
    }
}
