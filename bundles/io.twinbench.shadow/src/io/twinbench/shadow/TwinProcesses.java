package io.twinbench.shadow;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A twin container's processes as this machine sees them: the descendants of its first process,
 * found in /proc by their parents, and of those the ones a shadow order names.
 */
final class TwinProcesses {

    private TwinProcesses() {
    }

    /** The container's processes below initPid whose command name is one of names (all of them when names is empty). */
    static List<Integer> of(long initPid, List<String> names) throws IOException {
        Map<Integer, List<Integer>> children = new HashMap<>();
        Map<Integer, String> comm = new HashMap<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path dir : all) {
                try {
                    String stat = Files.readString(dir.resolve("stat"));
                    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read from the last ')'
                    int close = stat.lastIndexOf(')');
                    String[] rest = stat.substring(close + 2).split(" ");
                    int pid = Integer.parseInt(dir.getFileName().toString());
                    children.computeIfAbsent(Integer.parseInt(rest[1]), k -> new ArrayList<>()).add(pid);
                    comm.put(pid, stat.substring(stat.indexOf('(') + 1, close));
                } catch (IOException | RuntimeException e) {
                    // the process ended meanwhile
                }
            }
        }
        TreeSet<Integer> found = new TreeSet<>();
        List<Integer> queue = new ArrayList<>(children.getOrDefault((int) initPid, List.of()));
        while (!queue.isEmpty()) {
            int pid = queue.remove(queue.size() - 1);
            if (names.isEmpty() || names.contains(comm.get(pid))) {
                found.add(pid);
            }
            queue.addAll(children.getOrDefault(pid, List.of()));
        }
        return new ArrayList<>(found);
    }
}
