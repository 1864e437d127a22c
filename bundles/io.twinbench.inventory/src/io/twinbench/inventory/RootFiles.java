package io.twinbench.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Paths under a root filesystem resolved as a process chrooted there would see them: a link is
 * followed only inside the root (an absolute target starts again at the root, ".." stops at
 * it), so a hostile image's link can never reach the analyst's own files. Reads are of regular
 * files only (never a FIFO or a device, which could block or never end) and bounded in size.
 * On the live "/" of an endpoint this is ordinary resolution.
 */
public final class RootFiles {

    /** Links followed in one resolution at most, as the kernel's ELOOP limit. */
    static final int MAX_LINKS = 40;

    private final Path root;

    public RootFiles(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** The host path of a regular file at the root-relative path, links resolved inside the root; empty when there is none. */
    public Optional<Path> regularFile(String relative) throws IOException {
        return resolve(relative).filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS));
    }

    /** The host path of a directory at the root-relative path, links resolved inside the root; empty when there is none. */
    public Optional<Path> directory(String relative) throws IOException {
        return resolve(relative).filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS));
    }

    /**
     * The host path the root-relative path resolves to inside the root (whatever it is), or empty
     * when a part of it does not exist or the links loop.
     */
    public Optional<Path> resolve(String relative) throws IOException {
        Path base = root.toRealPath();
        Deque<String> todo = new ArrayDeque<>();
        push(todo, relative);
        Path current = base;
        int links = 0;
        while (!todo.isEmpty()) {
            String part = todo.pop();
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                current = current.equals(base) ? base : current.getParent();
                continue;
            }
            Path next = current.resolve(part);
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(next, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                return Optional.empty();
            }
            if (attributes.isSymbolicLink()) {
                if (++links > MAX_LINKS) {
                    return Optional.empty();
                }
                String target = Files.readSymbolicLink(next).toString();
                push(todo, target);
                if (target.startsWith("/")) {
                    current = base;
                }
            } else {
                if (!todo.isEmpty() && !attributes.isDirectory()) {
                    return Optional.empty();
                }
                current = next;
            }
        }
        return Optional.of(current);
    }

    /** Puts the path's parts in front of what is still to resolve, first part first. */
    private static void push(Deque<String> todo, String path) {
        List<String> parts = List.of(path.replace('\\', '/').split("/"));
        for (int i = parts.size() - 1; i >= 0; i--) {
            todo.push(parts.get(i));
        }
    }

    /** The lines of a file found by {@link #regularFile}, refused with its name when it is larger than maxBytes. */
    public static List<String> readLines(Path file, long maxBytes) throws IOException {
        return new String(readBytes(file, maxBytes), StandardCharsets.UTF_8).lines().toList();
    }

    /** The bytes of a regular file, without following a link in its last part, at most maxBytes. */
    public static byte[] readBytes(Path file, long maxBytes) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(file + " is not a regular file");
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new IOException(file + " is larger than " + maxBytes + " bytes, more than a file of its kind can be");
            }
            return bytes;
        }
    }
}
