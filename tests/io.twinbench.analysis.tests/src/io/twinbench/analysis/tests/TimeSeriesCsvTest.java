package io.twinbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.twinbench.analysis.series.CsvFormatException;
import io.twinbench.analysis.series.TimeSeries;
import io.twinbench.analysis.series.TimeSeriesCsv;

class TimeSeriesCsvTest {

    private static List<TimeSeries> read(String csv) throws Exception {
        return TimeSeriesCsv.read(new StringReader(csv), "load.csv", null);
    }

    private static String refusal(String csv) {
        return assertThrows(CsvFormatException.class, () -> read(csv)).getMessage();
    }

    @Test
    void eachValueColumnIsASeriesAndEmptyCellsAreMissingPoints() throws Exception {
        List<TimeSeries> series = read("time,cpu,\"disk, root\"\n"
                + "2026-11-30T00:00:00Z,1.5,70\n"
                + "2026-11-30 00:05:00,2,\n"
                + "\n"
                + "1796001000,3e0,71.5\n");
        assertEquals(2, series.size());
        assertEquals("cpu", series.get(0).name());
        assertArrayEquals(new long[] {1_795_996_800_000L, 1_795_997_100_000L, 1_796_001_000_000L}, series.get(0).times());
        assertArrayEquals(new double[] {1.5, 2, 3}, series.get(0).values());
        assertEquals("disk, root", series.get(1).name());
        assertArrayEquals(new double[] {70, 71.5}, series.get(1).values(), "the empty cell is no point");
    }

    @Test
    void aNamedTimeColumnMayStandAnywhere() throws Exception {
        List<TimeSeries> series = TimeSeriesCsv.read(new StringReader("cpu,ts\n1,1796001000000\n2,1796001060000\n"), "x.csv", "ts");
        assertArrayEquals(new long[] {1_796_001_000_000L, 1_796_001_060_000L}, series.get(0).times());
    }

    @Test
    void badFilesAreRefusedNamingFileLineAndColumn() {
        String notANumber = refusal("time,cpu\n1796001000,1\n1796001060,high\n");
        assertTrue(notANumber.startsWith("load.csv, line 3: column 'cpu': 'high' is not a number"), notANumber);
        String badTime = refusal("time,cpu\n1796001000,1\nyesterday,2\n");
        assertTrue(badTime.startsWith("load.csv, line 3: column 'time': 'yesterday' is not a timestamp"), badTime);
        String ragged = refusal("time,cpu,mem\n1796001000,1,2\n1796001060,2\n");
        assertTrue(ragged.contains("line 3: 2 cells where the header has 3"), ragged);
        assertTrue(refusal("").contains("the file is empty"));
        assertTrue(refusal("time\n1\n").contains("no value column"));
        assertTrue(refusal("time,cpu\n1796001000,NaN\n").contains("not a finite number"));
        String unknown = assertThrows(CsvFormatException.class,
                () -> TimeSeriesCsv.read(new StringReader("t,cpu\n1,2\n"), "x.csv", "time")).getMessage();
        assertTrue(unknown.contains("no column 'time'"), unknown);
    }

    private static TimeSeriesCsv.Reading untidy(String csv, TimeSeriesCsv.Options options) throws Exception {
        return TimeSeriesCsv.read(new StringReader(csv), "export.csv", null, options);
    }

    @Test
    void rowsOutOfOrderAreSortedAndCounted() throws Exception {
        TimeSeriesCsv.Reading r = untidy("time,cpu\n1796001120,3\n1796001000,1\n1796001060,2\n1796001180,4\n", TimeSeriesCsv.Options.defaults());
        assertArrayEquals(new long[] {1_796_001_000_000L, 1_796_001_060_000L, 1_796_001_120_000L, 1_796_001_180_000L}, r.series().get(0).times());
        assertArrayEquals(new double[] {1, 2, 3, 4}, r.series().get(0).values());
        assertEquals(2, r.tidying().outOfOrder());
        assertTrue(r.tidying().describe("export.csv").contains("export.csv: 2 rows out of time order, sorted"), r.tidying().describe("export.csv").toString());
    }

