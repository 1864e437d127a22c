package io.twinbench.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import io.twinbench.remedy.trust.ShadowOrder;

/**
 * The processes a shadow order names, found in /proc: by pid, by command name, or by the systemd
 * unit whose cgroup holds them. strace follows their children from there.
 */
final class ShadowScope {

    private final Path proc;

    ShadowScope(Path proc) {
        this.proc = proc;
    }

    List<Integer> pids(ShadowOrder.Scope scope) {
        TreeSet<Integer> found = new TreeSet<>();
        for (int pid : scope.pids()) {
            if (Files.isDirectory(proc.resolve(Integer.toString(pid)))) {
                found.add(pid);
            }
        }
        if (scope.names().isEmpty() && scope.units().isEmpty()) {
            return new ArrayList<>(found);
        }
        int self = (int) ProcessHandle.current().pid();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(proc, p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path dir : all) {
                int pid = Integer.parseInt(dir.getFileName().toString());
                if (pid == self) {
                    continue;
                }
                if (!scope.names().isEmpty() && scope.names().contains(read(dir.resolve("comm")).strip())) {
                    found.add(pid);
                } else if (!scope.units().isEmpty()) {
                    String cgroup = read(dir.resolve("cgroup"));
                    for (String unit : scope.units()) {
                        String full = unit.contains(".") ? unit : unit + ".service";
                        if (cgroup.contains("/" + full + "\n") || cgroup.contains("/" + full + "/")) {
                            found.add(pid);
                        }
                    }
                }
            }
        } catch (IOException e) {
            // /proc unreadable: only the pids given
        }
        return new ArrayList<>(found);
    }

    private static String read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return new String(bytes, 0, Math.min(bytes.length, 64 * 1024), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return ""; // the process ended
        }
    }
}
