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
import io.twinbench.analysis.Detection;
import io.twinbench.analysis.Detectors;
import io.twinbench.analysis.evaluate.LabelledDirectory;
import io.twinbench.analysis.evaluate.LabelledWindow;
import io.twinbench.analysis.evaluate.OperatingCurve;
import io.twinbench.analysis.evaluate.Scorecard;
import io.twinbench.analysis.series.CsvFormatException;
import io.twinbench.analysis.series.TimeSeries;

/** Public labelled series as a directory of files and windows.csv, scored as public window benchmarks score. */
class LabelledDirectoryTest {

    private static final long HOUR = 3_600_000;

    @TempDir
    Path dir;

    @Test
    void eachFileNamedInWindowsCsvIsReadWithItsWindows() throws Exception {
        Files.writeString(dir.resolve("b.csv"), "timestamp,value\n2020-01-01 00:05:00,2\n2020-01-01 00:00:00,1\n");
        Files.writeString(dir.resolve("a.csv"), "timestamp,value\n1577836800,5\n1577837100,6\n");
        Files.writeString(dir.resolve("unlabelled.csv"), "timestamp,value\n1577836800,5\n");
        Files.writeString(dir.resolve(LabelledDirectory.WINDOWS), "file,start,end\nb.csv,2020-01-01 00:00:00,2020-01-01 00:05:00\n"
                + "a.csv,1577836800,1577836900\na.csv,1577837000,1577837100\n");
        Files.writeString(dir.resolve("host.csv"), "timestamp,cpu,memory\n1577836800,5,70\n1577837100,6,71\n");
        Files.writeString(dir.resolve(LabelledDirectory.WINDOWS), Files.readString(dir.resolve(LabelledDirectory.WINDOWS)) + "host.csv,1577837100,1577837100\n");
        List<LabelledDirectory.Group> set = LabelledDirectory.read(dir);
        assertEquals(List.of("a.csv", "b.csv", "host.csv"), set.stream().map(LabelledDirectory.Group::name).toList(), "only files with windows, by name");
        assertEquals(2, set.get(0).windows().size());
        assertEquals(new LabelledWindow(1_577_836_800_000L, 1_577_836_900_000L, null), set.get(0).windows().get(0));
        assertEquals(1.0, set.get(1).series().get(0).value(0), "an untidy file is read in time order");
        assertEquals(List.of("host.csv/cpu", "host.csv/memory"), set.get(2).series().stream().map(s -> s.name()).toList(),
                "a file of several columns is one endpoint's metrics, labelled together");
        assertEquals(4, set.get(2).points());
    }

    @Test
    void aWindowNamingAFileOutsideTheDirectoryOrAMissingOneIsRefused() throws Exception {
        Files.writeString(dir.resolve(LabelledDirectory.WINDOWS), "file,start,end\n../secret.csv,1,2\n");
        assertTrue(assertThrows(CsvFormatException.class, () -> LabelledDirectory.read(dir)).getMessage().contains("names '../secret.csv', which is not a file in"));
        Files.writeString(dir.resolve(LabelledDirectory.WINDOWS), "file,start,end\na.csv,yesterday,2\n");
        String bad = assertThrows(CsvFormatException.class, () -> LabelledDirectory.read(dir)).getMessage();
        assertTrue(bad.contains("line 2: a window needs file, start and end: 'yesterday' is not a timestamp"), bad);
    }

    @Test
    void falseAlarmsLessThanAnHourApartAreOneAndThoseInTheLearningPeriodDoNotCount() {
        List<LabelledWindow> windows = List.of(new LabelledWindow(10 * HOUR, 11 * HOUR, null), new LabelledWindow(20 * HOUR, 21 * HOUR, null));
        List<Detection> detections = List.of(at(HOUR), at(3 * HOUR), at(3 * HOUR + HOUR / 2), at(4 * HOUR + HOUR / 4), at(6 * HOUR),
                at(10 * HOUR + 5), at(12 * HOUR));
        Scorecard s = Scorecard.of(windows, detections, 2 * HOUR, HOUR);
        assertEquals(1, s.found(), "the second window has no detection in it");
        assertEquals(3, s.falseAlarms(), "3 h, 3.5 h and 4.25 h follow each other by less than an hour: one; then 6 h and 12 h; 1 h is learning");
        assertEquals(6, s.detections());
    }

    @Test
    void aWindowOfAFileOfSeveralSeriesIsFoundByADetectionOnAnyOfThem() {
        long[] times = new long[600];
        double[] quiet = new double[600];
        double[] spiked = new double[600];
        for (int i = 0; i < times.length; i++) {
            times[i] = i * 300_000L;
            quiet[i] = 10 + Math.sin(i / 3.0);
            spiked[i] = 10 + Math.cos(i / 5.0) + (i == 400 ? 40 : 0);
        }
        LabelledDirectory.Group host = new LabelledDirectory.Group("host.csv", List.of(new TimeSeries("host.csv/cpu", times, quiet),
                new TimeSeries("host.csv/memory", times, spiked)), List.of(new LabelledWindow(times[395], times[405], null)));
        Scorecard s = OperatingCurve.traceWindows(Detectors.GAUSSIAN, List.of(host), 0.15, HOUR).atDefault();
        assertEquals(1, s.found(), "the memory series' spike finds the host's window");
        assertEquals(0, s.falseAlarms());
    }

    private static Detection at(long time) {
        return new Detection(time, 1, 0, 9, AnomalyKind.SPIKE);
    }
}
