package io.twinbench.protocol;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Directories and files only their owner may read: a workspace's database and keys, an agent's
 * state. Directories Twinbench creates are 0700 from the start (never briefly world-readable),
 * and the ones it owns are narrowed to 0700 if an older Twinbench or a umask left them open.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Creates the directory and any missing parents as 0700, and makes the directory itself 0700. */
    public static Path directory(Path dir) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = dir.toAbsolutePath(); p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
            missing.push(p);
        }
        while (!missing.isEmpty()) {
            Path p = missing.pop();
            try {
                Files.createDirectory(p, attributes(OWNER_DIRECTORY));
            } catch (FileAlreadyExistsException e) {
                // made meanwhile by another process of the analyst's
            } catch (UnsupportedOperationException e) {
                Files.createDirectory(p);
            }
        }
        narrow(dir, OWNER_DIRECTORY);
        return dir;
    }

    /** Writes the file as 0600: created so if new, narrowed so if it was there. */
    public static void write(Path file, byte[] content) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createFile(file, attributes(OWNER_FILE));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            }
        }
        narrow(file, OWNER_FILE);
        Files.write(file, content, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS);
    }

    private static java.nio.file.attribute.FileAttribute<Set<PosixFilePermission>> attributes(Set<PosixFilePermission> permissions) {
        return PosixFilePermissions.asFileAttribute(permissions);
    }

    private static void narrow(Path path, Set<PosixFilePermission> permissions) throws IOException {
        try {
            if (!Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS).equals(permissions)) {
                Files.setPosixFilePermissions(path, permissions);
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its own access control applies
        }
    }
}
