package io.twinbench.remedy.apply;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.jr.ob.JSON;

/**
 * One plan's apply journal in the agent's state directory: a line of JSON per event, each forced
 * to disk before the change it announces is made, and the files steps replaced under
 * {@code backup/}. A line cut short by a crash is ignored; what it announced never ran.
 */
public final class Journal {

    public static final String BEGIN = "begin";
    public static final String PREPARED = "prepared";
    public static final String APPLIED = "applied";
    public static final String AWAITING = "awaiting";
    public static final String CONFIRMED = "confirmed";
    public static final String ROLLED_BACK = "rolled-back";

    private final Path directory;

    public Journal(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    public Path backups() throws IOException {
        Path backups = directory.resolve("backup");
        Files.createDirectories(backups);
        return backups;
    }

    public void append(Map<String, Object> event) throws IOException {
        Files.createDirectories(directory);
        byte[] line = (JSON.std.asString(event) + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(directory.resolve("journal"), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            channel.write(ByteBuffer.wrap(line));
            channel.force(true);
        }
        Durable.forceDirectory(directory);
    }

    public List<Map<String, Object>> events() throws IOException {
        Path file = directory.resolve("journal");
        List<Map<String, Object>> events = new ArrayList<>();
        if (!Files.exists(file)) {
            return events;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                events.add(new LinkedHashMap<>(JSON.std.mapFrom(line)));
            } catch (IOException e) {
                break; // the last line, cut short by a crash: what it announced never ran
            }
        }
        return events;
    }

    /** The last event's name, or "" when nothing is journaled. */
    public String state() throws IOException {
        List<Map<String, Object>> events = events();
        return events.isEmpty() ? "" : String.valueOf(events.get(events.size() - 1).get("event"));
    }

    public boolean finished() throws IOException {
        String state = state();
        return state.equals(CONFIRMED) || state.equals(ROLLED_BACK);
    }

    public static Map<String, Object> event(String name, Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("event", name);
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return map;
    }
}
