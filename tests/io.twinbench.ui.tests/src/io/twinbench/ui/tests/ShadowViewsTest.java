package io.twinbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.Test;

import io.twinbench.remedy.trust.ShadowOrder;
import io.twinbench.remedy.trust.SigningKey;
import io.twinbench.store.ShadowRecordings;
import io.twinbench.store.TwinStore;
import io.twinbench.ui.internal.ShadowPerspective;
import io.twinbench.ui.views.ShadowCompareView;
import io.twinbench.ui.views.ShadowSessionsView;

/**
 * A session as the collector and a replay record it: Shadow Sessions says what the endpoint
 * could not capture and what the budget dropped; Live vs Twin ranks the backdoor's execution first
 * and shows that request's two sides, the live one with the execve the twin never made.
 */
class ShadowViewsTest {

    private static final String SESSION = "shadow-ui-test";

    @Test
    void aSessionsGapsAndItsDivergencesReadInTheShadowPerspective() throws Exception {
        Ui.waitUntil("the store", 90_000, () -> Ui.workspace().store().isPresent());
        TwinStore store = Ui.workspace().store().orElseThrow();
        record(store);

        Ui.page().getWorkbenchWindow().getWorkbench().showPerspective(ShadowPerspective.ID, Ui.page().getWorkbenchWindow());
        ShadowSessionsView sessions = (ShadowSessionsView) Ui.page().showView(ShadowSessionsView.ID);
        ShadowCompareView compare = (ShadowCompareView) Ui.page().showView(ShadowCompareView.ID);
        Ui.waitUntil("the session listed", 30_000, () -> rows(sessions).contains(SESSION));
        Object row = java.util.Arrays.stream(sessions.viewer().getTable().getItems()).filter(i -> i.getText(0).equals(SESSION)).findFirst().orElseThrow()
                .getData();
        sessions.viewer().setSelection(new StructuredSelection(row));
        Ui.waitUntil("the session's details", 30_000, () -> sessions.detailsText().contains("NOT CAPTURED"));
        String details = sessions.detailsText();
        assertTrue(details.contains("packets   NOT CAPTURED: tcpdump is not installed on this endpoint"), details);
        assertTrue(details.contains("syscalls  captured: strace attached"), details);
        assertTrue(details.contains("last replay: ") && details.contains("replayed 3 request(s) into twinbench/web-ui:v1"), details);
        String dropped = java.util.Arrays.stream(sessions.viewer().getTable().getItems()).filter(i -> i.getText(0).equals(SESSION)).findFirst()
                .orElseThrow().getText(6);
        assertEquals("40", dropped, "what the budget dropped is counted and shown");

        Ui.waitUntil("the divergences", 30_000, () -> compare.divergencesViewer().getTable().getItemCount() > 0);
        String first = compare.divergencesViewer().getTable().getItem(0).getText(0) + " " + compare.divergencesViewer().getTable().getItem(0).getText(3);
        assertEquals("CRITICAL the live endpoint executed /usr/bin/sh; the twin did not", first);
        assertEquals(3, compare.requestsViewer().getTable().getItemCount());
        assertEquals("match", compare.requestsViewer().getTable().getItem(0).getText(4));
        Ui.waitUntil("request 3 side by side", 30_000, () -> compare.sides()[0].contains("request") || compare.sides()[0].contains("GET /cgi-bin/status"));
        String[] sides = compare.sides();
        assertTrue(sides[0].contains("execve(\"/usr/bin/sh\""), sides[0]);
        assertTrue(sides[0].contains("HTTP 200"), sides[0]);
        assertTrue(sides[1].contains("HTTP 404"), sides[1]);
        assertFalse(sides[1].contains("execve"), sides[1]);
        Ui.processEvents(500);
    }

    private static void record(TwinStore store) {
        Instant now = Instant.now();
        ShadowOrder order = new ShadowOrder(SESSION, "web-ui", now.minusSeconds(120), now.plusSeconds(600), new ShadowOrder.Scope(List.of(),
                List.of("lighttpd"), List.of(), List.of(80)), ShadowOrder.SOURCES, 1 << 20, 65536, null);
        SigningKey alice = SigningKey.generate("alice");
        var unsigned = order.unsigned();
        store.shadows().create(new ShadowRecordings.Session(SESSION, "web-ui", "ordered", unsigned.withSignature(alice.sign(unsigned)).toJson(),
                "names lighttpd; ports 80", now.minusSeconds(120), order.expires(), null, null, null, null, "ordered", "alice", now.minusSeconds(120)));
        store.shadows().report(SESSION, "capturing", "[{\"source\":\"syscalls\",\"available\":true,\"detail\":\"strace attached to 1 process(es) [42]\"},"
                + "{\"source\":\"packets\",\"available\":false,\"detail\":\"tcpdump is not installed on this endpoint\"},"
                + "{\"source\":\"http\",\"available\":false,\"detail\":\"tcpdump is not installed on this endpoint\"}]",
                "[{\"source\":\"syscalls\",\"captured\":90,\"capturedBytes\":9000,\"sent\":50,\"sentBytes\":5000,\"dropped\":40,\"droppedBytes\":4000}]",
                "capturing", false, now);
        long t = (now.toEpochMilli() - 60_000) * 1000;
        List<ShadowRecordings.Exchange> live = List.of(exchange(0, t, "/index.html", 200, "<h1>shop</h1>"), exchange(1, t + 10_000, "/missing", 404, "gone"),
                exchange(2, t + 20_000, "/cgi-bin/status?id", 200, "uid=33(www-data)"));
        store.shadows().append(SESSION, ShadowRecordings.LIVE, new ShadowRecordings.Batch(List.of(
                new ShadowRecordings.Syscall(0, 42, t + 20_100, "execve", "\"/usr/bin/sh\", [\"sh\", \"-c\", \"id\"], 0x5 /* 20 vars */", 0, null, 90,
                        List.of("/usr/bin/sh")),
                new ShadowRecordings.Syscall(0, 42, t + 20_200, "openat", "AT_FDCWD</>, \"/etc/passwd\", O_RDONLY", 3, null, 5, List.of("/etc/passwd"))),
                live, 0, new byte[0], 0));
        long w = (now.toEpochMilli() - 30_000) * 1000;
        store.shadows().append(SESSION, ShadowRecordings.TWIN, new ShadowRecordings.Batch(List.of(), List.of(exchange(0, w, "/index.html", 200, "<h1>shop</h1>"),
                exchange(1, w + 1_000, "/missing", 404, "gone"), exchange(2, w + 2_000, "/cgi-bin/status?id", 404, "gone")), 0, new byte[0], 0));
        store.shadows().replayed(SESSION, now + " replayed 3 request(s) into twinbench/web-ui:v1 in 0.1 s (30/s): 3 answered, 0 failed; 0 twin system calls traced");
    }

    private static ShadowRecordings.Exchange exchange(long seq, long micros, String target, int status, String body) {
        return new ShadowRecordings.Exchange(seq, "127.0.0.1:5000 > 127.0.0.1:80", micros, micros + 500, "GET", target, List.of("Host: shop"), new byte[0], 0,
                status, List.of("Content-Type: text/plain"), body.getBytes(StandardCharsets.UTF_8), body.length());
    }

    private static List<String> rows(ShadowSessionsView view) {
        return java.util.Arrays.stream(view.viewer().getTable().getItems()).map(i -> i.getText(0)).toList();
    }
}
