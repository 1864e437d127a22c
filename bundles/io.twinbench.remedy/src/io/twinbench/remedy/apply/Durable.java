package io.twinbench.remedy.apply;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Files written so that a crash leaves either the old or the new content, and nothing announced but unwritten. */
final class Durable {

    private Durable() {
    }

    static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // some file systems cannot sync a directory; the file's own sync still holds
        }
    }

    static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Copies a regular file (never through a link) and forces the copy to disk. */
    static void copy(Path from, Path to) throws IOException {
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        force(to);
        forceDirectory(to.getParent());
    }

    /** Replaces target with content through a temporary file in the same directory and an atomic rename. */
    static void replace(Path target, byte[] content, FileOwnership ownership) throws IOException {
        Path temporary = target.resolveSibling("." + target.getFileName() + ".twinbench-new");
        Files.write(temporary, content);
        force(temporary);
        ownership.applyTo(temporary);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        forceDirectory(target.getParent());
    }

    static void replaceWithFile(Path target, Path source, FileOwnership ownership) throws IOException {
        Path temporary = target.resolveSibling("." + target.getFileName() + ".twinbench-new");
        Files.copy(source, temporary, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
        force(temporary);
        ownership.applyTo(temporary);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        forceDirectory(target.getParent());
    }
}
