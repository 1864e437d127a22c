package io.twinbench.agent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.jr.ob.JSON;

/**
 * The authentication messages of the systemd journal (syslog facilities auth and authpriv), for
 * hosts that keep no /var/log/auth.log: read each round with the endpoint's own journalctl from
 * the cursor where the last committed round stopped, and handed on as RFC 3339 syslog lines so
 * the authentication log's parser reads them as it reads the file. A round reads a bounded
 * number of entries; the rest come next round.
 */
final class JournalTail {

    static final int MAX_ENTRIES_PER_ROUND = 20_000;
    /** An entry's JSON longer than this is skipped whole; journald keeps messages far shorter unless told otherwise. */
    static final int MAX_ENTRY_CHARS = 1 << 20;
    /** At first start, the last entries are read, as a log file's last bytes are. */
    static final int FIRST_ENTRIES = 1_000;
    private static final long TIMEOUT_SECONDS = 30;
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx").withZone(ZoneOffset.UTC);

    private final List<String> journalctl;
    private final Path cursorFile;
    private String cursor;
    private String pending;

    /**
     * @param journalctl the command that reads the journal: journalctl, with --file=FILE for a journal file instead of the system's
     * @param cursorFile where the committed position is kept between starts
     */
    JournalTail(List<String> journalctl, Path cursorFile) throws IOException {
        this.journalctl = List.copyOf(journalctl);
        this.cursorFile = cursorFile;
        this.cursor = Files.exists(cursorFile) ? Files.readString(cursorFile, StandardCharsets.UTF_8).strip() : null;
        if (cursor != null && cursor.isEmpty()) {
            cursor = null;
        }
    }

