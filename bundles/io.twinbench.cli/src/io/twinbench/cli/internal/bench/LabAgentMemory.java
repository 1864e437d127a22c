package io.twinbench.cli.internal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The resident memory of a lab endpoint's agent, read from this host's /proc: the container's
 * processes are this host's too (the lab's relay enters the same namespaces). A sample used to be a
 * command run in the endpoint every 100 ms, which no real endpoint has, and which took the CPU
 * the agent was measured with on a machine of two cores.
 */
final class LabAgentMemory {

    private final long containerInit;
    private long agent = -1;

    /** containerInit: the host's pid of the endpoint's first process, which the agent descends from. */
    LabAgentMemory(long containerInit) {
        this.containerInit = containerInit;
    }

    /** Bytes resident now (VmRSS); the agent is looked up again after it restarted. */
    synchronized long rss() throws IOException {
        if (agent < 0 || !isJava(agent)) {
            agent = findAgent();
        }
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(agent), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        throw new IOException("no VmRSS for the agent, pid " + agent);
    }

    private long findAgent() throws IOException {
        Deque<Long> pending = new ArrayDeque<>();
        pending.add(containerInit);
        while (!pending.isEmpty()) {
            long pid = pending.poll();
            if (pid != containerInit && isJava(pid)) {
                return pid;
            }
            Path tasks = Path.of("/proc", Long.toString(pid), "task");
            if (!Files.isDirectory(tasks)) {
                continue; // ended while we looked
            }
            try (var each = Files.list(tasks)) {
                for (Path task : (Iterable<Path>) each::iterator) {
                    String children = readOrEmpty(task.resolve("children"));
                    for (String child : children.trim().split("\\s+")) {
                        if (!child.isEmpty()) {
                            pending.add(Long.parseLong(child));
                        }
                    }
                }
            }
        }
        throw new IOException("no java process under the endpoint's pid " + containerInit + " in this host's /proc");
    }

    private static boolean isJava(long pid) {
        return readOrEmpty(Path.of("/proc", Long.toString(pid), "comm")).trim().equals("java");
    }

    private static String readOrEmpty(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
