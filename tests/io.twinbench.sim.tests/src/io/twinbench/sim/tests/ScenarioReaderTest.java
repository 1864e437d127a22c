package io.twinbench.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.twinbench.sim.scenario.Phase;
import io.twinbench.sim.scenario.Scenario;
import io.twinbench.sim.scenario.ScenarioFormatException;
import io.twinbench.sim.scenario.ScenarioReader;
import io.twinbench.sim.scenario.Threat;

/** Scenarios in YAML and JSON, and the errors that name the line and field of what is wrong. */
class ScenarioReaderTest {

    private final ScenarioReader reader = new ScenarioReader();

    @Test
    void yamlPhasesWithLoadsAndThreats() throws Exception {
        Scenario s = reader.read("load.yaml", """
                name: web under load
                phases:
                  - name: baseline
                    duration: 10s
                  - name: busy
                    duration: 1.5m
                    cpu: 2
                    memory: 256MiB
                    disk: 512KiB
                  - duration: 2000ms
                    threat: fork-bomb
                """);
        assertEquals("web under load", s.name());
        assertEquals(3, s.phases().size());
        Phase busy = s.phases().get(1);
        assertEquals(Duration.ofSeconds(90), busy.duration());
        assertEquals(2, busy.cpuWorkers());
        assertEquals(256L << 20, busy.memoryBytes());
        assertEquals(512L << 10, busy.diskBytes());
        assertNull(busy.threat());
        assertTrue(s.phases().get(0).idle());
        assertEquals("phase 3", s.phases().get(2).name());
        assertEquals(Threat.FORK_BOMB, s.phases().get(2).threat());
        assertEquals(Duration.ofSeconds(102), s.duration());
    }

    @Test
    void jsonReadsTheSame() throws Exception {
        Scenario s = reader.read("load.json", "{\"name\": \"j\", \"phases\": [{\"duration\": \"5s\", \"threat\": \"privilege-escalation\", \"cpu\": 1}]}");
        assertEquals(Threat.PRIVILEGE_ESCALATION, s.phases().get(0).threat());
        assertEquals(1, s.phases().get(0).cpuWorkers());
    }

    private ScenarioFormatException bad(String text) {
        return assertThrows(ScenarioFormatException.class, () -> reader.read("bad.yaml", text));
    }

    @Test
    void errorsNameTheFileTheLineAndTheField() {
        ScenarioFormatException threat = bad("""
                name: x
                phases:
                  - duration: 5s
                  - duration: 5s
                    threat: rootkit
                """);
        assertEquals(5, threat.line());
        assertEquals("phases[1].threat", threat.field());
        assertTrue(threat.getMessage().startsWith("bad.yaml, line 5, phases[1].threat: unknown threat 'rootkit'"), threat.getMessage());
        assertTrue(threat.getMessage().contains("fork-bomb"), "it lists the threats there are");

        ScenarioFormatException key = bad("phases:\n  - duration: 5s\n    cores: 2\n");
        assertEquals(3, key.line());
        assertEquals("phases[0].cores", key.field());
        assertTrue(key.getMessage().contains("allowed are cpu, disk, duration, memory, name, network, threat"), key.getMessage());

        assertEquals("phases[0].duration", bad("phases:\n  - duration: soon\n").field());
        assertEquals("phases[0].duration", bad("phases:\n  - duration: 2h\n").field(), "at most an hour");
        assertEquals("phases[0].duration", bad("phases:\n  - cpu: 1\n").field(), "a duration is needed");
        assertEquals("phases[0].memory", bad("phases:\n  - duration: 5s\n    memory: lots\n").field());
        assertEquals("phases[0].cpu", bad("phases:\n  - duration: 5s\n    cpu: -1\n").field());
        assertEquals("phases", bad("name: nothing to do\n").field());
        ScenarioFormatException yaml = bad("phases:\n  - duration: 5s\n   cpu: [1\n");
        assertTrue(yaml.line() >= 2 && yaml.getMessage().contains("not valid YAML or JSON"), yaml.getMessage());
        assertTrue(bad("").getMessage().contains("empty"));
        assertEquals("phases[0].network.loss", bad("phases:\n  - duration: 5s\n    network:\n      loss: 120%\n").field());
        assertEquals("phases[0].network.jitter", bad("phases:\n  - duration: 5s\n    network:\n      latency: 10ms\n      jitter: 50ms\n").field());
    }

    @Test
    void networkConditionsBecomeNetemArguments() throws Exception {
        Scenario s = reader.read("n.yaml", "phases:\n  - duration: 5s\n    network:\n      latency: 100ms\n      jitter: 10\n      loss: 1.5%\n");
        assertEquals("netem delay 100ms 10ms loss 1.5%", s.phases().get(0).network().netem());
    }
}
