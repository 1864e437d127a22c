package io.twinbench.capture.tls;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;

/**
 * The lines a service appended to its TLS key log (NSS format, as SSLKEYLOGFILE and openssl's
 * -keylogfile write it) since the last read: only complete lines of the known labels with hex
 * values travel, so a key log path pointed at any other file sends nothing of it. The file is
 * opened without following a symbolic link, and read at most a bounded amount per call.
 */
public final class KeyLogTail {

    public static final int MAX_READ = 256 * 1024;
    private static final Pattern LINE = Pattern.compile("(?:CLIENT_RANDOM|CLIENT_EARLY_TRAFFIC_SECRET|CLIENT_HANDSHAKE_TRAFFIC_SECRET"
            + "|SERVER_HANDSHAKE_TRAFFIC_SECRET|CLIENT_TRAFFIC_SECRET_0|SERVER_TRAFFIC_SECRET_0|EARLY_EXPORTER_SECRET|EXPORTER_SECRET)"
            + " [0-9a-fA-F]{64} [0-9a-fA-F]{32,128}");

    private final Path file;
    private long position;
    private String partial = "";
    private long skipped;

    public KeyLogTail(Path file) {
        this.file = file;
    }

    /** Lines that were not key log lines (and did not travel). */
    public long skipped() {
        return skipped;
    }

    /** New complete key lines, each ending in a newline; empty when there are none (or no file yet). */
    public String next() throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return "";
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            if (channel.size() < position) {
                position = 0; // the log was rotated or truncated
                partial = "";
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(MAX_READ, Math.max(0, channel.size() - position)));
            int read = buffer.hasRemaining() ? channel.read(buffer, position) : 0;
            if (read <= 0) {
                return "";
            }
            position += read;
            String text = partial + new String(buffer.array(), 0, read, StandardCharsets.US_ASCII);
            int end = text.lastIndexOf('\n');
            partial = end < 0 ? text : text.substring(end + 1);
            if (partial.length() > 4096) {
                partial = ""; // no key line is that long
            }
            StringBuilder keys = new StringBuilder();
            if (end >= 0) {
                for (String line : text.substring(0, end).split("\n")) {
                    String l = line.strip();
                    if (LINE.matcher(l).matches()) {
                        keys.append(l).append('\n');
                    } else if (!l.isEmpty() && !l.startsWith("#")) {
                        skipped++;
                    }
                }
            }
            return keys.toString();
        }
    }
}
