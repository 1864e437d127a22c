package io.twinbench.analysis.series;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * that series. Anything else that is not a number, a row with too many or too few cells, or a
 * time that does not move forward is refused with the file, line and column.
 */
public final class TimeSeriesCsv {

    /** Rows as arrays of trimmed cells, empty lines skipped: how Twinbench reads every CSV file it is given. */
    static final CsvMapper ROWS = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).enable(CsvParser.Feature.TRIM_SPACES).build();

    private TimeSeriesCsv() {
    }

    public static List<TimeSeries> read(Path file, String timeColumn) throws IOException, CsvFormatException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString(), timeColumn);
        }
    }

    /** The value columns as series, in header order; timeColumn null means the first column. */
    public static List<TimeSeries> read(Reader in, String fileName, String timeColumn) throws IOException, CsvFormatException {
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
            long previous = Long.MIN_VALUE;
            long previousLine = 0;
            while (rows.hasNextValue()) {
                String[] row = rows.nextValue();
                long line = rows.getParser().currentLocation().getLineNr() - 1;
                if (row.length != header.length) {
                    throw new CsvFormatException(fileName, line, row.length + " cells where the header has " + header.length);
                }
                long time;
                try {
                    time = Timestamps.parse(row[timeIndex]);
                } catch (IllegalArgumentException e) {
                    throw new CsvFormatException(fileName, line, "column '" + header[timeIndex] + "': " + e.getMessage());
                }
                if (time <= previous) {
                    throw new CsvFormatException(fileName, line, "time " + row[timeIndex].strip() + " is not after line " + previousLine
                            + "'s: rows must be in time order");
                }
                previous = time;
                previousLine = line;
                for (Column c : columns) {
                    c.add(time, row[c.index], fileName, line);
                }
            }
            List<TimeSeries> result = new ArrayList<>();
            for (Column c : columns) {
                result.add(c.series());
            }
            return result;
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

        TimeSeries series() {
            return new TimeSeries(name, Arrays.copyOf(times, size), Arrays.copyOf(values, size));
        }
    }
}
