package io.twinbench.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Following a log like tail -F: whole lines, rotation, truncation, restart where it stopped. */
class LogTailTest {

    @TempDir
    Path dir;

    private void append(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Test
    void completeLinesOnlyThenRotationAndTruncation() throws Exception {
        Path log = dir.resolve("app.log");
        LogTail tail = new LogTail(log, null);
        assertEquals(List.of(), tail.read(), "a missing file is no error");
        append(log, "one\ntwo\nthr");
        assertEquals(List.of("one", "two"), tail.read());
        append(log, "ee\r\n");
        assertEquals(List.of("three"), tail.read(), "a line still being written waits for its newline");
        assertEquals(List.of(), tail.read());

        Files.move(log, dir.resolve("app.log.1"));
        append(log, "after rotation\n");
        assertEquals(List.of("after rotation"), tail.read());

        Files.writeString(log, "x\n");
        assertEquals(List.of("x"), tail.read(), "truncated: from the start again");
    }

    @Test
    void aLongLivedLogIsReadFromItsLastMegabyteOnly() throws Exception {
        Path log = dir.resolve("big.log");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            text.append("line ").append(i).append(" ").append("x".repeat(40)).append('\n');
        }
        append(log, text.toString());
        List<String> lines = new LogTail(log, null).read();
        assertTrue(lines.size() < 40_000 && lines.size() > 20_000, lines.size() + " lines");
        assertTrue(lines.get(0).startsWith("line "), "starts at a whole line: " + lines.get(0));
        assertEquals("line 39999 " + "x".repeat(40), lines.get(lines.size() - 1));
    }

    @Test
    void aRestartedCollectorGoesOnWhereTheSpoolHasIt() throws Exception {
        Path log = dir.resolve("app.log");
        append(log, "a\nb\n");
        Path state = dir.resolve("state");
        EventCollector first = new EventCollector(List.of(new EventCollector.Source(log,
                line -> Optional.of(new io.twinbench.protocol.Event(1, "log", io.twinbench.protocol.Severity.INFO, "t", null, line, Map.of())))),
                new LogPositions(state));
        assertEquals(2, first.collect().size());
        first.committed();
        append(log, "c\n");
        EventCollector second = new EventCollector(List.of(new EventCollector.Source(log,
                line -> Optional.of(new io.twinbench.protocol.Event(1, "log", io.twinbench.protocol.Severity.INFO, "t", null, line, Map.of())))),
                new LogPositions(state));
        assertEquals(List.of("c"), second.collect().stream().map(io.twinbench.protocol.Event::message).toList());
    }
}
