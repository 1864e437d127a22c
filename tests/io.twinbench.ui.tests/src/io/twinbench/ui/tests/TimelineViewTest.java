package io.twinbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.twinbench.cases.Annotation;
import io.twinbench.cases.CaseBuilder;
import io.twinbench.cases.CaseDefinition;
import io.twinbench.cases.CaseFolder;
import io.twinbench.cases.CaseGatherer;
import io.twinbench.cases.CaseIndex;
import io.twinbench.cases.Cases;
import io.twinbench.remedy.trust.ShadowOrder;
import io.twinbench.remedy.trust.SigningKey;
import io.twinbench.shadow.ShadowSessions;
import io.twinbench.store.ShadowRecordings;
import io.twinbench.store.TwinStore;
import io.twinbench.ui.cases.BookmarksView;
import io.twinbench.ui.cases.CasesPerspective;
import io.twinbench.ui.cases.CasesView;
import io.twinbench.ui.cases.TimelineView;

/**
 * A case gathered from what the real agent sent about this machine and from a shadow recording
 * made after it: on the Timeline the agent's twin snapshots come before the recording, the live
 * and twin lanes sit side by side, a system call's details show its process tree, a snapshot opens
 * the twin graph as it stood, and a bookmark shows in the Bookmarks view.
 */
class TimelineViewTest {

    private static final String AGENT = "case-agent";
    private static final String SESSION = "timeline-ui-session";

