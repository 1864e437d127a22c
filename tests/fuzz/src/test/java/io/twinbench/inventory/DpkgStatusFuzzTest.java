package io.twinbench.inventory;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** dpkg's status database from an image or an endpoint: parsed into stanzas without failing. */
class DpkgStatusFuzzTest {

    @FuzzTest
    void statusFiles(byte[] data) {
        DpkgPackages.parse(new String(data, StandardCharsets.UTF_8).lines().toList());
    }
}
