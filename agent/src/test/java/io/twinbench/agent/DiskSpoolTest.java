package io.twinbench.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.twinbench.protocol.Frame;
import io.twinbench.protocol.MessageCodec;
import io.twinbench.protocol.Sample;
import io.twinbench.protocol.TelemetryBatch;

class DiskSpoolTest {

    @TempDir
    Path dir;

    private static TelemetryBatch batch(int n) {
        return new TelemetryBatch(List.of(new Sample("cpu", "cpu.load", "%", 1_000L + n, n)));
    }

    private static List<Long> seqs(List<Frame> frames) {
        return frames.stream().map(Frame::seq).toList();
    }

    @Test
    void messagesAreNumberedAndSurviveARestartUntilAcknowledged() throws Exception {
        try (DiskSpool spool = new DiskSpool(dir, 1 << 20, 4096)) {
            for (int i = 0; i < 5; i++) {
                assertEquals(i + 1, spool.append(batch(i)));
            }
            spool.ack(2);
        }
        try (DiskSpool reopened = new DiskSpool(dir, 1 << 20, 4096)) {
            assertEquals(List.of(3L, 4L, 5L), seqs(reopened.pending()));
            assertEquals(batch(3), new MessageCodec().decode(reopened.pending().get(1)));
            assertEquals(6, reopened.append(batch(5)), "numbering continues after a restart");
        }
    }

    @Test
    void acknowledgedSegmentsAreDeleted() throws Exception {
        try (DiskSpool spool = new DiskSpool(dir, 1 << 20, 200)) {
            for (int i = 0; i < 20; i++) {
                spool.append(batch(i));
            }
            long before = segmentFiles();
            assertTrue(before > 3, "small segments roll over");
            spool.ack(20);
            assertEquals(0, segmentFiles());
            assertTrue(spool.pending().isEmpty());
            assertEquals(21, spool.append(batch(20)));
            assertEquals(List.of(21L), seqs(spool.pending()));
        }
    }

    @Test
    void whenFullTheOldestUnacknowledgedFramesAreDroppedAndCounted() throws Exception {
        try (DiskSpool spool = new DiskSpool(dir, 1000, 250)) {
            for (int i = 0; i < 50; i++) {
                spool.append(batch(i));
            }
            assertTrue(spool.bytesOnDisk() <= 1000 + 250, "bounded: " + spool.bytesOnDisk());
            List<Frame> pending = spool.pending();
            assertEquals(50, pending.get(pending.size() - 1).seq(), "the newest survive");
            assertEquals(50 - pending.size(), spool.droppedFrames());
            assertTrue(spool.droppedFrames() > 0);
        }
    }

    @Test
    void aFrameTornByACrashIsCutOffAndTheRestKept() throws Exception {
        try (DiskSpool spool = new DiskSpool(dir, 1 << 20, 1 << 20)) {
            for (int i = 0; i < 3; i++) {
                spool.append(batch(i));
            }
        }
        Path segment = onlySegment();
        try (RandomAccessFile file = new RandomAccessFile(segment.toFile(), "rw")) {
            file.setLength(file.length() - 5);
        }
        try (DiskSpool reopened = new DiskSpool(dir, 1 << 20, 1 << 20)) {
            assertEquals(List.of(1L, 2L), seqs(reopened.pending()));
            assertEquals(3, reopened.append(batch(9)), "the torn frame's number is used again");
            assertEquals(List.of(1L, 2L, 3L), seqs(reopened.pending()));
        }
    }

    private long segmentFiles() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".seg")).count();
        }
    }

    private Path onlySegment() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".seg")).findFirst().orElseThrow();
        }
    }
}
