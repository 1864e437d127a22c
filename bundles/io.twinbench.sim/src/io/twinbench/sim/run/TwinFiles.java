package io.twinbench.sim.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Structure;

/**
 * Files of a running twin read from this host through /proc/PID/root, as a hostile twin cannot
 * turn against the workbench: the path resolves inside the twin's root by the kernel itself
 * (openat2 with RESOLVE_IN_ROOT, so neither an absolute link nor ".." leads to this host's
 * files, and no /proc magic link is followed), the file is opened without blocking (a FIFO put
 * there answers end of file instead of hanging the reader) and read up to a limit.
 */
public final class TwinFiles {

    private static final int O_RDONLY = 0;
    private static final int O_NONBLOCK = 04000;
    private static final int O_DIRECTORY = 0200000;
    private static final int O_NOFOLLOW = 0400000;
    private static final int O_CLOEXEC = 02000000;
    private static final int O_PATH = 010000000;
    private static final long RESOLVE_NO_MAGICLINKS = 0x02;
    private static final long RESOLVE_IN_ROOT = 0x10;
    private static final long SYS_OPENAT2 = 437;
    private static final int ENOENT = 2;
    private static final int ENOTDIR = 20;
    private static final int ELOOP = 40;

    /** struct open_how of openat2(2). */
    @Structure.FieldOrder({"flags", "mode", "resolve"})
    public static final class OpenHow extends Structure {
        public long flags;
        public long mode;
        public long resolve;
    }

    interface LibC extends Library {
        int open(String path, int flags);

        long syscall(long number, int dirfd, String path, OpenHow how, long size);

        long read(int fd, byte[] buffer, long count);

        int close(int fd);
    }

    private static final LibC C = Native.load("c", LibC.class);

    private final String root;

    /** The files of the twin whose init process is pid (as this host numbers it). */
    public static TwinFiles ofProcess(long pid) {
        return new TwinFiles("/proc/" + pid + "/root");
    }

    /** The files under a directory taken as a root (for tests and images unpacked on this host). */
    public static TwinFiles under(String root) {
        return new TwinFiles(root);
    }

    private TwinFiles(String root) {
        this.root = root;
    }

    /** At most maxBytes of the file at the twin's path; empty when there is no such file; refused when larger or not a regular file. */
    public java.util.Optional<byte[]> read(String path, int maxBytes) throws IOException {
        int dir = C.open(root, O_PATH | O_DIRECTORY | O_CLOEXEC);
        if (dir < 0) {
            throw new IOException("cannot open the twin's root " + root + " (errno " + Native.getLastError() + ")");
        }
        try {
            OpenHow how = new OpenHow();
            how.flags = O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC;
            how.resolve = RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS;
            how.write();
            int fd = (int) C.syscall(SYS_OPENAT2, dir, path.replaceFirst("^/+", ""), how, how.size());
            if (fd < 0) {
                int errno = Native.getLastError();
                if (errno == ENOENT || errno == ENOTDIR) {
                    return java.util.Optional.empty();
                }
                throw new IOException("cannot open " + path + " in the twin" + (errno == ELOOP ? ": it is a link" : " (errno " + errno + ")"));
            }
            try {
                return java.util.Optional.of(readAtMost(fd, path, maxBytes));
            } finally {
                C.close(fd);
            }
        } finally {
            C.close(dir);
        }
    }

    /** The file's lines, at most maxBytes of it; empty when there is no such file. */
    public List<String> lines(String path, int maxBytes) throws IOException {
        return read(path, maxBytes).map(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8).lines().toList())
                .orElse(new ArrayList<>());
    }

    private static byte[] readAtMost(int fd, String path, int maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (true) {
            long n = C.read(fd, buffer, buffer.length);
            if (n < 0) {
                int errno = Native.getLastError();
                if (errno == 11 /* EAGAIN: a FIFO or socket with nothing to read */) {
                    return out.toByteArray();
                }
                if (errno == 21 /* EISDIR */) {
                    throw new IOException(path + " in the twin is a directory");
                }
                throw new IOException("cannot read " + path + " in the twin (errno " + errno + ")");
            }
            if (n == 0) {
                return out.toByteArray();
            }
            if (out.size() + n > maxBytes) {
                throw new IOException(path + " in the twin is larger than " + maxBytes + " bytes");
            }
            out.write(buffer, 0, (int) n);
        }
    }
}
