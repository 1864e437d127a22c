package io.twinbench.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which systemd service a process belongs to, as its control group says: systemd puts every
 * service's processes in a group named after the unit ({@code /system.slice/ssh.service}).
 * Being a child of PID 1 does not make a process a service: a daemonised script, an orphan or
 * anything in a container is one too, and was listed as an invented service
 * ({@code svc/python3.service}). Processes of users' sessions and user managers are not the
 * system's services.
 */
public final class ServiceCgroups {

    private static final int MAX_BYTES = 16 * 1024;

    private ServiceCgroups() {
    }

    /** The service unit (such as {@code ssh.service}) of the process with this pid, if it runs in one. */
    public static Optional<String> unitOf(Path proc, long pid) {
        Path file = proc.resolve(Long.toString(pid)).resolve("cgroup");
        try (InputStream in = Files.newInputStream(file)) {
            return unitIn(new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8));
        } catch (IOException | SecurityException e) {
            return Optional.empty(); // the process ended, or is not ours to read
        }
    }

    /** The service unit named by a /proc/PID/cgroup text (cgroup v1 or v2), if any. */
    public static Optional<String> unitIn(String cgroups) {
        for (String line : cgroups.split("\n")) {
            // v2: "0::/system.slice/ssh.service"; v1: "1:name=systemd:/system.slice/ssh.service"
            int colon = line.indexOf(':');
            int second = colon < 0 ? -1 : line.indexOf(':', colon + 1);
            if (second < 0) {
                continue;
            }
            String controllers = line.substring(colon + 1, second);
            if (!controllers.isEmpty() && !controllers.equals("name=systemd")) {
                continue;
            }
            String path = line.substring(second + 1).strip();
            if (path.startsWith("/user.slice") || path.contains("/user@")) {
                return Optional.empty();
            }
            String unit = null;
            for (String segment : path.split("/")) {
                if (segment.endsWith(".service") && segment.length() > ".service".length()) {
                    unit = segment;
                }
            }
            if (unit != null) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }
}
