package io.twinbench.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.twinbench.inventory.LiveHost;
import io.twinbench.inventory.SecretRedactor;
import io.twinbench.protocol.inventory.Item;
import io.twinbench.protocol.inventory.Section;
import oshi.SystemInfo;

/**
 * The live inventory reads this machine without running a program per round; what it reads
 * instead must say what those programs say.
 */
class LiveHostTest {

    private static Section section(String name) throws IOException {
        return new LiveHost(new SystemInfo(), new SecretRedactor(List.of(), true), false).read().stream()
                .filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void everyRunningServiceIsOneBySystemdsControlGroupsNotAProcessOfInit() throws Exception {
        // an orphan, as a daemonised script is: init (or the nearest subreaper) adopts it, and no service's control group holds it
        String marker = "61." + ProcessHandle.current().pid();
        new ProcessBuilder("setsid", "sh", "-c", "sleep " + marker + " >/dev/null 2>&1 &").start().waitFor();
        ProcessHandle orphan = orphanRunning(marker);
        try {
            List<Item> services = section("services").items();
            assertEquals(List.of(), services.stream().filter(s -> ("proc/" + orphan.pid()).equals(s.attributes().get("<-part-of"))).map(Item::key).toList(),
                    "the orphan sleep (parent " + orphan.parent().map(ProcessHandle::pid).orElse(-1L) + ") is no service");
            checkEveryRunningService(services);
        } finally {
            orphan.destroy();
        }
    }

    /** sh has exited when waitFor returns, but its forked child may not have exec'd sleep yet: wait for it to. */
    private static ProcessHandle orphanRunning(String marker) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (true) {
            java.util.Optional<ProcessHandle> found = ProcessHandle.allProcesses()
                    .filter(p -> p.info().arguments().map(a -> a.length > 0 && a[a.length - 1].equals(marker)).orElse(false)).findFirst();
            if (found.isPresent() || System.nanoTime() > deadline) {
                return found.orElseThrow(() -> new AssertionError("sleep " + marker + " never ran"));
            }
            Thread.sleep(20);
        }
    }

    private static void checkEveryRunningService(List<Item> services) {
        for (Item service : services) {
            String main = service.attributes().get("<-part-of");
            if (!"ACTIVE".equals(service.attributes().get("state")) || main == null) {
                continue;
            }
            long pid = Long.parseLong(main.substring("proc/".length()));
            assertEquals(java.util.Optional.of(service.attributes().get("unit") + ".service"),
                    io.twinbench.inventory.ServiceCgroups.unitOf(Path.of("/proc"), pid), service.key());
        }
    }

    @Test
    void thisProcessIsOwnedByTheUserRunningIt() throws IOException {
        Item self = section("processes").byKey().get("proc/" + ProcessHandle.current().pid());
        assertEquals(System.getProperty("user.name"), self.attributes().get("user"));
        assertEquals("user/" + System.getProperty("user.name"), self.attributes().get("->owned-by"));
    }

    @Test
    void stoppedServicesAreTheEnabledOnesSystemctlLists() throws Exception {
        Path systemctl = Path.of("/usr/bin/systemctl");
        org.junit.jupiter.api.Assertions.assertTrue(Files.isExecutable(systemctl) || System.getenv("CI") == null, "CI has systemctl");
        assumeTrue(Files.isExecutable(systemctl), "no systemctl here");
        Process p = new ProcessBuilder(systemctl.toString(), "list-unit-files", "--type=service", "--state=enabled", "--no-legend")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Section services = section("services");
        Set<String> running = new TreeSet<>();
        Set<String> stopped = new TreeSet<>();
        services.items().forEach(i -> ("ACTIVE".equals(i.attributes().get("state")) ? running : stopped).add(i.attributes().get("unit")));
        Set<String> expected = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^(\\S+)\\.service\\s+enabled").matcher(out);
        while (m.find()) {
            String name = m.group(1);
            if (!running.contains(name) && !running.contains(name.substring(name.lastIndexOf('.') + 1))) {
                expected.add(name);
            }
        }
        // systemctl names a template (getty@), the link its instance (getty@tty1)
        Set<String> actual = new TreeSet<>();
        stopped.forEach(s -> actual.add(s.contains("@") ? s.substring(0, s.indexOf('@') + 1) : s));
        assertEquals(expected, actual);
    }
}
