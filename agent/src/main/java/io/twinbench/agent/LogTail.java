package io.twinbench.agent;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows one log file from a remembered position, like tail -F: complete lines only (a line
 * still being written waits for its newline), a bounded amount per read so a flood cannot
 * swamp the agent, and a start from the beginning when the file was rotated (another inode)
 * or truncated. A file seen for the first time is read from its last {@link #FIRST_READ_BYTES},
 * so enrolling on a long-lived host does not replay years of log.
 */
final class LogTail {

    static final long FIRST_READ_BYTES = 1 << 20;
    static final int MAX_LINE = 8 * 1024;
    static final int MAX_BYTES_PER_READ = 4 << 20;

    /** Where the tail stands: which file (inode) and how far into it. */
    record Position(long inode, long offset) {
    }

    private final Path file;
    private Position position;

    LogTail(Path file, Position remembered) {
        this.file = file;
        this.position = remembered;
    }

    Path file() {
        return file;
    }

    Position position() {
        return position;
    }

    /** The complete lines written since the last read; none when the file is missing. */
    List<String> read() throws IOException {
        long inode;
        try {
            inode = ((Number) Files.getAttribute(file, "unix:ino")).longValue();
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            inode = 0;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            long offset;
            boolean skipPartial = false;
            if (position == null) {
                offset = Math.max(0, size - FIRST_READ_BYTES);
                skipPartial = offset > 0;
            } else if (position.inode() != inode || size < position.offset()) {
                offset = 0;
            } else {
                offset = position.offset();
            }
            int length = (int) Math.min(size - offset, MAX_BYTES_PER_READ);
            ByteBuffer buffer = ByteBuffer.allocate(length);
            while (buffer.hasRemaining() && channel.read(buffer, offset + buffer.position()) > 0) {
                // read what is there
            }
            byte[] bytes = buffer.array();
            int read = buffer.position();
            List<String> lines = new ArrayList<>();
            int start = 0;
            if (skipPartial) {
                while (start < read && bytes[start] != '\n') {
                    start++;
                }
                start = Math.min(read, start + 1);
            }
            int consumed = start;
            for (int i = start; i < read; i++) {
                if (bytes[i] == '\n') {
                    lines.add(decode(bytes, consumed, i));
                    consumed = i + 1;
                } else if (i - consumed >= MAX_LINE) {
                    // an endless line: cut it rather than hold it forever
                    lines.add(decode(bytes, consumed, i));
                    consumed = i;
                }
            }
            position = new Position(inode, offset + consumed);
            return lines;
        }
    }

    private static String decode(byte[] bytes, int from, int to) {
        int end = to > from && bytes[to - 1] == '\r' ? to - 1 : to;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes, from, end - from)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(bytes, from, end - from, StandardCharsets.ISO_8859_1);
        }
    }
}
