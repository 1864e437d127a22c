package io.twinbench.agent;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Where each followed log stands, kept in the state directory so a restarted agent goes on
 * where it stopped instead of skipping or repeating lines. Written atomically (temporary file
 * and move) after the lines read are safely in the spool.
 */
final class LogPositions {

    static final String FILE = "log-positions.properties";

    private final Path file;

    LogPositions(Path stateDir) {
        this.file = stateDir.resolve(FILE);
    }

    Map<Path, LogTail.Position> load() throws IOException {
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            props.load(in);
        } catch (NoSuchFileException e) {
            return Map.of();
        }
        Map<Path, LogTail.Position> result = new TreeMap<>();
        for (String name : props.stringPropertyNames()) {
            String[] parts = props.getProperty(name).split(":");
            try {
                result.put(Path.of(name), new LogTail.Position(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
            } catch (RuntimeException e) {
                // a damaged entry: that file is read as if new (its last megabyte), the others go on
            }
        }
        return result;
    }

    void save(Map<Path, LogTail.Position> positions) throws IOException {
        Properties props = new Properties();
        positions.forEach((path, p) -> props.setProperty(path.toString(), p.inode() + ":" + p.offset()));
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(FILE + ".tmp");
        try (Writer out = Files.newBufferedWriter(tmp)) {
            props.store(out, "twinbench agent: inode:offset of each followed log");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
