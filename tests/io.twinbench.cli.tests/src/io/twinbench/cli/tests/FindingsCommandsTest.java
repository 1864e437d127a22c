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

/**
 * What a workspace's store says about its twins, from the command line: anomalies with their
 * likely root causes, security anomalies, predicted failures and the HTML report.
 */
class FindingsCommandsTest {

    @TempDir
    Path dir;

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
        CommandRun listed = run("anomalies", "db1", "--data", workspace.toString());
        assertEquals(0, listed.code(), listed.err());
        List<String> lines = listed.out().lines().toList();
        assertEquals("time,element,metric,label,score,value,expected", lines.get(0));
        assertTrue(lines.get(1).startsWith("1970-01-01T00:00:02Z,svc/postgresql,latency,level-shift,15.00,900.0,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("1970-01-01T00:00:01Z,disk/sda,disk.busy,spike,9.00,99.0,"), lines.get(2));
        assertEquals("likely root causes (over all 2 anomalies of the period):", lines.get(4));
        assertEquals("1. disk/sda (weight 1.0, score 9.0, first 1970-01-01T00:00:01Z, 1 anomalies) explains svc/postgresql", lines.get(5));
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
        CommandRun predicted = run("predict", "web1", "--data", workspace.toString());
        assertEquals(0, predicted.code(), predicted.err());
        List<String> lines = predicted.out().lines().toList();
        assertEquals("element,failure,expected_at,in_hours,fit,growth_per_hour,held_out_error", lines.get(0));
        String[] cells = lines.get(1).split(",");
        assertEquals("fs/root", cells[0]);
        assertEquals("filesystem full", cells[1]);
        assertEquals(36.0, Double.parseDouble(cells[3]), 0.5, "36 GB left at 1 GB an hour: " + lines.get(1));
        assertEquals(2, lines.size());
        assertTrue(run("predict", "web1", "--data", workspace.toString(), "--horizon-days", "1").out().lines().count() == 1,
                "not within a day");
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
        CommandRun quiet = run("anomalies", "web2", "--data", workspace.toString(), "--security");
        assertTrue(quiet.out().contains("security and inventory anomalies") && quiet.out().trim().endsWith("none"), quiet.out());
        CommandRun listed = run("anomalies", "web1", "--data", workspace.toString(), "--security");
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
        CommandRun written = run("report", "--data", workspace.toString(), "-o", html.toString());
        assertEquals(0, written.code(), written.err());
        assertTrue(written.err().contains("2 endpoints, 1 with findings"), written.err());
        String report = Files.readString(html);
        assertTrue(report.startsWith("<!DOCTYPE html>") && report.contains("<title>Twinbench fleet report</title>"));
        assertTrue(report.contains("<h3>Likely root causes</h3>") && report.contains("<td>1</td><td>disk/sda</td><td>svc/&lt;script&gt;</td>"), report);
        assertTrue(!report.contains("<script>"), "what came from an endpoint is escaped");
        assertTrue(report.contains("<p class=\"quiet\">Nothing unusual.</p>"), "the quiet endpoint is listed as such");

        CommandRun unknown = run("report", "nope", "--data", workspace.toString(), "-o", html.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("no twin nope"), unknown.err());
    }
}
