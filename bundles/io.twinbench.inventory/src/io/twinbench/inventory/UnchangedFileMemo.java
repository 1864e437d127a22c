package io.twinbench.inventory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * The last value read from a file, kept while the file is the same one (inode, size,
 * modification time). A running endpoint's inventory is read every minute, but dpkg's
 * database, the largest file in it, changes only when packages do; dpkg replaces it by rename,
 * so any change gives it a new inode.
 */
final class UnchangedFileMemo<T> {

    /** Reads the value; may throw like the file read it wraps. */
    interface Reader<T> {
        T read() throws IOException;
    }

    private final Path file;
    private List<Object> stamp;
    private T value;

    UnchangedFileMemo(Path file) {
        this.file = file;
    }

    T get(Reader<T> reader) throws IOException {
        List<Object> now = stamp();
        if (value == null || now == null || !now.equals(stamp)) {
            value = reader.read();
            stamp = now;
        }
        return value;
    }

    /** Null when the file is missing or has no identity to compare (then it is read every time). */
    private List<Object> stamp() throws IOException {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.fileKey() == null ? null : List.of(a.fileKey(), a.size(), a.lastModifiedTime());
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}
