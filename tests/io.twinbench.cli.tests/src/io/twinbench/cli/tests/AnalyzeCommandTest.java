package io.twinbench.cli.tests;

import static io.twinbench.cli.tests.CommandRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.twinbench.analysis.evaluate.SyntheticSeries;
import io.twinbench.analysis.series.TimeSeries;

/** `twinbench analyze` on CSV time series, and its output attached to a twin for review. */
class AnalyzeCommandTest {

    private static final long MONDAY = 1_795_996_800_000L;

    @TempDir
    Path dir;

    /** Two weeks of load at 5-minute points, a spike on day 10 at 03:20 UTC. */
    private Path csv() throws Exception {
        TimeSeries s = SyntheticSeries.serverLoad(MONDAY, 300_000, 14 * 288, 3).spike(10 * 288 + 40, 10).build("cpu").series();
        StringBuilder b = new StringBuilder("time,cpu\n");
        for (int i = 0; i < s.size(); i++) {
            b.append(Instant.ofEpochMilli(s.time(i))).append(',').append(s.value(i)).append('\n');
        }
        Path file = dir.resolve("load.csv");
        Files.writeString(file, b);
        return file;
    }

    @Test
    void anomaliesOfACsvSeriesAreWrittenAsCsvOrJson() throws Exception {
        Path file = csv();
        CommandRun csv = run("analyze", file.toString());
        assertEquals(0, csv.code(), csv.err());
        List<String> lines = csv.out().lines().toList();
        assertEquals("series,timestamp,score,label,value,expected", lines.get(0));
        String spike = "cpu," + Instant.ofEpochMilli(MONDAY + (10 * 288 + 40) * 300_000L) + ",";
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(spike) && l.contains(",spike,")), csv.out());
        assertTrue(csv.err().contains("1 series, 4032 points"), csv.err());
        assertTrue(!csv.err().contains("spans"), "fourteen days are history enough: " + csv.err());

        Path json = dir.resolve("anomalies.json");
        CommandRun written = run("analyze", file.toString(), "--format", "json", "--out", json.toString());
        assertEquals(0, written.code(), written.err());
        JsonNode rows = new ObjectMapper().readTree(json.toFile());
        assertEquals(lines.size() - 1, rows.size(), "the same anomalies either way");
        assertTrue(rows.get(0).has("score") && rows.get(0).has("label") && rows.get(0).has("timestamp"));
    }

    @Test
    void aSeriesTooShortForTheRarityDetectorIsSaidToBe() throws Exception {
        Path file = dir.resolve("three-days.csv");
        TimeSeries s = SyntheticSeries.serverLoad(MONDAY, 300_000, 3 * 288, 3).build("cpu").series();
        StringBuilder text = new StringBuilder("timestamp,cpu\n");
        for (int i = 0; i < s.size(); i++) {
            text.append(s.time(i)).append(',').append(s.value(i)).append('\n');
        }
        Files.writeString(file, text);
        CommandRun read = run("analyze", file.toString());
        assertEquals(0, read.code(), read.err());
        assertTrue(read.err().contains(file + ": series cpu spans 3.0 days: the rarity detector judges its first day as the seasonal detector does,"
                + " and judges by rarity only from 5.0 days of history on (--detector seasonal judges short series throughout)"), read.err());
        assertTrue(!run("analyze", file.toString(), "--detector", "seasonal").err().contains("spans"));
    }

    @Test
    void aLowerThresholdFindsMoreAndANonPositiveOneIsRefused() throws Exception {
        Path file = csv();
        CommandRun usual = run("analyze", file.toString(), "--detector", "seasonal");
        CommandRun eager = run("analyze", file.toString(), "--detector", "seasonal", "--threshold", "2.5");
        assertEquals(0, eager.code(), eager.err());
        assertTrue(eager.out().lines().count() > usual.out().lines().count(), usual.out() + "\n---\n" + eager.out());
        assertTrue(eager.out().lines().skip(1).allMatch(l -> Double.parseDouble(l.split(",")[2]) >= 2.5), eager.out());
        CommandRun zero = run("analyze", file.toString(), "--threshold", "0");
        assertEquals(1, zero.code());
        assertTrue(zero.err().contains("--threshold is a score above 0, not 0.0"), zero.err());
    }

    @Test
    void anUntidyExportIsSortedAndMergedAndStandardErrorSaysSoUnlessStrict() throws Exception {
        Path file = dir.resolve("untidy.csv");
        Files.writeString(file, "time,cpu\n2026-11-30 00:10,3\n2026-11-30 00:00,1\n2026-11-30 00:05,2\n2026-11-30 00:05,4\n2026-11-30 00:15,5\n");
        CommandRun read = run("analyze", file.toString());
        assertEquals(0, read.code(), read.err());
        assertTrue(read.err().contains(file + ": 5 rows; 5 timestamps without a zone read in UTC"), read.err());
        assertTrue(read.err().contains(file + ": 3 rows out of time order, sorted"), read.err());
        assertTrue(read.err().contains(file + ": 1 row with an earlier row's time, merged"), read.err());
        assertTrue(read.err().contains("1 series, 4 points"), read.err());
        CommandRun strict = run("analyze", file.toString(), "--strict");
        assertEquals(1, strict.code());
        assertTrue(strict.err().contains(file + ", line 3: time 2026-11-30 00:00 is not after line 2's"), strict.err());
        CommandRun zone = run("analyze", file.toString(), "--time-zone", "Mars/Olympus");
        assertEquals(1, zone.code());
        assertTrue(zone.err().contains("--time-zone is a zone such as Europe/Berlin, UTC or +02:00, not Mars/Olympus"), zone.err());
    }

    @Test
    void aBadCsvIsRefusedWithItsLine() throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "time,cpu\n1796001000,1\n1796001060,lots\n");
        CommandRun bad = run("analyze", file.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains(file + ", line 3: column 'cpu': 'lots' is not a number"), bad.err());
        assertEquals("", bad.out());
        CommandRun unknown = run("analyze", file.toString(), "--detector", "magic");
        assertTrue(unknown.err().contains("no detector 'magic'"), unknown.err());
        CommandRun missing = run("analyze", dir.resolve("nowhere.csv").toString());
        assertEquals(1, missing.code());
        assertEquals("twinbench: no such file or directory: " + dir.resolve("nowhere.csv"), missing.err().strip());
    }

    @Test
    void anOfflineAnalysisIsImportedIntoATwinAndABadFileChangesNothing() throws Exception {
        Path workspace = dir.resolve("ws");
        Path csv = csv();
        Path found = dir.resolve("found.json");
        assertEquals(0, run("analyze", csv.toString(), "--format", "json", "-o", found.toString()).code());
        CommandRun imported = run("anomalies", "web1", "--data", workspace.toString(), "--import", found.toString(), "--metric", "cpu.load");
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.err().contains("imported "), imported.err());
        String spikeTime = Instant.ofEpochMilli(MONDAY + (10 * 288 + 40) * 300_000L).toString();
        assertTrue(imported.out().lines().anyMatch(l -> l.startsWith(spikeTime + ",cpu,cpu.load,spike,")), imported.out());

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "series,timestamp,score,label,value,expected\ncpu,2026-11-30T00:00:00Z,7,spike,1,0\ncpu,2026-11-30T00:05:00Z,7,wobble,1,0\n");
        CommandRun refused = run("anomalies", "web2", "--data", workspace.toString(), "--import", bad.toString());
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains(bad + ", line 3: 'label' is 'wobble'"), refused.err());
        CommandRun none = run("anomalies", "web2", "--data", workspace.toString());
        assertTrue(none.err().startsWith("0 anomalies"), "the good first row was not taken either: " + none.err());
    }
}
