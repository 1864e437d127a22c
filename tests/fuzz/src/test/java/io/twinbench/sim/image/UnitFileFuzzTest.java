package io.twinbench.sim.image;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.twinbench.inventory.UnitFileKeys;

/** systemd unit files from an image: parsed into keys and a service, ordered and rendered into the twin's entry point without failing. */
class UnitFileFuzzTest {

    @FuzzTest
    void unitFiles(byte[] data) {
        List<String> lines = new String(data, StandardCharsets.UTF_8).lines().toList();
        UnitFileKeys.parse(lines);
        ServiceUnit unit = ServiceUnit.parse("fuzz.service", lines);
        if (unit.startable() && unit.bootStep() == null) {
            TwinInitScript.render(TwinInitScript.order(List.of(unit)), List.of());
        }
    }
}
