package io.twinbench.shadow;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import io.twinbench.sim.run.TwinContainers;

/**
 * Diagnostic commands an analyst may run in a twin while a replay holds it: programs that read
 * (files, directories, identities, disk use), started directly in the twin's container with
 * their arguments (no shell, so no pipes, redirections or substitutions), for at most ten
 * seconds, with their output bounded. They never run on this machine or on the endpoint.
 */
public final class TwinDiagnostics {

    public static final Set<String> ALLOWED = Set.of("cat", "ls", "stat", "head", "tail", "grep", "find", "id", "df", "du", "sha256sum", "readlink",
            "uname", "date", "wc", "cut", "sort", "uniq", "env", "getent", "md5sum", "file", "ps", "nproc");
    public static final int MAX_OUTPUT = 64 * 1024;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private TwinDiagnostics() {
    }

    /** The command split into its words, or why it may not run. */
    public static List<String> parse(String commandLine) {
        String line = commandLine == null ? "" : commandLine.strip();
        if (line.isEmpty()) {
            throw new IllegalArgumentException("Type a command, e.g. cat /etc/lighttpd/lighttpd.conf");
        }
        if (line.matches(".*[|;&<>`$\\\\'\"(){}].*")) {
            throw new IllegalArgumentException("One command with its arguments: no shell runs it, so pipes, redirections, quotes and substitutions do not work.");
        }
        List<String> words = Arrays.asList(line.split("\\s+"));
        if (!ALLOWED.contains(words.get(0))) {
            throw new IllegalArgumentException(words.get(0) + " is not a diagnostic command the twin runs; these are: "
                    + String.join(", ", new java.util.TreeSet<>(ALLOWED)));
        }
        return words;
    }

    /** Runs the command in the twin's container; its exit code and output (cut at {@link #MAX_OUTPUT}). */
    public static TwinContainers.Executed run(TwinContainers containers, String container, String commandLine) throws IOException {
        List<String> words = parse(commandLine);
        TwinContainers.Executed done = containers.run(container, TIMEOUT, words.toArray(String[]::new));
        String output = done.output().length() > MAX_OUTPUT ? done.output().substring(0, MAX_OUTPUT) + "\n… (cut at " + MAX_OUTPUT + " characters)"
                : done.output();
        return new TwinContainers.Executed(done.exitCode(), output);
    }
}
