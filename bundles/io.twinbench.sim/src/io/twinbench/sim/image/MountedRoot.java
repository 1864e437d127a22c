package io.twinbench.sim.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A root that debootstrap was filling: it mounts the host's /proc, /sys and devpts inside it
 * for the second stage, and a killed debootstrap leaves them there. Before the root is deleted
 * every mount under it is undone (deepest first), and the deletion never walks into another
 * file system, so cleaning up a cancelled build can never touch the host's /proc or /sys.
 */
final class MountedRoot {

    private MountedRoot() {
    }

    /** The mount points at or under root, as this process's mount table lists them, deepest first. */
    static List<Path> mountsUnder(Path root) throws IOException {
        Path mountinfo = Path.of("/proc/self/mountinfo");
        List<Path> mounts = new ArrayList<>();
        if (!Files.isReadable(mountinfo)) {
            return mounts;
        }
        Path base = root.toAbsolutePath().normalize();
        for (String line : Files.readAllLines(mountinfo)) {
            String[] f = line.split(" ");
            if (f.length > 4) {
                Path point = Path.of(unescape(f[4]));
                if (point.startsWith(base)) {
                    mounts.add(point);
                }
            }
        }
        mounts.sort(Comparator.comparingInt(Path::getNameCount).reversed());
        return mounts;
    }

    /** Undoes every mount under root; an IOException names those that stayed. */
    static void unmountAll(Path root) throws IOException {
        for (Path point : mountsUnder(root)) {
            try {
                Process umount = new ProcessBuilder("umount", "--lazy", point.toString()).redirectErrorStream(true).start();
                umount.getInputStream().readAllBytes();
                umount.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        List<Path> left = mountsUnder(root);
        if (!left.isEmpty()) {
            throw new IOException("cannot unmount " + left + " (left by debootstrap): unmount them as root before deleting " + root);
        }
    }

    /** Deletes the tree after unmounting what is under it; never follows a link nor crosses into another file system. */
    static void delete(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        unmountAll(root);
        Object device = Files.getAttribute(root, "unix:dev", LinkOption.NOFOLLOW_LINKS);
        // a process that was just killed may still have written a file after the walk: walk again, a few times
        for (int attempt = 1;; attempt++) {
            List<Path> all;
            try (Stream<Path> walk = Files.walk(root)) {
                all = walk.filter(p -> sameDevice(p, device)).sorted(Comparator.reverseOrder()).toList();
            }
            try {
                for (Path p : all) {
                    Files.deleteIfExists(p);
                }
                return;
            } catch (java.nio.file.DirectoryNotEmptyException e) {
                if (attempt == 3) {
                    throw e;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static boolean sameDevice(Path p, Object device) {
        try {
            return device.equals(Files.getAttribute(p, "unix:dev", LinkOption.NOFOLLOW_LINKS));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** mountinfo writes space, tab, newline and backslash in paths as octal escapes. */
    private static String unescape(String field) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 3 < field.length() && field.substring(i + 1, i + 4).matches("[0-7]{3}")) {
                out.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
