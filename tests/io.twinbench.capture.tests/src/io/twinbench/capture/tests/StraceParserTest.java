package io.twinbench.capture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.twinbench.capture.syscall.StraceParser;
import io.twinbench.capture.syscall.SyscallEvent;
import io.twinbench.inventory.SecretRedactor;

/** System-call events read from what the real strace prints, as the agent runs it. */
class StraceParserTest {

    @TempDir
    Path dir;

    @Test
    void realStraceOutputBecomesEventsWithPathsResultsAndErrors() throws Exception {
        Path out = dir.resolve("trace");
        Path written = dir.resolve("written.txt");
        Process strace = new ProcessBuilder("strace", "-f", "-ttt", "-T", "-yy", "-qq", "-s", "256", "-e",
                "trace=openat,execve,clone,clone3,vfork,unlink,exit_group", "-e", "signal=none", "-o", out.toString(),
                "/bin/sh", "-c", "cat /etc/hostname > " + written + "; cat /nonexistent-file 2>/dev/null; /bin/true --password=hunter2")
                .redirectErrorStream(true).start();
        assertTrue(strace.waitFor(30, TimeUnit.SECONDS));
        StraceParser parser = new StraceParser(SecretRedactor.defaults());
        List<SyscallEvent> events = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            SyscallEvent event = parser.parse(line);
            if (event != null) {
                events.add(event);
            }
        }
        SyscallEvent cat = events.stream().filter(e -> e.name().equals("execve") && e.paths().contains("/usr/bin/cat")).findFirst().orElseThrow();
        assertEquals(0, cat.result());
        assertTrue(cat.arguments().contains("/etc/hostname"), cat.arguments());
        SyscallEvent opened = events.stream().filter(e -> e.name().equals("openat") && e.paths().contains(written.toString())).findFirst().orElseThrow();
        assertTrue(opened.arguments().contains("O_WRONLY") && opened.result() >= 0, opened.toString());
        SyscallEvent missing = events.stream().filter(e -> e.name().equals("openat") && e.paths().contains("/nonexistent-file")).findFirst().orElseThrow();
        assertEquals("ENOENT", missing.error());
        assertTrue(missing.failed());
        SyscallEvent secret = events.stream().filter(e -> e.name().equals("execve") && e.paths().contains("/bin/true")).findFirst().orElseThrow();
        assertFalse(secret.arguments().contains("hunter2"), "a password in exec arguments is masked before it leaves: " + secret.arguments());
        assertTrue(events.stream().allMatch(e -> e.epochMicros() > 1_600_000_000_000_000L && e.pid() > 0));
        assertTrue(events.stream().map(SyscallEvent::pid).distinct().count() >= 3, "children were followed: " + events);
    }

    @Test
    void aCallInterruptedByAnotherProcessIsJoinedAgain() {
        StraceParser parser = new StraceParser(SecretRedactor.defaults());
        assertNull(parser.parse("100 1700000000.000001 wait4(-1,  <unfinished ...>"));
        assertNull(parser.parse("101 1700000000.000002 execve(\"/usr/bin/id\", [\"id\"], 0x5 /* 3 vars */ <unfinished ...>"));
        SyscallEvent exec = parser.parse("101 1700000000.000090 <... execve resumed>) = 0 <0.000088>");
        assertNotNull(exec);
        assertEquals("execve", exec.name());
        assertEquals(1_700_000_000_000_002L, exec.epochMicros(), "dated when the call started");
        assertEquals(88, exec.durationMicros());
        assertEquals(List.of("/usr/bin/id"), exec.paths());
        SyscallEvent wait = parser.parse("100 1700000000.000200 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 101 <0.000199>");
        assertEquals(101, wait.result());
        SyscallEvent accept = parser.parse("7 1700000000.5 accept4(3<TCP:[0.0.0.0:80]>, {sa_family=AF_INET, sin_port=htons(4242), sin_addr=inet_addr(\"127.0.0.1\")},"
                + " [16], SOCK_CLOEXEC) = 5<TCP:[127.0.0.1:80->127.0.0.1:4242]> <0.000010>");
        assertNull(accept, "a time without six digits of microseconds is not strace's");
        accept = parser.parse("7 1700000000.500000 accept4(3<TCP:[0.0.0.0:80]>, {sa_family=AF_INET, sin_port=htons(4242), sin_addr=inet_addr(\"127.0.0.1\")},"
                + " [16], SOCK_CLOEXEC) = 5<TCP:[127.0.0.1:80->127.0.0.1:4242]> <0.000010>");
        assertEquals(5, accept.result());
        assertNull(accept.error());
    }

    @Test
    void whatIsNotACallIsSkippedAndHostileLinesAreBounded() {
        StraceParser parser = new StraceParser(SecretRedactor.defaults());
        assertNull(parser.parse("100 1700000000.000001 +++ exited with 0 +++"));
        assertNull(parser.parse("100 1700000000.000001 --- SIGCHLD {si_signo=SIGCHLD} ---"));
        assertNull(parser.parse("99999999999999999999 1700000000.000001 openat(AT_FDCWD, \"/x\", O_RDONLY) = 3 <0.000001>"));
        assertNull(parser.parse("100 1700000000.000001 exit_group(0) = ?"));
        SyscallEvent huge = parser.parse("100 1700000000.000001 openat(AT_FDCWD, \"/" + "a".repeat(100_000) + "\", O_RDONLY) = -1 ENOENT (No such file) <0.000001>");
        assertNull(huge, "a line cut at its bound has no result to read");
        assertTrue(parser.skipped() >= 4);
    }
}
