package io.twinbench.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.twinbench.inventory.SecretRedactor;
import io.twinbench.protocol.Event;

/**
 * A host that logs to the systemd journal only: its logins and sudo come from the journal (a
 * real journal file, written by systemd-journal-remote from journald's export format, read by
 * the real journalctl), and a host with neither journal nor auth log is said to be blind.
 */
class JournalTailTest {

    private static final Path JOURNAL_REMOTE = Path.of("/lib/systemd/systemd-journal-remote");

    @TempDir
    Path dir;

    private static String entry(long seconds, String identifier, int pid, int facility, String message) {
        return "__REALTIME_TIMESTAMP=" + seconds * 1_000_000 + "\n_HOSTNAME=web-01\nSYSLOG_IDENTIFIER=" + identifier + "\n_PID=" + pid
                + "\nSYSLOG_FACILITY=" + facility + "\nPRIORITY=5\nMESSAGE=" + message + "\n\n";
    }

    /** An entry whose message is given in the export format's binary form, as journald keeps text that is not clean UTF-8. */
    private static byte[] binaryEntry(long seconds, String identifier, byte[] message) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(("__REALTIME_TIMESTAMP=" + seconds * 1_000_000 + "\n_HOSTNAME=web-01\nSYSLOG_IDENTIFIER=" + identifier
                + "\n_PID=7\nSYSLOG_FACILITY=10\nMESSAGE\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.writeBytes(java.nio.ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN).putLong(message.length).array());
        out.writeBytes(message);
        out.writeBytes("\n\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private Path journal(String export) throws Exception {
        return journal(export.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private Path journal(byte[] export) throws Exception {
        if (!Files.isExecutable(JOURNAL_REMOTE)) {
            // CI installs it: there a missing tool fails the test instead of skipping it
            org.junit.jupiter.api.Assertions.assertNull(System.getenv("CI"), "CI installs systemd-journal-remote, but " + JOURNAL_REMOTE + " is missing");
            Assumptions.abort("no " + JOURNAL_REMOTE + " (Debian's systemd-journal-remote) to write a journal file");
        }
        Path file = dir.resolve("auth.journal");
        Process p = new ProcessBuilder(JOURNAL_REMOTE.toString(), "-o", file.toString(), "-").redirectErrorStream(true).start();
        p.getOutputStream().write(export);
        p.getOutputStream().close();
        p.getInputStream().readAllBytes();
        assertEquals(0, p.waitFor());
        return file;
    }

    @Test
    void loginsAndSudoComeFromTheJournalWhereThereIsNoAuthLog() throws Exception {
        long t = 1_733_470_000L;
        Path file = journal(entry(t, "sshd", 4242, 10, "Failed password for root from 203.0.113.9 port 52311 ssh2")
                + entry(t + 1, "sudo", 4300, 10, "   alice : TTY=pts/0 ; PWD=/home/alice ; USER=root ; COMMAND=/usr/bin/id")
                + entry(t + 2, "kernel", 1, 0, "eth0: link up"));
        JournalTail tail = new JournalTail(List.of("journalctl", "--file=" + file), dir.resolve("journal.cursor"));
        assertEquals(Optional.empty(), tail.unavailable());
        AuthLogParser parser = new AuthLogParser("journal", Clock.systemUTC(), SecretRedactor.defaults());
        List<Event> events = tail.read().stream().map(parser::parse).flatMap(Optional::stream).toList();
        assertEquals(List.of("auth.failure", "sudo"), events.stream().map(Event::kind).toList(), "auth facilities only");
        assertEquals(t * 1000, events.get(0).timestamp());
        assertEquals("203.0.113.9", events.get(0).attributes().get("remoteAddress"));
        assertEquals("/usr/bin/id", events.get(1).attributes().get("command"));

        tail.committed();
        JournalTail again = new JournalTail(List.of("journalctl", "--file=" + file), dir.resolve("journal.cursor"));
        assertEquals(List.of(), again.read(), "after a restart the agent goes on from the committed cursor");
    }

    @Test
    void aLoginFailureMadeLongOrBinaryIsStillSeen() throws Exception {
        long t = 1_733_470_000L;
        java.io.ByteArrayOutputStream export = new java.io.ByteArrayOutputStream();
        // journalctl shows a message over 4 KiB as null, and one with a stray byte as an array of bytes, unless read with care
        export.writeBytes(entry(t, "sshd", 4242, 10, "Failed password for " + "a".repeat(5000) + " from 203.0.113.9 port 1 ssh2")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        export.writeBytes(binaryEntry(t + 1, "sshd", new byte[] {'F', 'a', 'i', 'l', 'e', 'd', ' ', 'p', 'a', 's', 's', 'w', 'o', 'r', 'd', ' ',
            'f', 'o', 'r', ' ', 'e', 'v', 1, 'i', 'l', (byte) 0xff, ' ', 'f', 'r', 'o', 'm', ' ', '2', '0', '3', '.', '0', '.', '1', '1', '3', '.',
            '1', '0', ' ', 'p', 'o', 'r', 't', ' ', '2', ' ', 's', 's', 'h', '2'}));
        Path file = journal(export.toByteArray());
        JournalTail tail = new JournalTail(List.of("journalctl", "--file=" + file), dir.resolve("journal.cursor"));
        AuthLogParser parser = new AuthLogParser("journal", Clock.systemUTC(), SecretRedactor.defaults());
        List<Event> events = tail.read().stream().map(parser::parse).flatMap(Optional::stream).toList();
        assertEquals(List.of("auth.failure", "auth.failure"), events.stream().map(Event::kind).toList(), "both failures: " + events);
        assertEquals(Event.MAX_ELEMENT, events.get(0).element().length());
        assertTrue(events.get(0).element().startsWith("user/aaaa") && events.get(0).element().endsWith("…"), events.get(0).element());
        assertEquals("203.0.113.9", events.get(0).attributes().get("remoteAddress"));
        assertEquals("203.0.113.10", events.get(1).attributes().get("remoteAddress"));
        assertEquals("ev#001il\ufffd", events.get(1).attributes().get("user"), "control characters written as rsyslog writes them");
    }

    @Test
    void aJournalThatCannotBeReadIsSaidWithTheReason() throws Exception {
        JournalTail missing = new JournalTail(List.of("journalctl", "--file=" + dir.resolve("none.journal")), dir.resolve("c"));
        assertTrue(missing.unavailable().orElseThrow().startsWith("journalctl failed"), missing.unavailable().toString());
        JournalTail noTool = new JournalTail(List.of(dir.resolve("no-journalctl").toString(), "--file=x"), dir.resolve("c"));
        assertTrue(noTool.unavailable().orElseThrow().startsWith("no journalctl"), noTool.unavailable().toString());
        JournalTail empty = new JournalTail(List.of("journalctl", "--directory=" + Files.createDirectory(dir.resolve("empty-journal"))),
                dir.resolve("c"));
        assertEquals("the systemd journal holds no entries (is journald running?)", empty.unavailable().orElseThrow(),
                "a journal nobody writes is no source of security events either");
    }
}
