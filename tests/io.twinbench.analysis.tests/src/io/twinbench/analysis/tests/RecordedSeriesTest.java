package io.twinbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.twinbench.analysis.AnomalyKind;
import io.twinbench.analysis.evaluate.LabelledWindow;
import io.twinbench.analysis.evaluate.RecordedSeries;
import io.twinbench.analysis.evaluate.SyntheticSeries;
import io.twinbench.analysis.series.CsvFormatException;

/**
 * Recordings of real labelled series are read with their windows (reaching past the injection's
 * end by the aftermath); a bad label or a missing series file is refused with the file and line.
 */
class RecordedSeriesTest {

    @TempDir
    Path dir;

    @Test
    void aRecordingsSeriesComeWithTheirLabelledWindows() throws Exception {
        Path run = Files.createDirectories(dir.resolve("2026-11-30"));
        Files.writeString(run.resolve("cpu.load.csv"), "timestamp_ms,value\n1000,1.5\n3000,80\n5000,2\n");
        Files.writeString(run.resolve("labels.csv"), "series,from,to,kind,what\ncpu.load,2000,4000,level_shift,one core busy\n"
                + "cpu.load,6000,7000,spike,again\n");
        List<SyntheticSeries.Labelled> read = RecordedSeries.readAll(dir);
        assertEquals(1, read.size());
        assertEquals("2026-11-30/cpu.load", read.get(0).series().name());
        assertEquals(3, read.get(0).series().size());
        assertEquals(List.of(new LabelledWindow(2000, 4000 + RecordedSeries.AFTERMATH_MILLIS, AnomalyKind.LEVEL_SHIFT),
                new LabelledWindow(6000, 7000 + RecordedSeries.AFTERMATH_MILLIS, AnomalyKind.SPIKE)), read.get(0).labels());
    }

    @Test
    void badLabelsAndMissingSeriesAreRefusedWithTheirLine() throws Exception {
        Files.writeString(dir.resolve("cpu.load.csv"), "timestamp_ms,value\n1000,1.5\n");
        Files.writeString(dir.resolve("labels.csv"), "series,from,to,kind,what\ncpu.load,2000,4000,spike,x\ncpu.load,2000,soon,spike,x\n");
        String bad = assertThrows(CsvFormatException.class, () -> RecordedSeries.readAll(dir)).getMessage();
        assertTrue(bad.contains("labels.csv, line 3: a label needs series, from, to"), bad);
        Files.writeString(dir.resolve("labels.csv"), "series,from,to,kind,what\nmemory.used,2000,4000,spike,x\n");
        String missing = assertThrows(CsvFormatException.class, () -> RecordedSeries.readAll(dir)).getMessage();
        assertTrue(missing.contains("labels series 'memory.used' but") && missing.contains("memory.used.csv does not exist"), missing);
    }

    /** The recording that ships with the source, which the benchmark scores the detectors on, reads whole. */
    @Test
    void theShippedRecordingOfThisProjectsMachineReads() throws Exception {
        Path shipped = Path.of("../../docs/labelled-host");
        List<SyntheticSeries.Labelled> read = RecordedSeries.readAll(shipped);
        assertTrue(read.size() >= 3, read.size() + " series");
        assertTrue(read.stream().mapToInt(l -> l.labels().size()).sum() >= 6, "labels");
        for (SyntheticSeries.Labelled l : read) {
            assertTrue(l.series().size() > 500, l.series().name() + " has " + l.series().size() + " points");
            for (LabelledWindow w : l.labels()) {
                assertTrue(w.from() > l.series().time(0) && w.to() <= l.series().time(l.series().size() - 1) + RecordedSeries.AFTERMATH_MILLIS,
                        "the label " + w + " lies within " + l.series().name());
            }
        }
    }
}
