package io.twinbench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.jr.ob.JSON;

import io.twinbench.cases.Annotation;
import io.twinbench.cases.BundleCheck;
import io.twinbench.cases.CaseBundle;
import io.twinbench.cases.CaseEvent;
import io.twinbench.cases.CaseException;
import io.twinbench.cases.CaseFilter;
import io.twinbench.cases.CaseFolder;
import io.twinbench.cases.CaseIndex;
import io.twinbench.cases.Cases;
import io.twinbench.cases.CustodyLog;
import io.twinbench.cases.EvidenceReader;
import io.twinbench.cases.Sources;
import io.twinbench.model.io.TwinXmi;
import io.twinbench.remedy.trust.SigningKey;

/**
 * A case gathered from a real store, annotated, exported, and opened in a fresh workspace: the
 * same events, annotations and twin snapshot; a changed byte, an added file and a removed file
 * each named; a bundle that tries to leave its folder refused; a custody log whose entry was
 * altered shown broken.
 */
class CaseBundleTest {

    @TempDir
    Path dir;

    private final SigningKey alice = SigningKey.generate("alice");

    @Test
    void theTimelineHoldsEverySourceInTimeOrderWithItsEvidence() throws IOException {
        Cases cases = new Cases(dir.resolve("ws"), Clock.systemUTC());
        CaseFolder folder = CaseFixture.gatheredCase(dir.resolve("ws"), cases);
        try (CaseIndex index = cases.index(folder, true)) {
            long[] extent = index.extent().orElseThrow();
            List<CaseEvent> all = index.page(CaseFilter.range(extent[0], extent[1] + 1), 0, 1000);
            for (int i = 1; i < all.size(); i++) {
                assertTrue(all.get(i - 1).micros() <= all.get(i).micros(), "in time order: " + all);
            }
            List<String> sources = all.stream().map(CaseEvent::source).distinct().sorted().toList();
            assertEquals(List.of(Sources.ANOMALY, Sources.DIVERGENCE, Sources.EVENT, Sources.HTTP, Sources.PACKET, Sources.PREDICTION, Sources.SIMULATION,
                    Sources.SNAPSHOT, Sources.SYSCALL), sources);
            // the prediction the endpoint's telemetry made as the range ended: made again from the store, with its basis as evidence
            CaseEvent full = all.stream().filter(e -> e.source().equals(Sources.PREDICTION)).findFirst().orElseThrow();
            assertEquals("filesystem full", full.kind());
            assertEquals("fs/root", full.element());
            assertTrue(full.micros() > CaseFixture.T0 && full.message().startsWith("fs/root: filesystem full expected ")
                    && full.message().contains("growing 953.7 MiB per hour"), full.message());
            assertTrue(new EvidenceReader(folder).read(full.ref()).orElseThrow().contains("\"failure_mode\":\"filesystem full\""));
            assertEquals(CaseFixture.PACKETS, all.stream().filter(e -> e.source().equals(Sources.PACKET)).count());
            // the live execve and its http request: the request came in before the shell ran
            CaseEvent get = all.stream().filter(e -> e.source().equals(Sources.HTTP) && e.side().equals(CaseEvent.LIVE)).findFirst().orElseThrow();
            CaseEvent exec = all.stream().filter(e -> e.kind().equals("execve")).findFirst().orElseThrow();
            assertTrue(all.indexOf(get) < all.indexOf(exec));
            assertEquals("sh", exec.process(), "a process is named by the program it executed");
            assertEquals("GET /cgi-bin/status → 200 (2 B)", get.message());
            // follow the stream: the request's packets and the request itself, by connection
            List<CaseEvent> stream = index.stream(get, 100);
            assertEquals(CaseFixture.PACKETS + 2 + 3, stream.size(), "three packets, the live request, the twin's answer and the three divergences: " + stream);
            CaseEvent twinGet = all.stream().filter(e -> e.source().equals(Sources.HTTP) && e.side().equals(CaseEvent.TWIN)).findFirst().orElseThrow();
            assertEquals(get.micros(), twinGet.micros(), "the replay, an hour later, stands beside the live request it replays");
            assertEquals("GET /cgi-bin/status → 404 (0 B)", twinGet.message());
            CaseEvent twinAccept = all.stream().filter(e -> e.kind().equals("accept4") && e.side().equals(CaseEvent.TWIN)).findFirst().orElseThrow();
            assertEquals(get.micros() - 5, twinAccept.micros(), "the twin's calls move with the request they serve");
            assertTrue(new EvidenceReader(folder).read(twinAccept.ref()).orElseThrow().contains("\"micros\":" + (get.micros() - 10 + 7 + CaseFixture.REPLAYED_LATER)),
                    "the evidence keeps the replay's own time");
            assertTrue(stream.stream().anyMatch(e -> e.message().equals("CRITICAL the live endpoint executed /usr/bin/sh; the twin did not on request 1")),
                    stream.toString());
            // evidence behind an event: the JSON line, and the packet by its offset
            String line = new EvidenceReader(folder).read(exec.ref()).orElseThrow();
            assertTrue(line.contains("\"name\":\"execve\"") && line.contains("/usr/bin/sh"), line);
            CaseEvent packet = all.stream().filter(e -> e.source().equals(Sources.PACKET) && e.message().contains("GET")).findFirst().orElseThrow();
            String bytes = new EvidenceReader(folder).read(packet.ref()).orElseThrow();
            assertTrue(bytes.startsWith("127.0.0.1:5555 → 127.0.0.1:80 [P.]") && bytes.contains("GET /cgi-bin/status HTTP/1.1"), bytes);
            // filters: text, process, system call, source, and a range
            assertEquals(1, index.count(CaseFilter.range(extent[0], extent[1] + 1).withText("/etc/shadow")));
            assertEquals(1, index.count(CaseFilter.range(extent[0], extent[1] + 1).withText("eacces")), "lower case matches any case");
            assertEquals(0, index.count(CaseFilter.range(extent[0], extent[1] + 1).withText("/ETC/SHADOW")), "a capital asks for that case (smart case)");
            assertEquals(1, index.page(CaseFilter.range(extent[0], extent[1] + 1).withText("EACCES"), 0, 10).size());
            assertEquals(0, index.count(CaseFilter.range(extent[0], extent[1] + 1).withText("100%_")), "% and _ are not wildcards");
            assertEquals(2, index.count(new CaseFilter(extent[0], extent[1] + 1, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), "", "accept4", "")));
            assertEquals(1, index.count(new CaseFilter(extent[0], extent[1] + 1, Set.of(), Set.of(), Set.of(CaseEvent.TWIN), Set.of(), Set.of(), "", "accept4",
                    "")));
            CaseFilter process42 = new CaseFilter(extent[0], extent[1] + 1, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), "42", "", "");
            assertEquals(index.page(process42, 0, 10).subList(1, 3), index.last(process42, 2), "the last events of a filter, in time order");
            assertEquals(3, index.count(new CaseFilter(extent[0], extent[1] + 1, Set.of(), Set.of(), Set.of(), Set.of(),
                    Set.of(), "42", "", "")));
            // the twin as it stood at the shell: the snapshot from before it, the element with its links
            io.twinbench.cases.TwinAtTime.Snapshot then = io.twinbench.cases.TwinAtTime.read(index, folder, CaseFixture.ENDPOINT, extent[1]);
            assertEquals("1", then.version());
            assertTrue(io.twinbench.cases.TwinAtTime.neighbourhood(then, "svc/lighttpd").startsWith("Service lighttpd (svc/lighttpd)"));
            assertTrue(assertThrows(CaseException.class, () -> io.twinbench.cases.TwinAtTime.read(index, folder, CaseFixture.ENDPOINT, extent[0] - 3_600_000_000L))
                    .getMessage().startsWith("the case holds no snapshot of web-1 from before"));
            long total = index.count(CaseFilter.range(extent[0], extent[1] + 1));
            assertEquals(total, index.density(CaseFilter.range(extent[0], extent[1] + 1), 800).total(), "the lanes count every event");
            assertEquals(total, index.density(CaseFilter.range(extent[0] - 86_400_000_000L, extent[1] + 86_400_000_000L), 100).total(),
                    "a zoomed-out view counts from the pyramid and still counts every event");
        }
        for (String line : Files.readAllLines(folder.timeline(), StandardCharsets.UTF_8)) {
            Map<String, Object> m = JSON.std.mapFrom(line);
            assertTrue(m.get("message") instanceof String, "Timesketch needs message: " + line);
            assertTrue(m.get("timestamp_desc") instanceof String d && !d.isBlank(), "Timesketch needs timestamp_desc: " + line);
            Instant at = Instant.parse((String) m.get("datetime"));
            assertEquals(((Number) m.get("timestamp")).longValue(), at.getEpochSecond() * 1_000_000L + at.getNano() / 1000, line);
        }
    }

    @Test
    void anIndexBuiltBeforeItKeptLowerCasedMessagesGainsThemWhenOpened() throws Exception {
        Path file = dir.resolve("old.duckdb");
        try (java.sql.Connection c = new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:" + file, new java.util.Properties());
                java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE ev (id BIGINT, micros BIGINT, endpoint VARCHAR, source VARCHAR, side VARCHAR, kind VARCHAR, severity VARCHAR,"
                    + " pid INTEGER, process VARCHAR, message VARCHAR, ref VARCHAR, connection VARCHAR, element VARCHAR)");
            s.execute("CREATE TABLE density (width BIGINT, bucket BIGINT, endpoint VARCHAR, source VARCHAR, side VARCHAR, n BIGINT)");
            s.execute("INSERT INTO ev VALUES (1, 10, 'web-1', 'syscall', 'live', 'openat', 'warning', 42, 'sh', 'openat(\"/etc/Shadow\") = -1 EACCES',"
                    + " 'e@0', '', ''), (2, 20, 'web-1', 'syscall', 'live', 'read', 'info', 42, 'sh', 'read(3) = 0', 'e@90', '', '')");
        }
        CaseFilter shadow = CaseFilter.range(0, 100).withText("/etc/shadow");
        try (CaseIndex index = CaseIndex.open(file, true)) {
            assertEquals(1, index.count(shadow));
            assertEquals(List.of(1L), index.page(shadow, 0, 10).stream().map(CaseEvent::id).toList());
        }
        try (java.sql.Connection c = new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:" + file, new java.util.Properties());
                java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery("SELECT folded FROM ev WHERE id = 1")) {
            rs.next();
            assertEquals("openat(\"/etc/shadow\") = -1 eacces", rs.getString(1), "opened where it can be written, it keeps the messages in lower case");
        }
    }

    @Test
    void anExportedCaseOpensInAFreshWorkspaceWithTheSameEventsAnnotationsAndSnapshot() throws IOException {
        Cases here = new Cases(dir.resolve("ws"), Clock.systemUTC());
        CaseFolder folder = CaseFixture.gatheredCase(dir.resolve("ws"), here);
        List<CaseEvent> events;
        try (CaseIndex index = here.index(folder, true)) {
            long[] e = index.extent().orElseThrow();
            events = index.page(CaseFilter.range(e[0], e[1] + 1), 0, 1000);
        }
        CaseEvent exec = events.stream().filter(e -> e.kind().equals("execve")).findFirst().orElseThrow();
        here.annotations(folder).change(List.of(new Annotation("a-1", exec.id(), exec.micros(), exec.micros(), List.of("finding", "rce"),
                "the CGI ran a shell", "#d33a2c", "alice", Instant.now())), List.of(), "alice", Instant.now());
        Path bundle = dir.resolve("web-1" + CaseBundle.EXTENSION);
        CaseBundle.export(folder, bundle, alice, "alice", "Twinbench test", Instant.now(), n -> { });
        assertTrue(CaseBundle.verify(bundle, n -> { }).intact(), CaseBundle.verify(bundle, n -> { }).problems().toString());

        Cases there = new Cases(dir.resolve("elsewhere"), Clock.systemUTC());
        Cases.Opened opened = there.open(bundle, "bob", n -> { });
        assertTrue(opened.check().intact(), opened.check().problems().toString());
        assertEquals("alice (" + alice.keyId() + ")", opened.check().signer());
        try (CaseIndex index = there.index(opened.folder(), true)) {
            long[] e = index.extent().orElseThrow();
            assertEquals(events, index.page(CaseFilter.range(e[0], e[1] + 1), 0, 1000));
        }
        assertEquals(here.annotations(folder).all(), there.annotations(opened.folder()).all());
        Path snapshot = opened.folder().data().resolve("snapshots/web-1-v1.xmi");
        assertEquals(-1, Files.mismatch(folder.data().resolve("snapshots/web-1-v1.xmi"), snapshot));
        assertEquals("lighttpd", new TwinXmi().fromBytes(Files.readAllBytes(snapshot), "case").findElement("svc/lighttpd").getName());
        List<CustodyLog.Entry> custody = new CustodyLog(opened.folder().custody()).entries();
        assertEquals(List.of("created", "gathered", "annotated", "exported", "imported"), custody.stream().map(CustodyLog.Entry::action).toList());
        assertTrue(new CustodyLog(opened.folder().custody()).verify().intact());

        // annotating the opened case and exporting it again extends the chain
        there.annotations(opened.folder()).change(List.of(new Annotation("a-2", -1, exec.micros() - 5000, exec.micros() + 5000, List.of("reviewed"), "agreed",
                null, "bob", Instant.now())), List.of(), "bob", Instant.now());
        SigningKey bob = SigningKey.generate("bob");
        Path again = dir.resolve("reviewed" + CaseBundle.EXTENSION);
        CaseBundle.export(opened.folder(), again, bob, "bob", "Twinbench test", Instant.now(), n -> { });
        BundleCheck second = CaseBundle.verify(again, n -> { });
        assertTrue(second.intact(), second.problems().toString());
        assertEquals(7, second.custody().entries());
    }

    @Test
    void aChangedByteAnAddedFileAndARemovedFileAreEachNamed() throws IOException {
        Cases cases = new Cases(dir.resolve("ws"), Clock.systemUTC());
        CaseFolder folder = CaseFixture.gatheredCase(dir.resolve("ws"), cases);
        Path bundle = dir.resolve("case" + CaseBundle.EXTENSION);
        CaseBundle.export(folder, bundle, alice, "alice", "Twinbench test", Instant.now(), n -> { });
        String prefix = folder.id() + "/";
        String evidence = prefix + "data/evidence/syscalls-" + CaseFixture.SESSION + "-live.jsonl";

        Path changed = rewrite(bundle, "changed", (name, bytes) -> {
            if (name.equals(evidence)) {
                bytes[bytes.length / 2] ^= 1;
            }
            return bytes;
        }, null);
        BundleCheck c = CaseBundle.verify(changed, n -> { });
        assertFalse(c.intact());
        assertTrue(c.problems().contains("changed: data/evidence/syscalls-" + CaseFixture.SESSION + "-live.jsonl (against the signed file list)"),
                c.problems().toString());

        Path added = rewrite(bundle, "added", (name, bytes) -> bytes, prefix + "data/evidence/planted.jsonl");
        BundleCheck a = CaseBundle.verify(added, n -> { });
        assertTrue(a.problems().contains("added: data/evidence/planted.jsonl (against the signed file list)"), a.problems().toString());

        Path removed = rewrite(bundle, "removed", (name, bytes) -> name.equals(prefix + "data/timeline.jsonl") ? null : bytes, null);
        BundleCheck r = CaseBundle.verify(removed, n -> { });
        assertTrue(r.problems().contains("removed: data/timeline.jsonl (against the signed file list)"), r.problems().toString());

        // a manifest rewritten to match the change does not hide it: the signature lists every file
        Path forged = rewrite(bundle, "forged", (name, bytes) -> {
            if (name.equals(evidence)) {
                bytes[0] = '[';
            }
            return bytes;
        }, null);
        BundleCheck f = CaseBundle.verify(forged, n -> { });
        assertTrue(f.problems().stream().anyMatch(p -> p.startsWith("changed: data/evidence/syscalls-")), f.problems().toString());

        // a tampered bundle still opens, read-only, with its differences
        Cases other = new Cases(dir.resolve("other"), Clock.systemUTC());
        Cases.Opened opened = other.open(changed, "bob", n -> { });
        assertEquals("tampered", other.summary(opened.folder()).status());
        CaseException refused = assertThrows(CaseException.class, () -> other.requireWritable(opened.folder()));
        assertTrue(refused.getMessage().contains("read-only") && refused.getMessage().contains("changed: data/evidence/syscalls-"), refused.getMessage());
    }

    @Test
    void aBundleWhoseEntriesLeaveTheCaseIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path evil = dir.resolve("evil" + CaseBundle.EXTENSION);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(evil))) {
            zip.putNextEntry(new ZipEntry("case-1/bagit.txt"));
            zip.write("BagIt-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("case-1/data/../../../escaped.txt"));
            zip.write("x".getBytes(StandardCharsets.UTF_8));
        }
        Cases cases = new Cases(dir.resolve("ws"), Clock.systemUTC());
        CaseException e = assertThrows(CaseException.class, () -> cases.open(evil, "bob", n -> { }));
        assertTrue(e.getMessage().contains("'case-1/data/../../../escaped.txt' has a path a case never writes"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("escaped.txt")));
        assertEquals(List.of(), cases.list());
        Path notZip = dir.resolve("not" + CaseBundle.EXTENSION);
        Files.writeString(notZip, "hello");
        assertTrue(assertThrows(CaseException.class, () -> CaseBundle.verify(notZip, n -> { })).getMessage().contains("not a case bundle"));
    }

    @Test
    void theReportHoldsFindingsWithTheirEvidenceBookmarksAndCustodyAndRunsNothing() throws IOException {
        Cases cases = new Cases(dir.resolve("ws"), Clock.systemUTC());
        CaseFolder folder = CaseFixture.gatheredCase(dir.resolve("ws"), cases);
        Path html = dir.resolve("report.html");
        try (CaseIndex index = cases.index(folder, true)) {
            long[] x = index.extent().orElseThrow();
            CaseEvent exec = index.page(CaseFilter.range(x[0], x[1] + 1).withText("execve"), 0, 1).get(0);
            cases.annotations(folder).change(List.of(
                    new Annotation("a-1", exec.id(), exec.micros(), exec.micros(), List.of("finding"), "shell from the CGI <script>alert(1)</script>", null,
                            "alice", Instant.now()),
                    new Annotation("a-2", -1, x[0], x[0] + 5000, List.of("context"), "the login before it", null, "alice", Instant.now())), List.of(), "alice",
                    Instant.now());
            io.twinbench.cases.CaseReport.write(cases, folder, index, html, "Twinbench test");
        }
        String page = Files.readString(html);
        assertTrue(page.contains("<h2>Findings</h2>") && page.contains("shell from the CGI &lt;script&gt;alert(1)&lt;/script&gt;"), page);
        assertFalse(page.contains("<script>"), "nothing from the case becomes markup");
        assertTrue(page.contains("/usr/bin/sh"), "the finding's evidence line is quoted");
        assertTrue(page.contains("CRITICAL the live endpoint executed /usr/bin/sh"), "serious divergences are listed among the findings");
        assertTrue(page.contains("the login before it") && page.contains("Timeline of what was marked"));
        assertTrue(page.contains("<td>annotated</td>") && page.contains("chain intact"), page);
    }

    @Test
    void anAlteredCustodyEntryBreaksTheChainVisibly() throws IOException {
        Cases cases = new Cases(dir.resolve("ws"), Clock.systemUTC());
        CaseFolder folder = CaseFixture.gatheredCase(dir.resolve("ws"), cases);
        CustodyLog log = new CustodyLog(folder.custody());
        assertTrue(log.verify().intact());
        List<String> lines = new ArrayList<>(Files.readAllLines(folder.custody()));
        lines.set(0, lines.get(0).replace("\"actor\":\"alice\"", "\"actor\":\"mallory\""));
        Files.write(folder.custody(), lines);
        CustodyLog.Check check = log.verify();
        assertFalse(check.intact());
        assertEquals(1, check.brokenAt());
        assertEquals("entry 1 (created by mallory) was altered after it was written", check.reason());
        CaseException refused = assertThrows(CaseException.class, () -> cases.annotations(folder).change(List.of(new Annotation("a-9", -1, 0, 0, List.of(),
                "", null, "alice", Instant.now())), List.of(), "alice", Instant.now()));
        assertTrue(refused.getMessage().contains("custody chain is broken at entry 1"), refused.getMessage());
        lines.remove(1);
        Files.write(folder.custody(), lines);
        assertTrue(log.verify().reason().contains("entry 1 (created by mallory) was altered"));
    }

    @Test
    void theCasesPcapngIsReadByTshark() throws Exception {
        Cases cases = new Cases(dir.resolve("ws"), Clock.systemUTC());
        CaseFolder folder = CaseFixture.gatheredCase(dir.resolve("ws"), cases);
        Path pcapng = folder.data().resolve("evidence/packets-" + CaseFixture.SESSION + ".pcapng");
        Process tshark = new ProcessBuilder("tshark", "-r", pcapng.toString(), "-T", "fields", "-e", "tcp.srcport", "-e", "http.request.uri")
                .redirectErrorStream(true).start();
        String out = new String(tshark.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, tshark.waitFor(), out);
        List<String> rows = out.lines().filter(l -> !l.isBlank() && !l.startsWith("Running as")).toList();
        assertEquals(CaseFixture.PACKETS, rows.size(), out);
        assertTrue(rows.get(1).contains("5555") && rows.get(1).contains("/cgi-bin/status"), out);
    }

    /** A copy of the bundle with each entry passed through edit (null drops it) and, optionally, one entry added. */
    private Path rewrite(Path bundle, String name, BiFunction<String, byte[], byte[]> edit, String addEntry) throws IOException {
        Path copy = dir.resolve(name + CaseBundle.EXTENSION);
        try (ZipFile in = new ZipFile(bundle.toFile()); OutputStream os = Files.newOutputStream(copy); ZipOutputStream out = new ZipOutputStream(os)) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                byte[] bytes;
                try (InputStream s = in.getInputStream(e)) {
                    bytes = s.readAllBytes();
                }
                byte[] edited = edit.apply(e.getName(), bytes);
                if (edited != null) {
                    out.putNextEntry(new ZipEntry(e.getName()));
                    out.write(edited);
                }
            }
            if (addEntry != null) {
                out.putNextEntry(new ZipEntry(addEntry));
                out.write("{\"planted\":true}\n".getBytes(StandardCharsets.UTF_8));
            }
        }
        return copy;
    }
}
