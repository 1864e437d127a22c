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
        String backwards = refusal("time,cpu\n1796001060,1\n1796001000,2\n");
        assertTrue(backwards.contains("line 3: time 1796001000 is not after line 2's"), backwards);
        String ragged = refusal("time,cpu,mem\n1796001000,1,2\n1796001060,2\n");
        assertTrue(ragged.contains("line 3: 2 cells where the header has 3"), ragged);
        assertTrue(refusal("").contains("the file is empty"));
        assertTrue(refusal("time\n1\n").contains("no value column"));
        assertTrue(refusal("time,cpu\n1796001000,NaN\n").contains("not a finite number"));
        String unknown = assertThrows(CsvFormatException.class,
                () -> TimeSeriesCsv.read(new StringReader("t,cpu\n1,2\n"), "x.csv", "time")).getMessage();
        assertTrue(unknown.contains("no column 'time'"), unknown);
    }
}
