package io.twinbench.sim.run;

import java.io.IOException;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * Makes sockets inside a container's network namespace from this machine: the calling thread
 * enters the namespace of one of the container's processes (setns), makes what it was asked to,
 * and returns to this machine's namespace before anything else runs on it. A socket keeps the
 * namespace it was made in, so it reaches the container's loopback while the container keeps no
 * network of its own. Needs root.
 */
public final class NetworkNamespace {

    private static final int CLONE_NEWNET = 0x40000000;

    interface LibC extends Library {
        int open(String path, int flags);

        int setns(int fd, int nstype);

        int close(int fd);
    }

    private static final LibC C = Native.load("c", LibC.class);

    /** What is made inside. */
    public interface Maker<T> {
        T make() throws IOException;
    }

    private NetworkNamespace() {
    }

    /** Runs maker inside the network namespace of process pid (as this machine sees it) and returns what it made. */
    public static <T> T inside(long pid, Maker<T> maker) throws IOException {
        int home = C.open("/proc/thread-self/ns/net", 0);
        int there = C.open("/proc/" + pid + "/ns/net", 0);
        if (home < 0 || there < 0) {
            closeQuietly(home);
            closeQuietly(there);
            throw new IOException("cannot open the network namespaces of process " + pid + " (errno " + Native.getLastError() + ")");
        }
        try {
            if (C.setns(there, CLONE_NEWNET) != 0) {
                throw new IOException("cannot enter the network namespace of process " + pid + " (errno " + Native.getLastError() + "; it needs root)");
            }
            try {
                return maker.make();
            } finally {
                if (C.setns(home, CLONE_NEWNET) != 0) {
                    // a thread that cannot come back must not go on to open sockets for this machine
                    throw new IllegalStateException("cannot return to this machine's network namespace (errno " + Native.getLastError() + ")");
                }
            }
        } finally {
            C.close(home);
            C.close(there);
        }
    }

    private static void closeQuietly(int fd) {
        if (fd >= 0) {
            C.close(fd);
        }
    }
}