    @Test
    void aRealAgentsTwinAndAShadowRecordingReadInTimeOrderOnTheTimeline() throws Exception {
        Ui.waitUntil("the store", 90_000, () -> Ui.workspace().store().isPresent());
        TwinStore store = Ui.workspace().store().orElseThrow();
        Instant start = Instant.now().minusSeconds(5);
        Path state = Files.createTempDirectory("ui-case-agent");
        Process agent = LocalAgent.start(AGENT, state, "--count", "3", "--drain-seconds", "60");
        assertTrue(agent.waitFor(120, TimeUnit.SECONDS), "the agent finishes its three rounds");
        assertEquals(0, agent.exitValue(), Files.readString(state.resolve("agent.log")));
        Ui.waitUntil("the agent's twin stored", 30_000, () -> store.snapshots().latestVersionNumber(AGENT) > 0);
        Thread.sleep(20);
        long recorded = record(store);
        Instant end = Instant.now().plusSeconds(5);

        Ui.page().getWorkbenchWindow().getWorkbench().showPerspective(CasesPerspective.ID, Ui.page().getWorkbenchWindow());
        CasesView casesView = (CasesView) Ui.page().showView(CasesView.ID);
        Cases cases = casesView.cases();
        CaseFolder folder = cases.create("Timeline UI test", "tester");
        try (CaseIndex index = CaseIndex.open(folder.index(), false)) {
            CaseGatherer.Tally tally;
            long next;
            try (CaseBuilder b = cases.builder(folder, index)) {
                tally = new CaseGatherer(store, new ShadowSessions(store, null, Clock.systemUTC()), Clock.systemUTC()).gather(b, AGENT, start, end, s -> { }, () -> false);
                next = b.nextId();
            }
            cases.gathered(folder, index, new CaseDefinition.Gathering(AGENT, start, end, Instant.now(), tally.summary()), next, "tester");
            assertTrue(tally.counts().getOrDefault("snapshot", 0L) > 0 && tally.counts().getOrDefault("syscall", 0L) == 5, tally.summary());
        }
        casesView.open(folder.id());
        TimelineView timeline = (TimelineView) Ui.page().showView(TimelineView.ID);
        Ui.waitUntil("the case on the timeline", 60_000, () -> timeline.statusText().contains("events from"));
        List<String> lanes = timeline.laneLabels();
        assertTrue(lanes.containsAll(List.of(AGENT + " · snapshot", AGENT + " · syscall", AGENT + " · syscall (twin)", AGENT + " · http",
                AGENT + " · http (twin)")), lanes.toString());
        assertTrue(lanes.indexOf(AGENT + " · syscall") + 1 == lanes.indexOf(AGENT + " · syscall (twin)"), "live and twin side by side: " + lanes);

        // the stretch from the agent's last snapshot to the end of the recording, in order
        long lastSnapshot = store.snapshots().history(AGENT, start, end).stream().mapToLong(t -> t.at().toEpochMilli() * 1000).max().orElseThrow();
        long from = lastSnapshot - 1_000;
        long to = recorded + 2_000_000;
        timeline.reveal(from + (to - from) / 2, to - from);
        Ui.waitUntil("the zoomed stretch", 30_000, () -> timeline.rows(200).stream().anyMatch(r -> r.contains("execve")));
        Ui.processEvents(300);
        List<String> rows = timeline.rows(200);
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).substring(0, 26).compareTo(rows.get(i).substring(0, 26)) <= 0, "in time order: " + rows);
        }
        int snapshot = indexOf(rows, " snapshot live twin snapshot version");
        int accept = indexOf(rows, " syscall live accept4(");
        int request = indexOf(rows, " http live GET /cgi-bin/status");
        int twinRequest = indexOf(rows, " http twin GET /cgi-bin/status");
        int exec = indexOf(rows, " syscall live execve(");
        assertTrue(snapshot >= 0 && snapshot < accept && accept < request && request < twinRequest && twinRequest < exec, rows.toString());

        assertTrue(timeline.selectRow("execve("));
        Ui.waitUntil("the execve's details", 30_000, () -> timeline.detailsText().contains("process tree"));
        String details = timeline.detailsText();
        assertTrue(details.contains("4243 sh   ◀") && details.contains("4242"), details);

        // the twin as it stood: the case's snapshot, opened as a copy of its own
        assertTrue(timeline.selectRow("twin snapshot version"));
        timeline.openSelected();
        Ui.waitUntil("the twin graph as it stood", 60_000, () -> java.util.Arrays.stream(Ui.page().getEditorReferences())
                .anyMatch(r -> r.getPartName().contains(" as of ") && r.getPartName().endsWith("(case Timeline UI test)")));
        Ui.page().showView(TimelineView.ID);

        cases.annotations(folder).change(List.of(new Annotation("a-ui", -1, recorded, recorded + 1000, List.of("finding"), "the shell", "#d33a2c", "tester",
                Instant.now())), List.of(), "tester", Instant.now());
        BookmarksView bookmarks = (BookmarksView) Ui.page().showView(BookmarksView.ID);
        timeline.annotationsChanged();
        Ui.waitUntil("the bookmark listed", 30_000, () -> bookmarks.viewer().getTable().getItemCount() == 1);
        assertEquals("the shell", bookmarks.viewer().getTable().getItem(0).getText(4));
        Ui.processEvents(500);
    }

    private static int indexOf(List<String> rows, String part) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }

    /** A shadow session of the agent's endpoint recorded now: a request served by a shell on the live side, a 404 on the twin. Returns its start. */
    private static long record(TwinStore store) {
        Instant now = Instant.now();
        ShadowOrder order = new ShadowOrder(SESSION, AGENT, now.minusSeconds(10), now.plusSeconds(600), new ShadowOrder.Scope(List.of(), List.of("lighttpd"),
                List.of(), List.of(80)), ShadowOrder.SOURCES, 1 << 20, 65536, null);
        SigningKey alice = SigningKey.generate("alice");
        var unsigned = order.unsigned();
        store.shadows().create(new ShadowRecordings.Session(SESSION, AGENT, "ordered", unsigned.withSignature(alice.sign(unsigned)).toJson(),
                "names lighttpd; ports 80", now.minusSeconds(10), order.expires(), null, null, null, null, "ordered", "alice", now.minusSeconds(10)));
        long t = now.getEpochSecond() * 1_000_000L + now.getNano() / 1000;
        store.shadows().append(SESSION, ShadowRecordings.LIVE, new ShadowRecordings.Batch(List.of(
                new ShadowRecordings.Syscall(0, 4242, t + 5, "accept4", "3, {sa_family=AF_INET}, [16], SOCK_CLOEXEC", 7, null, 10, List.of()),
                new ShadowRecordings.Syscall(1, 4242, t + 200, "clone3", "{flags=CLONE_VM}", 4243, null, 30, List.of()),
                new ShadowRecordings.Syscall(2, 4243, t + 250, "execve", "\"/usr/bin/sh\", [\"sh\", \"-c\", \"id\"], 0x7ffd", 0, null, 300, List.of("/usr/bin/sh")),
                new ShadowRecordings.Syscall(3, 4243, t + 900, "openat", "AT_FDCWD, \"/etc/shadow\", O_RDONLY", -1, "EACCES", 8, List.of("/etc/shadow"))),
                List.of(new ShadowRecordings.Exchange(0, "127.0.0.1:5555 > 127.0.0.1:80", t + 10, t + 1500, "GET", "/cgi-bin/status", List.of("Host: web"),
                        new byte[0], 0, 200, List.of(), "uid=33".getBytes(StandardCharsets.UTF_8), 6)), 0, new byte[0], 0));
        store.shadows().append(SESSION, ShadowRecordings.TWIN, new ShadowRecordings.Batch(List.of(
                new ShadowRecordings.Syscall(0, 7, t + 20, "accept4", "3, {sa_family=AF_INET}, [16], SOCK_CLOEXEC", 7, null, 10, List.of())),
                List.of(new ShadowRecordings.Exchange(0, "127.0.0.1:6000 > 127.0.0.1:80", t + 30, t + 300, "GET", "/cgi-bin/status", List.of("Host: web"),
                        new byte[0], 0, 404, List.of(), new byte[0], 0)), 0, new byte[0], 0));
        return t;
    }
}
