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
        assertTrue(key.getMessage().contains("allowed are cpu, disk, duration, memory, name, network, requests, threat"), key.getMessage());

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
        assertEquals("latency 100 ms, jitter 10 ms, loss 1.5 %", s.phases().get(0).network().describe());
    }

    @Test
    void requestsToPlayAreHttpPathsOrRecordedRequestsWithTheirErrorsNamed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Scenario s = reader.read("web.yaml", """
                phases:
                  - duration: 5s
                    requests:
                      port: 80
                      rate: 200
                      http: [/, HEAD /index.html]
                """);
        io.twinbench.sim.scenario.RequestReplay replay = s.phases().get(0).requests();
        assertEquals(80, replay.port());
        assertEquals(200, replay.rate());
        assertEquals(4, replay.clients(), "four clients unless told");
        assertEquals("GET / HTTP/1.1\r\nHost: localhost\r\nUser-Agent: twinbench-replay\r\nConnection: close\r\n\r\n", replay.requests().get(0));
        assertTrue(replay.requests().get(1).startsWith("HEAD /index.html HTTP/1.1\r\n"), replay.requests().get(1));

        java.nio.file.Files.writeString(dir.resolve("recorded.http"), "GET /a HTTP/1.1\nHost: shop\n\n\nPOST /login HTTP/1.0\nHost: shop\n\n");
        java.nio.file.Path scenario = dir.resolve("replay.yaml");
        java.nio.file.Files.writeString(scenario, "phases:\n  - duration: 5s\n    requests: {port: 8080, clients: 1, file: recorded.http}\n");
        io.twinbench.sim.scenario.RequestReplay recorded = reader.read(scenario).phases().get(0).requests();
        assertEquals(java.util.List.of("GET /a HTTP/1.1\r\nHost: shop\r\n\r\n", "POST /login HTTP/1.0\r\nHost: shop\r\n\r\n"), recorded.requests(),
                "requests end at an empty line, with CRLF as HTTP wants");

        java.nio.file.Files.writeString(dir.resolve("body.http"), "GET / HTTP/1.1\n\nPOST /login HTTP/1.1\nContent-Length: 12\n\nuser=a&pw=b\n");
        java.nio.file.Files.writeString(scenario, "phases:\n  - duration: 5s\n    requests: {port: 8080, file: body.http}\n");
        ScenarioFormatException body = assertThrows(ScenarioFormatException.class, () -> reader.read(scenario));
        assertEquals(4, body.line(), "the line of the recorded file: " + body.getMessage());
        assertTrue(body.getMessage().contains("body.http") && body.getMessage().contains("bodies are not replayed"), body.getMessage());

        ScenarioFormatException noPort = bad("phases:\n  - duration: 5s\n    requests:\n      http: [/]\n");
        assertEquals("phases[0].requests.port", noPort.field());
        ScenarioFormatException badPath = bad("phases:\n  - duration: 5s\n    requests:\n      port: 80\n      http:\n        - /\n        - index.html\n");
        assertEquals(7, badPath.line());
        assertEquals("phases[0].requests.http[1]", badPath.field());
        ScenarioFormatException both = bad("phases:\n  - duration: 5s\n    requests: {port: 80, http: [/], file: x.http}\n");
        assertTrue(both.getMessage().contains("either"), both.getMessage());
        ScenarioFormatException missing = bad("phases:\n  - duration: 5s\n    requests: {port: 80, file: nowhere.http}\n");
        assertTrue(missing.getMessage().contains("nowhere.http"), missing.getMessage());
    }

    @Test
    void theExamplesInTheDocsRead() throws Exception {
        java.nio.file.Path docs = java.nio.file.Path.of("../../docs/scenarios");
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(docs)) {
            java.util.List<java.nio.file.Path> examples = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            assertTrue(examples.size() >= 2, examples.toString());
            for (java.nio.file.Path example : examples) {
                assertTrue(reader.read(example).phases().size() > 1, example.toString());
            }
        }
    }
}