    /** Why the journal cannot be read here (no journalctl, no journal, no permission), or empty when it can. */
    Optional<String> unavailable() {
        boolean systemJournal = journalctl.stream().noneMatch(a -> a.startsWith("--file=") || a.startsWith("--directory="));
        if (systemJournal && !Files.isDirectory(Path.of("/run/log/journal")) && !Files.isDirectory(Path.of("/var/log/journal"))) {
            return Optional.of("no systemd journal here: neither /run/log/journal nor /var/log/journal exists");
        }
        try {
            // any entry at all, not only auth ones: a quiet host has none of those yet, a journal nobody writes has none
            List<String> probe = new ArrayList<>(journalctl);
            probe.addAll(List.of("-o", "json", "--no-pager", "-n", "1"));
            Process p = new ProcessBuilder(probe).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readNBytes(64 << 10), StandardCharsets.UTF_8);
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.of("journalctl did not answer within " + TIMEOUT_SECONDS + " s");
            }
            if (p.exitValue() != 0) {
                return Optional.of("journalctl failed (" + firstLine(output) + ")");
            }
            if (output.contains("insufficient permissions")) {
                return Optional.of("journalctl may not read the journal (" + firstLine(output) + ")");
            }
            if (output.lines().noneMatch(l -> l.startsWith("{"))) {
                return Optional.of("the systemd journal holds no entries (is journald running?)");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("no journalctl (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    /** The authentication entries since the committed cursor, as syslog lines. */
    List<String> read() throws IOException {
        List<String> args = cursor == null ? List.of("-n", Integer.toString(FIRST_ENTRIES)) : List.of("--after-cursor=" + cursor);
        Process p = new ProcessBuilder(command(args)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new ArrayList<>();
        String last = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String json; lines.size() < MAX_ENTRIES_PER_ROUND && (json = boundedLine(out)) != null;) {
                if (!json.startsWith("{")) {
                    continue;
                }
                Map<String, Object> entry = JSON.std.mapFrom(json);
                Object at = entry.get("__CURSOR");
                if (at instanceof String c) {
                    last = c;
                }
                syslogLine(entry).ifPresent(lines::add);
            }
        } finally {
            p.destroy();
            try {
                if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        pending = last != null ? last : pending;
        return lines;
    }

    /** The lines of the last read are in the spool: the next start goes on after them. */
    void committed() throws IOException {
        if (pending != null && !pending.equals(cursor)) {
            Path tmp = cursorFile.resolveSibling(cursorFile.getFileName() + ".tmp");
            Files.writeString(tmp, pending, StandardCharsets.UTF_8);
            Files.move(tmp, cursorFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            cursor = pending;
        }
    }

    private List<String> command(List<String> args) {
        List<String> command = new ArrayList<>(journalctl);
        // --all: without it a message over 4 KiB reads as null, and a long line must not hide the login failure it is
        command.addAll(List.of("-o", "json", "--all", "--no-pager", "-q"));
        command.addAll(args);
        // auth (4) and authpriv (10): sshd, sudo, su, login, PAM and the shadow tools log there
        command.addAll(List.of("SYSLOG_FACILITY=4", "SYSLOG_FACILITY=10"));
        return command;
    }

    /** An entry as rsyslog would have written it to auth.log; empty for one without a text message. */
    static Optional<String> syslogLine(Map<String, Object> entry) {
        String message = text(entry.get("MESSAGE"));
        if (message == null || !(entry.get("__REALTIME_TIMESTAMP") instanceof String micros) || !micros.matches("\\d{1,19}")) {
            return Optional.empty();
        }
        if (message.length() > LogTail.MAX_LINE) {
            message = message.substring(0, LogTail.MAX_LINE);
        }
        long us = Long.parseLong(micros);
        String when = RFC3339.format(Instant.ofEpochSecond(us / 1_000_000, (us % 1_000_000) * 1000));
        String host = entry.get("_HOSTNAME") instanceof String h && !h.isBlank() ? h.replaceAll("\\s", "_") : "localhost";
        String program = entry.get("SYSLOG_IDENTIFIER") instanceof String s && !s.isBlank() ? s.replaceAll("[\\s\\[\\]:]", "_")
                : entry.get("_COMM") instanceof String c && !c.isBlank() ? c.replaceAll("[\\s\\[\\]:]", "_") : "journal";
        String pid = entry.get("_PID") instanceof String p && p.matches("\\d{1,10}") ? "[" + p + "]" : "";
        return Optional.of(when + " " + host + " " + program + pid + ": " + message.replace('\n', ' '));
    }

    /**
     * A field's text: journalctl writes a value that is not valid UTF-8 or holds control characters
     * as an array of its bytes, which anyone who can log may make a message be to hide it. Bytes
     * that are no UTF-8 become U+FFFD.
     */
    private static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof List<?> bytes && bytes.stream().allMatch(Number.class::isInstance)) {
            byte[] raw = new byte[Math.min(bytes.size(), LogTail.MAX_LINE * 4)];
            for (int i = 0; i < raw.length; i++) {
                raw[i] = ((Number) bytes.get(i)).byteValue();
            }
            // control characters written as rsyslog writes them to auth.log (#001), so a user name stays one word
            StringBuilder text = new StringBuilder();
            new String(raw, StandardCharsets.UTF_8).chars().forEach(c -> text.append(c < 0x20 || c == 0x7f ? String.format("#%03o", c) : (char) c));
            return text.toString();
        }
        return null;
    }

    /** The next line of the output, or "" for one longer than {@link #MAX_ENTRY_CHARS} (read past, not held); null at the end. */
    private static String boundedLine(BufferedReader in) throws IOException {
        StringBuilder line = new StringBuilder();
        boolean over = false;
        for (int c; (c = in.read()) != -1;) {
            if (c == '\n') {
                return over ? "" : line.toString();
            }
            if (line.length() < MAX_ENTRY_CHARS) {
                line.append((char) c);
            } else {
                over = true;
            }
        }
        return line.isEmpty() && !over ? null : over ? "" : line.toString();
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("no output");
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
