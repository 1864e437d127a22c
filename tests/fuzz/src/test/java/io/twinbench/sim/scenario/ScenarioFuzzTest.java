package io.twinbench.sim.scenario;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Scenarios in YAML or JSON: refused with a ScenarioFormatException naming line and field, or read. */
class ScenarioFuzzTest {

    @FuzzTest
    void scenarios(byte[] data) {
        try {
            new ScenarioReader().read(data.length > 0 && data[0] == '{' ? "fuzz.json" : "fuzz.yaml", new String(data, StandardCharsets.UTF_8));
        } catch (ScenarioFormatException e) {
            // refused with its line and field
        }
    }
}
