package io.twinbench.cli.tests;

import static io.twinbench.cli.tests.CommandRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The executable-twin commands' answers to what is wrong, in one readable line, before any twin starts. */
class SimulationCommandsTest {

    @TempDir
    Path dir;

    @Test
    void aBadScenarioIsRefusedWithItsFileLineAndField() throws Exception {
        Path scenario = dir.resolve("bad.yaml");
        Files.writeString(scenario, "name: x\nphases:\n  - duration: 5s\n    memory: plenty\n");
        CommandRun r = run("simulate", "--data", dir.resolve("ws").toString(), "--twin", "web", "--scenario", scenario.toString());
        assertNotEquals(0, r.code());
        assertEquals("twinbench: " + scenario + ", line 4, phases[0].memory: 'plenty' is no size: write 512KiB, 256MiB, 1GiB or bytes",
                r.err().strip());
    }

    @Test
    void anEngineThatIsNotThereIsSaidInOneLine() {
        String nowhere = "unix://" + dir.resolve("no-docker.sock");
        CommandRun list = run("image", "list", "--docker", nowhere);
        assertNotEquals(0, list.code());
        assertTrue(list.err().startsWith("twinbench: listing twin images failed: no Docker engine is listening at " + nowhere), list.err());
        assertEquals(1, list.err().strip().lines().count(), "one line, no stack trace: " + list.err());
        CommandRun prune = run("image", "prune", "--keep", "0", "--docker", nowhere);
        assertNotEquals(0, prune.code());
        assertTrue(prune.err().contains("keep at least one image per twin"), prune.err());
    }
}
