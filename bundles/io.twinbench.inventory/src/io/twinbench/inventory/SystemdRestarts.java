package io.twinbench.inventory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How often systemd restarted each service (its NRestarts counter), in one systemctl call for
 * all of them: a crash loop shows in the counter even when the restarts come faster than the
 * inventory is read. Empty where there is no systemd to ask.
 */
final class SystemdRestarts {

    private static final long TIMEOUT_SECONDS = 10;
    private static final int MAX_OUTPUT = 4 << 20;

    private SystemdRestarts() {
    }

    /** Restart counts by unit name (without ".service"), for the units systemd knows. */
    static Map<String, Long> of(List<String> services) {
        Map<String, Long> counts = new HashMap<>();
        if (services.isEmpty()) {
            return counts;
        }
        List<String> command = new ArrayList<>(List.of("systemctl", "show", "--property=Id", "--property=NRestarts", "--"));
        services.forEach(s -> command.add(s.endsWith(".service") ? s : s + ".service"));
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readNBytes(MAX_OUTPUT), StandardCharsets.UTF_8);
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return counts;
            }
            String id = null;
            for (String line : out.split("\n")) {
                if (line.startsWith("Id=")) {
                    id = line.substring(3).replaceFirst("\\.service$", "");
                } else if (line.startsWith("NRestarts=") && id != null && line.substring(10).matches("\\d{1,18}")) {
                    counts.put(id, Long.parseLong(line.substring(10)));
                } else if (line.isBlank()) {
                    id = null;
                }
            }
        } catch (IOException e) {
            // no systemctl: no counters
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return counts;
    }
}
