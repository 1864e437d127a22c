package io.twinbench.resources.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.RestartPolicy;

import io.twinbench.inventory.SecretRedactor;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.Twin;
import io.twinbench.resources.container.ContainerExecutableTwins;
import io.twinbench.resources.container.ContainerTwins;
import io.twinbench.sim.docker.DockerEngine;
import io.twinbench.sim.lab.LabFleet;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.TwinChange;
import io.twinbench.store.TwinStore;

/**
 * A real container of a real engine as a resource twin: what it runs and how it is confined,
 * its environment with the secret masked, stored once and then only as it changes, its
 * statistics as telemetry, and its twin kept, marked removed, when it is gone.
 */
class ContainerTwinsTest {

    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path workspace;

    @Test
    void aContainersTwinHoldsItsConfigurationAndFollowsItsChangesDifferentially() throws Exception {
        String dockerEndpoint = System.getenv("TWINBENCH_TEST_DOCKER");
        String rootfs = System.getenv("TWINBENCH_TEST_ROOTFS");
        Needed.needs(dockerEndpoint != null && rootfs != null,
                "no TWINBENCH_TEST_DOCKER and TWINBENCH_TEST_ROOTFS: run ./twinbench test, which starts an engine and makes a Debian root");
        DockerEngine engine = new DockerEngine(dockerEndpoint, Duration.ofMinutes(5));
        String image = new LabFleet(engine, CLOCK).image(Path.of(rootfs)).id();
        String name = "twinbench-test-shop-" + Long.toString(System.nanoTime(), 36);
        String twinId = ContainerTwins.twinId(name);
        try (DockerClient docker = engine.connect()) {
            String id = docker.createContainerCmd(image).withName(name).withEntrypoint("/bin/sh", "-c", SERVE)
                    .withEnv("DB_PASSWORD=hunter2", "MODE=prod").withLabels(Map.of("tier", "web"))
                    .withHostConfig(HostConfig.newHostConfig().withNetworkMode("none").withRestartPolicy(RestartPolicy.unlessStoppedRestart())
                            .withMemory(64L << 20).withReadonlyRootfs(true).withSecurityOpts(List.of("no-new-privileges"))
                            .withTmpFs(Map.of("/tmp", "rw,size=16m")))
                    .exec().getId();
            try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(workspace));
                    ContainerTwins twins = new ContainerTwins(engine, store, SecretRedactor.defaults(), CLOCK);
                    ContainerExecutableTwins executable = new ContainerExecutableTwins(engine, l -> l, false)) {
                docker.startContainerCmd(id).exec();
                ContainerTwins.Polled first = twins.poll();
                assertTrue(first.changed().contains(twinId), first.toString());
                Twin twin = store.snapshots().latest(twinId).orElseThrow();
                Element container = twin.findElement("endpoint");
                assertEquals(List.of("running", "unless-stopped", String.valueOf(64L << 20), "true"), List.of(property(twin.findElement("state"), "status"),
                        property(container, "restartPolicy"), property(container, "memoryLimit"), property(container, "readOnlyRoot")));
                assertEquals(io.twinbench.model.twin.ServiceState.ACTIVE, ((io.twinbench.model.twin.Service) twin.findElement("state")).getState());
                assertEquals("prod", value(twin, "env/MODE"));
                assertEquals("web", value(twin, "label/tier"));
                assertEquals(SecretRedactor.MASK, value(twin, "env/DB_PASSWORD"));
                assertFalse(store.inventories().items(twinId).toString().contains("hunter2"), "the secret never reaches the store");
                assertTrue(twin.findElement("command").getName().equals("/bin/sh"), "what it runs");

                // its executable twin runs the same image and command, confined, and answers as the original does
                ContainerExecutableTwins.Started started = executable.start(twin, ContainerExecutableTwins.Change.NONE, Duration.ofSeconds(2));
                try {
                    assertEquals("running", started.state(), started.toString());
                    assertEquals(64L << 20, started.limits().memoryBytes(), "the original's memory limit");
                    var confined = docker.inspectContainerCmd(started.containerId()).exec().getHostConfig();
                    assertEquals(List.of("none", true), List.of(confined.getNetworkMode(), confined.getReadonlyRootfs()));
                    String live = Exec.get(docker, id, PAGE);
                    assertTrue(live.startsWith("HTTP/1.0 200") || live.startsWith("HTTP/1.1 200"), live);
                    assertEquals(body(live), body(Exec.get(docker, started.containerId(), PAGE)), "the twin answers as the original");
                } finally {
                    executable.remove(started.containerId());
                }
                // a change tried on the twin first: another variable and less memory, the original untouched
                ContainerExecutableTwins.Started changed = executable.start(twin, new ContainerExecutableTwins.Change(null, Map.of("MODE", "test"),
                        List.of(), 32L << 20, null), Duration.ofSeconds(2));
                try {
                    assertEquals(32L << 20, changed.limits().memoryBytes());
                    assertTrue(Exec.get(docker, changed.containerId(), "echo $MODE").strip().equals("test"), "the changed variable");
                    assertEquals("prod", Exec.get(docker, id, "echo $MODE").strip(), "the original as it was");
                } finally {
                    executable.remove(changed.containerId());
                }

                ContainerTwins.Polled again = twins.poll();
                assertFalse(again.changed().contains(twinId), "nothing changed, nothing stored: " + again);

                Instant beforeRestart = CLOCK.instant();
                docker.restartContainerCmd(id).withTimeout(1).exec();
                ContainerTwins.Polled restarted = twins.poll();
                assertTrue(restarted.changed().contains(twinId), restarted.toString());
                assertTrue(restarted.bytesStored() * 4 < first.bytesStored(), "only the change travels into the store: " + restarted.bytesStored()
                        + " bytes against " + first.bytesStored() + " at first");
                List<TwinChange> history = store.inventories().changes(twinId, beforeRestart.minusSeconds(1), CLOCK.instant().plusSeconds(1), 50);
                assertTrue(history.stream().anyMatch(c -> c.itemKey().equals("state") && c.change() == TwinChange.Kind.CHANGED), history.toString());
                assertTrue(history.stream().noneMatch(c -> c.itemKey().equals("endpoint")), "what the container is did not change: " + history);

                assertTrue(twins.sample() >= 1);
                assertTrue(store.telemetry().seriesOf(twinId).stream().anyMatch(k -> k.metric().equals("memory.used")),
                        store.telemetry().seriesOf(twinId).toString());

                docker.removeContainerCmd(id).withForce(true).exec();
                assertTrue(twins.poll().changed().contains(twinId));
                assertEquals("removed", property(store.snapshots().latest(twinId).orElseThrow().findElement("state"), "status"),
                        "a container gone keeps its twin");
            } finally {
                try {
                    docker.removeContainerCmd(id).withForce(true).exec();
                } catch (com.github.dockerjava.api.exception.NotFoundException e) {
                    // removed by the test
                }
            }
        }
    }

    /** Serves the image's own lighttpd page on port 8080, with its configuration in scratch space. */
    private static final String SERVE = "printf 'server.document-root = \"/var/www/html\"\\nserver.port = 8080\\nserver.pid-file = \"/tmp/l.pid\"\\n'"
            + " > /tmp/l.conf && exec /usr/sbin/lighttpd -D -f /tmp/l.conf";
    private static final String PAGE = "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /index.lighttpd.html HTTP/1.0\\r\\n\\r\\n' >&3 && cat <&3";

    private static String body(String response) {
        int end = response.indexOf("\r\n\r\n");
        return end < 0 ? response : response.substring(end + 4);
    }

    private static String property(Element e, String key) {
        return e.getProperties().stream().filter(p -> p.getKey().equals(key)).map(p -> p.getValue()).findFirst().orElse(null);
    }

    private static String value(Twin twin, String id) {
        return ((io.twinbench.model.twin.ConfigurationItem) twin.findElement(id)).getValue();
    }
}
