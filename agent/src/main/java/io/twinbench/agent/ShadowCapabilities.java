package io.twinbench.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What this endpoint can capture, found out before a session starts: whether strace and tcpdump
 * are installed, and whether this agent holds what they need (ptrace over the scoped processes;
 * raw sockets for packets), so a session reports exactly what it cannot capture and why.
 */
final class ShadowCapabilities {

    static final List<Path> TOOL_DIRECTORIES = List.of(Path.of("/usr/sbin"), Path.of("/usr/bin"), Path.of("/sbin"), Path.of("/bin"));
    private static final int CAP_NET_ADMIN = 12;
    private static final int CAP_NET_RAW = 13;
    private static final int CAP_SYS_PTRACE = 19;

    private ShadowCapabilities() {
    }

    /** The tool by its absolute path, or by name in the usual directories (never the caller's PATH: the agent runs as root). */
    static Optional<Path> tool(String configured, String name) {
        if (configured != null && configured.startsWith("/")) {
            return Files.isExecutable(Path.of(configured)) ? Optional.of(Path.of(configured)) : Optional.empty();
        }
        return TOOL_DIRECTORIES.stream().map(d -> d.resolve(name)).filter(Files::isExecutable).findFirst();
    }

    static String notInstalled(String name) {
        return name + " is not installed on this endpoint (looked in " + String.join(", ", TOOL_DIRECTORIES.stream().map(Path::toString).toList()) + ")";
    }

    /** Why this process may not trace others, or null when it may. */
    static String cannotTrace() {
        return missing(CAP_SYS_PTRACE, "CAP_SYS_PTRACE");
    }

    /** Why this process may not open a packet capture, or null when it may. */
    static String cannotCapturePackets() {
        String raw = missing(CAP_NET_RAW, "CAP_NET_RAW");
        return raw != null ? raw : missing(CAP_NET_ADMIN, "CAP_NET_ADMIN");
    }

    private static String missing(int capability, String name) {
        long effective = effective();
        if (effective < 0 || (effective & (1L << capability)) != 0) {
            return null; // unknown (not Linux): let the tool say
        }
        return "the agent lacks " + name + " (it runs without it: give its unit AmbientCapabilities=" + name + ", or run it as root)";
    }

    private static long effective() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("CapEff:")) {
                    return Long.parseUnsignedLong(line.substring(7).trim(), 16);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux, or /proc unreadable
        }
        return -1;
    }
}
