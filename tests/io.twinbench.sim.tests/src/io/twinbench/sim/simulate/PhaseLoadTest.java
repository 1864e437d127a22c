package io.twinbench.sim.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.twinbench.sim.scenario.Phase;
import io.twinbench.sim.scenario.Threat;

/** Every script a phase runs in a twin is valid POSIX shell (sh -n), for every load and threat. */
class PhaseLoadTest {

    private static void assertValidShell(String what, String script) throws Exception {
        Process sh = new ProcessBuilder("sh", "-n", "-c", script).redirectErrorStream(true).start();
        String out = new String(sh.getInputStream().readAllBytes());
        assertEquals(0, sh.waitFor(), what + ": " + out + "\n" + script);
    }

    @Test
    void everyScriptIsValidShell() throws Exception {
        List<Threat> threats = new ArrayList<>(List.of(Threat.values()));
        threats.add(null);
        for (Threat threat : threats) {
            Phase phase = new Phase("p", Duration.ofSeconds(5), 2, 1 << 20, 1 << 20, threat, null, null);
            String background = PhaseLoad.background(phase, 1.5);
            assertTrue(background.startsWith("echo $$ > " + PhaseLoad.GROUP_FILE + "\n(sleep 4.5; kill -9 0) &\n"),
                    "the group's timer is forked before any load: " + background);
            assertValidShell("load with " + threat, background);
            if (threat != null && PhaseLoad.probe(threat) != null) {
                assertValidShell("probe " + threat, PhaseLoad.probe(threat));
            }
        }
        assertValidShell("stop", PhaseLoad.stop());
        assertEquals("", PhaseLoad.background(new Phase("idle", Duration.ofSeconds(5), 0, 0, 0, null, null, null), 1), "an idle phase runs nothing");
        assertTrue(PhaseLoad.background(new Phase("m", Duration.ofSeconds(5), 0, 0, 0, Threat.CPU_MINER, null, null), 1.5).contains("seq 2"),
                "a miner takes every core the twin has");
    }
}
