package io.twinbench.remedy.apply;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Starts, stops, enables and disables services with what the endpoint has: systemd when it runs
 * (/run/systemd/system exists), else Debian's {@code service} and {@code update-rc.d} for
 * System V scripts, as in a container without systemd.
 */
final class ServiceManager {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_WAIT = Duration.ofSeconds(15);
    private final Host host;

    ServiceManager(Host host) {
        this.host = host;
    }

    private boolean systemd() {
        return Files.isDirectory(host.file("/run/systemd/system"));
    }

    /** A unit's System V script: plans name units as systemd does (lighttpd.service), init.d has lighttpd. */
    private static String sysv(String name) {
        return name.endsWith(".service") ? name.substring(0, name.length() - ".service".length()) : name;
    }

    boolean active(String name) throws IOException {
        return systemd() ? host.run(List.of("systemctl", "is-active", "--quiet", name), TIMEOUT).ok()
                : host.run(List.of("service", sysv(name), "status"), TIMEOUT).ok();
    }

    boolean enabled(String name) throws IOException {
        if (systemd()) {
            return host.run(List.of("systemctl", "is-enabled", "--quiet", name), TIMEOUT).ok();
        }
        try (var links = Files.list(host.file("/etc/rc2.d"))) {
            return links.map(p -> p.getFileName().toString()).anyMatch(f -> f.matches("S\\d\\d" + java.util.regex.Pattern.quote(sysv(name))));
        } catch (IOException e) {
            return false;
        }
    }

    boolean exists(String name) throws IOException {
        if (systemd()) {
            Host.CommandResult result = host.run(List.of("systemctl", "show", "-p", "LoadState", "--value", name), TIMEOUT);
            return result.ok() && !result.output().contains("not-found");
        }
        return Files.isRegularFile(host.file("/etc/init.d/" + sysv(name)));
    }

    void perform(String verb, String name) throws IOException, StepException {
        if (verb.equals("restart") && !systemd()) {
            // System V scripts often stop without waiting for the process to end (lighttpd's does), and a start
            // right after finds its port still held: start again until it holds or the wait is over
            perform("stop", name);
            long deadline = System.nanoTime() + STOP_WAIT.toNanos();
            while (true) {
                try {
                    perform("start", name);
                    return;
                } catch (StepException e) {
                    if (System.nanoTime() > deadline) {
                        throw e;
                    }
                    pause();
                }
            }
        }
        List<String> argv = switch (verb) {
            case "enable", "disable" -> systemd() ? List.of("systemctl", verb, name) : List.of("update-rc.d", sysv(name), verb);
            default -> systemd() ? List.of("systemctl", verb, name) : List.of("service", sysv(name), verb);
        };
        Host.CommandResult result = host.run(argv, TIMEOUT);
        if (!result.ok()) {
            throw new StepException(String.join(" ", argv) + " failed (exit " + result.exitCode() + ")"
                    + (result.output().isEmpty() ? "" : ": " + tail(result.output())));
        }
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while a service restarted");
        }
    }

    static String tail(String output) {
        String[] lines = output.split("\n");
        return lines[lines.length - 1].length() > 300 ? lines[lines.length - 1].substring(0, 300) : lines[lines.length - 1];
    }

}
