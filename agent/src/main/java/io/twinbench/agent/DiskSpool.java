package io.twinbench.agent;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;

import io.twinbench.protocol.Frame;
import io.twinbench.protocol.FrameCodec;
import io.twinbench.protocol.Message;
import io.twinbench.protocol.ProtocolException;

/**
 * The agent's outbox on disk: every message gets the next sequence number and is appended to
 * a segment file before it is sent, and stays there until the workbench acknowledges it, so
 * nothing is lost while the workbench is unreachable or the agent restarts. The spool is
 * bounded: when full, the oldest unacknowledged segment is dropped (and counted, and logged)
 * so the newest state of the endpoint is what survives.
 */
public final class DiskSpool implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DiskSpool.class.getName());
    private static final String SUFFIX = ".seg";

    private final Path dir;
    private final long maxBytes;
    private final long segmentBytes;
    private final FrameCodec frames = new FrameCodec();
    private final CompactMessageCodec messages = new CompactMessageCodec();
    private final List<Segment> segments = new ArrayList<>();
    private OutputStream current;
    private long nextSeq;
    private long ackedSeq;
    private long droppedFrames;

    /** One segment file: frames firstSeq..lastSeq, in order. */
    private static final class Segment {
        final Path file;
        final long firstSeq;
        long lastSeq;
        long bytes;

        Segment(Path file, long firstSeq) {
            this.file = file;
            this.firstSeq = firstSeq;
            this.lastSeq = firstSeq - 1;
        }
    }

    public DiskSpool(Path dir, long maxBytes, long segmentBytes) throws IOException {
        this.dir = dir;
        this.maxBytes = maxBytes;
        this.segmentBytes = segmentBytes;
        io.twinbench.protocol.PrivateFiles.directory(dir);
        ackedSeq = readAcked();
        recover();
        nextSeq = Math.max(ackedSeq, segments.isEmpty() ? 0 : segments.get(segments.size() - 1).lastSeq) + 1;
    }

    /** Stores the message and returns its sequence number. */
    public synchronized long append(Message message) throws IOException {
        long seq = nextSeq;
        Frame frame = messages.encode(message, seq);
        Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
        if (current == null || last == null || last.bytes + frame.size() > segmentBytes) {
            roll(seq);
            last = segments.get(segments.size() - 1);
        }
        frames.write(frame, current);
        last.lastSeq = seq;
        last.bytes += frame.size();
        nextSeq++;
        enforceBound();
        notifyAll();
        return seq;
    }

    /** The frames not yet acknowledged, oldest first. */
    public synchronized List<Frame> pending() throws IOException {
        return pendingAfter(ackedSeq, Integer.MAX_VALUE);
    }

    /** Up to max unacknowledged frames with a sequence number above afterSeq, oldest first. */
    public synchronized List<Frame> pendingAfter(long afterSeq, int max) throws IOException {
        long after = Math.max(afterSeq, ackedSeq);
        List<Frame> result = new ArrayList<>();
        for (Segment segment : segments) {
            if (segment.lastSeq <= after) {
                continue;
            }
            for (Frame frame : readSegment(segment.file).frames) {
                if (frame.seq() > after) {
                    result.add(frame);
                    if (result.size() >= max) {
                        return result;
                    }
                }
            }
        }
        return result;
    }

    /**
     * Waits until a frame above seq is stored or the acknowledged position moves, at most
     * timeoutMillis; the sender's way to sleep without polling.
     */
    public synchronized void awaitChange(long seq, long acked, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        long left = timeoutMillis;
        while (nextSeq - 1 <= seq && ackedSeq == acked && left > 0) {
            wait(left);
            left = deadline - System.currentTimeMillis();
        }
    }

    /** The workbench committed everything up to and including seq: forget it. */
    public synchronized void ack(long seq) throws IOException {
        if (seq <= ackedSeq) {
            return;
        }
        if (seq >= nextSeq) {
            LOG.warning("the workbench has frames up to seq " + seq + ", beyond this spool's last " + (nextSeq - 1)
                    + " (was the spool reset?); numbering continues after " + seq);
            nextSeq = seq + 1;
        }
        ackedSeq = seq;
        Path tmp = dir.resolve("acked.tmp");
        Files.writeString(tmp, Long.toString(ackedSeq), StandardCharsets.US_ASCII);
        Files.move(tmp, dir.resolve("acked"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        while (!segments.isEmpty() && segments.get(0).lastSeq <= ackedSeq) {
            Segment done = segments.remove(0);
            if (segments.isEmpty()) {
                closeCurrent();
            }
            Files.deleteIfExists(done.file);
        }
        notifyAll();
    }

    public synchronized long ackedSeq() {
        return ackedSeq;
    }

    public synchronized long lastSeq() {
        return nextSeq - 1;
    }

    /** Unacknowledged frames dropped because the spool was full, since this spool was opened. */
    public synchronized long droppedFrames() {
        return droppedFrames;
    }

    public synchronized long bytesOnDisk() {
        return segments.stream().mapToLong(s -> s.bytes).sum();
    }

    private void enforceBound() throws IOException {
        while (bytesOnDisk() > maxBytes && segments.size() > 1) {
            Segment oldest = segments.remove(0);
            long lost = oldest.lastSeq - Math.max(oldest.firstSeq - 1, ackedSeq);
            if (lost > 0) {
                droppedFrames += lost;
                LOG.warning("spool " + dir + " is full (" + maxBytes + " bytes): dropped " + lost
                        + " unacknowledged frames, seq " + Math.max(oldest.firstSeq, ackedSeq + 1) + ".." + oldest.lastSeq);
            }
            Files.deleteIfExists(oldest.file);
        }
    }

    private void roll(long firstSeq) throws IOException {
        closeCurrent();
        Segment segment = new Segment(dir.resolve(String.format("%020d", firstSeq) + SUFFIX), firstSeq);
        current = Files.newOutputStream(segment.file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        segments.add(segment);
    }

    private void closeCurrent() throws IOException {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    private long readAcked() throws IOException {
        Path file = dir.resolve("acked");
        if (!Files.exists(file)) {
            return 0;
        }
        try {
            return Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).trim());
        } catch (NumberFormatException e) {
            throw new IOException(file + " is damaged (" + e.getMessage() + "); remove it to resend the whole spool");
        }
    }

    /** Rebuilds the segment list; a frame torn by a crash at the end of a segment is cut off. */
    private void recover() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        }
        for (Path file : files) {
            SegmentContent content = readSegment(file);
            if (content.frames.isEmpty()) {
                Files.delete(file);
                continue;
            }
            if (content.tornAt >= 0) {
                LOG.warning(file + ": cut a torn frame at byte " + content.tornAt + " (" + content.problem + ")");
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.truncate(content.tornAt);
                }
            }
            Segment segment = new Segment(file, content.frames.get(0).seq());
            segment.lastSeq = content.frames.get(content.frames.size() - 1).seq();
            segment.bytes = content.frames.stream().mapToLong(Frame::size).sum();
            segments.add(segment);
        }
    }

    private static final class SegmentContent {
        final List<Frame> frames = new ArrayList<>();
        long tornAt = -1;
        String problem;
    }

    private SegmentContent readSegment(Path file) throws IOException {
        SegmentContent content = new SegmentContent();
        long offset = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            while (true) {
                Optional<Frame> frame;
                try {
                    frame = frames.read(in);
                } catch (ProtocolException e) {
                    content.tornAt = offset;
                    content.problem = e.getMessage();
                    break;
                }
                if (frame.isEmpty()) {
                    break;
                }
                content.frames.add(frame.get());
                offset += frame.get().size();
            }
        }
        return content;
    }

    @Override
    public synchronized void close() throws IOException {
        closeCurrent();
    }
}
