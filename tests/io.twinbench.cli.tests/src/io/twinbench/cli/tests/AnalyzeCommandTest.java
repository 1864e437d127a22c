package io.twinbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
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
import io.twinbench.cli.HeadlessApplication;

class AnalyzeCommandTest {

    private static final long MONDAY = 1_795_996_800_000L;

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HeadlessApplication.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

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
        Run csv = run("analyze", file.toString());
        assertEquals(0, csv.code(), csv.err());
        List<String> lines = csv.out().lines().toList();
        assertEquals("series,timestamp,score,label,value,expected", lines.get(0));
        String spike = "cpu," + Instant.ofEpochMilli(MONDAY + (10 * 288 + 40) * 300_000L) + ",";
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(spike) && l.contains(",spike,")), csv.out());
        assertTrue(csv.err().contains("1 series, 4032 points"), csv.err());

        Path json = dir.resolve("anomalies.json");
        Run written = run("analyze", file.toString(), "--format", "json", "--out", json.toString());
        assertEquals(0, written.code(), written.err());
        JsonNode rows = new ObjectMapper().readTree(json.toFile());
        assertEquals(lines.size() - 1, rows.size(), "the same anomalies either way");
        assertTrue(rows.get(0).has("score") && rows.get(0).has("label") && rows.get(0).has("timestamp"));
    }

    @Test
    void aBadCsvIsRefusedWithItsLine() throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "time,cpu\n1796001000,1\n1796001060,lots\n");
        Run bad = run("analyze", file.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains(file + ", line 3: column 'cpu': 'lots' is not a number"), bad.err());
        assertEquals("", bad.out());
        Run unknown = run("analyze", file.toString(), "--detector", "magic");
        assertTrue(unknown.err().contains("no detector 'magic'"), unknown.err());
        Run missing = run("analyze", dir.resolve("nowhere.csv").toString());
        assertEquals(1, missing.code());
        assertEquals("twinbench: no such file or directory: " + dir.resolve("nowhere.csv"), missing.err().strip());
    }

    @Test
    void storedAnomaliesAreListedWithTheirLikelyRootCause() throws Exception {
        Path workspace = dir.resolve("ws");
        try (io.twinbench.store.TwinStore store = io.twinbench.store.TwinStore.open(io.twinbench.store.StoreLocation.embeddedIn(workspace))) {
            io.twinbench.model.build.TwinBuilder b = new io.twinbench.model.build.TwinBuilder("db1", "db1", new java.util.Date());
            var disk = b.element(io.twinbench.model.twin.TwinPackage.eINSTANCE.getDisk(), "disk/sda", "sda", e -> { });
            var service = b.element(io.twinbench.model.twin.TwinPackage.eINSTANCE.getService(), "svc/postgresql", "postgresql", e -> { });
            b.edge(service, io.twinbench.model.twin.DependencyType.REQUIRES, disk);
            store.snapshots().save(b.twin());
            store.anomalies().append(List.of(
                    new io.twinbench.store.StoredAnomaly("db1", "svc/postgresql", "latency", 2_000, 900, 40, 15, "level-shift", "seasonal"),
                    new io.twinbench.store.StoredAnomaly("db1", "disk/sda", "disk.busy", 1_000, 99, 20, 9, "spike", "seasonal")));
        }
        Run listed = run("anomalies", "db1", "--data", workspace.toString());
        assertEquals(0, listed.code(), listed.err());
        List<String> lines = listed.out().lines().toList();
        assertEquals("time,element,metric,label,score,value,expected", lines.get(0));
        assertTrue(lines.get(1).startsWith("1970-01-01T00:00:02Z,svc/postgresql,latency,level-shift,15.00,900.0,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("1970-01-01T00:00:01Z,disk/sda,disk.busy,spike,9.00,99.0,"), lines.get(2));
        assertEquals("likely root causes:", lines.get(4));
        assertEquals("1. disk/sda (score 9.0, first 1970-01-01T00:00:01Z) explains svc/postgresql", lines.get(5));
        assertEquals(6, lines.size(), "the service is the disk's symptom, not a cause of its own: " + lines);
    }

    @Test
    void aFileSystemFillingForADayIsPredictedFull() throws Exception {
        Path workspace = dir.resolve("ws");
        long now = System.currentTimeMillis();
        try (io.twinbench.store.TwinStore store = io.twinbench.store.TwinStore.open(io.twinbench.store.StoreLocation.embeddedIn(workspace))) {
            List<io.twinbench.store.Sample> used = new java.util.ArrayList<>();
            List<io.twinbench.store.Sample> total = new java.util.ArrayList<>();
            for (int i = 0; i <= 288; i++) {
                long t = now - (288 - i) * 300_000L;
                used.add(new io.twinbench.store.Sample(t, 40e9 + 1e9 * i / 12.0));
                total.add(new io.twinbench.store.Sample(t, 100e9));
            }
            store.telemetry().append(new io.twinbench.store.SeriesKey("web1", "fs/root", "fs.used.bytes"), "bytes", used);
            store.telemetry().append(new io.twinbench.store.SeriesKey("web1", "fs/root", "fs.total.bytes"), "bytes", total);
        }
        Run predicted = run("predict", "web1", "--data", workspace.toString());
        assertEquals(0, predicted.code(), predicted.err());
        List<String> lines = predicted.out().lines().toList();
        assertEquals("element,failure,expected_at,in_hours,confidence,growth_per_hour,held_out_error", lines.get(0));
        String[] cells = lines.get(1).split(",");
        assertEquals("fs/root", cells[0]);
        assertEquals("filesystem full", cells[1]);
        assertEquals(36.0, Double.parseDouble(cells[3]), 0.5, "36 GB left at 1 GB an hour: " + lines.get(1));
        assertEquals(2, lines.size());
        assertTrue(run("predict", "web1", "--data", workspace.toString(), "--horizon-days", "1").out().lines().count() == 1,
                "not within a day");
    }

    @Test
    void anOfflineAnalysisIsImportedIntoATwinAndABadFileChangesNothing() throws Exception {
        Path workspace = dir.resolve("ws");
        Path csv = csv();
        Path found = dir.resolve("found.json");
        assertEquals(0, run("analyze", csv.toString(), "--format", "json", "-o", found.toString()).code());
        Run imported = run("anomalies", "web1", "--data", workspace.toString(), "--import", found.toString(), "--metric", "cpu.load");
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.err().contains("imported "), imported.err());
        String spikeTime = Instant.ofEpochMilli(MONDAY + (10 * 288 + 40) * 300_000L).toString();
        assertTrue(imported.out().lines().anyMatch(l -> l.startsWith(spikeTime + ",cpu,cpu.load,spike,")), imported.out());

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "series,timestamp,score,label,value,expected\ncpu,2026-11-30T00:00:00Z,7,spike,1,0\ncpu,2026-11-30T00:05:00Z,7,wobble,1,0\n");
        Run refused = run("anomalies", "web2", "--data", workspace.toString(), "--import", bad.toString());
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains(bad + ", line 3: 'label' is 'wobble'"), refused.err());
        Run none = run("anomalies", "web2", "--data", workspace.toString());
        assertTrue(none.err().startsWith("0 anomalies"), "the good first row was not taken either: " + none.err());
    }

    @Test
    void aBurstOfFailedLoginsIsListedAsASecurityAnomaly() throws Exception {
        Path workspace = dir.resolve("ws");
        // at the start of a 5-minute bucket, so the 12 seconds of the burst fall in one bucket
        Instant burst = Instant.ofEpochSecond(Math.floorDiv(Instant.now().minusSeconds(3600).getEpochSecond(), 300) * 300);
        try (io.twinbench.store.TwinStore store = io.twinbench.store.TwinStore.open(io.twinbench.store.StoreLocation.embeddedIn(workspace))) {
            List<io.twinbench.store.StoredEvent> failures = new java.util.ArrayList<>();
            for (int k = 0; k < 12; k++) {
                failures.add(new io.twinbench.store.StoredEvent(0, "web1", burst.toEpochMilli() + k * 1000, "auth.failure", "WARN",
                        "/var/log/auth.log", "user/root", "Failed password for root", null));
            }
            store.events().append(failures);
        }
        Run quiet = run("anomalies", "web2", "--data", workspace.toString(), "--security");
        assertTrue(quiet.out().contains("security and inventory anomalies") && quiet.out().trim().endsWith("none"), quiet.out());
        Run listed = run("anomalies", "web1", "--data", workspace.toString(), "--security");
        assertEquals(0, listed.code(), listed.err());
        assertTrue(listed.out().lines().anyMatch(l -> l.contains(",failed-login-burst,endpoint,") && l.contains("12 failed logins in 5 minutes")),
                listed.out());
    }

    @Test
    void aFleetReportIsOneHtmlFileWithEachEndpointsFindingsEscaped() throws Exception {
        Path workspace = dir.resolve("ws");
        long now = System.currentTimeMillis();
        try (io.twinbench.store.TwinStore store = io.twinbench.store.TwinStore.open(io.twinbench.store.StoreLocation.embeddedIn(workspace))) {
            for (String id : List.of("db1", "quiet1")) {
                io.twinbench.model.build.TwinBuilder b = new io.twinbench.model.build.TwinBuilder(id, id, new java.util.Date());
                var disk = b.element(io.twinbench.model.twin.TwinPackage.eINSTANCE.getDisk(), "disk/sda", "sda", e -> { });
                var service = b.element(io.twinbench.model.twin.TwinPackage.eINSTANCE.getService(), "svc/<script>", "evil", e -> { });
                b.edge(service, io.twinbench.model.twin.DependencyType.REQUIRES, disk);
                store.snapshots().save(b.twin());
            }
            store.anomalies().append(List.of(
                    new io.twinbench.store.StoredAnomaly("db1", "svc/<script>", "latency", now - 2_000, 900, 40, 15, "spike", "seasonal"),
                    new io.twinbench.store.StoredAnomaly("db1", "disk/sda", "disk.busy", now - 3_000, 99, 20, 9, "level-shift", "seasonal")));
        }
        Path html = dir.resolve("fleet.html");
        Run written = run("report", "--data", workspace.toString(), "-o", html.toString());
        assertEquals(0, written.code(), written.err());
        assertTrue(written.err().contains("2 endpoints, 1 with findings"), written.err());
        String report = Files.readString(html);
        assertTrue(report.startsWith("<!DOCTYPE html>") && report.contains("<title>Twinbench fleet report</title>"));
        assertTrue(report.contains("<h3>Likely root causes</h3>") && report.contains("<td>1</td><td>disk/sda</td><td>svc/&lt;script&gt;</td>"), report);
        assertTrue(!report.contains("<script>"), "what came from an endpoint is escaped");
        assertTrue(report.contains("<p class=\"quiet\">Nothing unusual.</p>"), "the quiet endpoint is listed as such");

        Run unknown = run("report", "nope", "--data", workspace.toString(), "-o", html.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("no twin nope"), unknown.err());
    }
}
