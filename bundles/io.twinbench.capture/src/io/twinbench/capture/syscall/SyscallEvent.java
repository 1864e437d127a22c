package io.twinbench.capture.syscall;

import java.util.List;

/**
 * One system call of a traced process: when it started (microseconds since the epoch), its name,
 * its arguments as the tracer printed them (paths and socket addresses resolved), its result, the
 * error name when it failed, how long it took, and the paths it touched, for comparing a live
 * endpoint with its twin without reading arguments again.
 */
public record SyscallEvent(int pid, long epochMicros, String name, String arguments, long result, String error, long durationMicros,
        List<String> paths) {

    public static final int MAX_ARGUMENTS = 1024;

    public SyscallEvent {
        arguments = arguments.length() > MAX_ARGUMENTS ? arguments.substring(0, MAX_ARGUMENTS) + "…" : arguments;
        paths = List.copyOf(paths);
    }

    public boolean failed() {
        return error != null;
    }

    /** Bytes this event takes on the channel and in the store, near enough for a budget. */
    public int size() {
        int size = 32 + name.length() + arguments.length() + (error == null ? 0 : error.length());
        for (String path : paths) {
            size += path.length() + 2;
        }
        return size;
    }
}