    @Test
    void aRepeatedTimestampIsMergedIntoTheMeanOfItsValuesPerSeries() throws Exception {
        // a daylight-saving end written in UTC-less local time, read as UTC: 02:00 twice
        TimeSeriesCsv.Reading r = untidy("time,cpu,mem\n2026-10-25 01:00,1,10\n2026-10-25 02:00,2,\n2026-10-25 02:00,4,30\n2026-10-25 03:00,5,40\n",
                TimeSeriesCsv.Options.defaults());
        assertArrayEquals(new double[] {1, 3, 5}, r.series().get(0).values(), "cpu at 02:00 is the mean of 2 and 4");
        assertArrayEquals(new double[] {10, 30, 40}, r.series().get(1).values(), "mem had one value at 02:00: it stays");
        assertEquals(1, r.tidying().repeated());
        assertEquals(4, r.tidying().naive());
        List<String> said = r.tidying().describe("export.csv");
        assertTrue(said.get(0).equals("export.csv: 4 rows; 4 timestamps without a zone read in UTC (--time-zone names another)"), said.toString());
        assertTrue(said.contains("export.csv: 1 row with an earlier row's time, merged: each series takes the mean of its values there"), said.toString());
    }

    @Test
    void strictReadingStillRefusesRowsNotInTimeOrder() {
        String backwards = assertThrows(CsvFormatException.class, () -> untidy("time,cpu\n1796001060,1\n1796001000,2\n",
                new TimeSeriesCsv.Options(java.time.ZoneOffset.UTC, true))).getMessage();
        assertTrue(backwards.contains("line 3: time 1796001000 is not after line 2's"), backwards);
        String repeated = assertThrows(CsvFormatException.class, () -> untidy("time,cpu\n1796001060,1\n1796001060,2\n",
                new TimeSeriesCsv.Options(java.time.ZoneOffset.UTC, true))).getMessage();
        assertTrue(repeated.contains("line 3: time 1796001060 is not after line 2's"), repeated);
    }

    @Test
    void gapsAndIrregularIntervalsAreReadAndReported() throws Exception {
        StringBuilder csv = new StringBuilder("time,cpu\n");
        long t = 1_796_000_000L;
        for (int i = 0; i < 40; i++) {
            t += i == 20 ? 3 * 3600 : i % 2 == 0 ? 240 : 300;
            csv.append(t).append(',').append(i).append('\n');
        }
        TimeSeriesCsv.Reading r = untidy(csv.toString(), TimeSeriesCsv.Options.defaults());
        assertEquals(40, r.series().get(0).size());
        assertEquals(1, r.tidying().gaps());
        List<String> said = r.tidying().describe("export.csv");
        assertTrue(said.contains("export.csv: sampled every 5 min (median); 1 gap of 3 intervals or more, the longest 3 h 0 min;"
                + " irregular: 49 % of intervals more than a tenth off it"), said.toString());
    }

    @Test
    void aLocalTimeExportIsReadInItsZoneWithTheRepeatedHourInOrder() throws Exception {
        // Berlin's clocks went back at 03:00 CEST on 2026-10-25: 02:00-02:59 came twice
        String csv = "time,cpu\n2026-10-25 01:30,1\n2026-10-25 02:00,2\n2026-10-25 02:30,3\n2026-10-25 02:00,4\n2026-10-25 02:30,5\n2026-10-25 03:00,6\n";
        TimeSeriesCsv.Reading r = untidy(csv, new TimeSeriesCsv.Options(java.time.ZoneId.of("Europe/Berlin"), false));
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, r.series().get(0).values(), "nothing sorted or merged: six half hours in order");
        long[] times = r.series().get(0).times();
        assertEquals(java.time.Instant.parse("2026-10-24T23:30:00Z").toEpochMilli(), times[0]);
        assertEquals(java.time.Instant.parse("2026-10-25T01:00:00Z").toEpochMilli(), times[3], "the second 02:00 is an hour after the first");
        assertEquals(2, r.tidying().secondPass());
        assertEquals(0, r.tidying().outOfOrder() + r.tidying().repeated());
        // and the hour skipped in spring: 02:30 on 2026-03-29 did not exist, it is read as 03:30 CEST
        TimeSeriesCsv.Reading spring = untidy("time,cpu\n2026-03-29 01:30,1\n2026-03-29 02:30,2\n",
                new TimeSeriesCsv.Options(java.time.ZoneId.of("Europe/Berlin"), false));
        assertEquals(java.time.Instant.parse("2026-03-29T01:30:00Z").toEpochMilli(), spring.series().get(0).times()[1]);
        assertEquals(1, spring.tidying().skipped());
    }
}
