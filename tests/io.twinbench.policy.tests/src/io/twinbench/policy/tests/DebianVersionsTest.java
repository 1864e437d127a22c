package io.twinbench.policy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.twinbench.policy.view.DebianVersions;

/** versionCompare orders versions as dpkg itself does: each pair is also put to dpkg --compare-versions. */
class DebianVersionsTest {

    private static final List<String> VERSIONS = List.of("1.0", "1.0-1", "1.0-2", "1.0~rc1", "1.0~rc1-1", "1.0+dfsg-1", "1.0a", "1.00",
            "1.9", "1.10", "1:0.9", "2:1.0", "0:1.0", "3.0.11-1~deb12u2", "3.0.15-1~deb12u1", "3.0.15-1", "1.0-1ubuntu1", "1.0-1+b1",
            "2.36-9+deb12u9", "2.36-9+deb12u10", "1.2.3~~", "1.2.3~", "1.2.3", "10", "9.99", "1.0.0", "1.0-0");

    @Test
    void everyPairIsOrderedAsDpkgOrdersIt() throws Exception {
        Needed.needs(new java.io.File("/usr/bin/dpkg").canExecute(), "dpkg, to compare with");
        int checked = 0;
        for (int i = 0; i < VERSIONS.size(); i++) {
            for (int j = i; j < VERSIONS.size(); j++) {
                String a = VERSIONS.get(i);
                String b = VERSIONS.get(j);
                boolean dpkgLess = dpkg(a, "lt", b);
                boolean dpkgEqual = !dpkgLess && dpkg(a, "eq", b);
                int ours = Integer.signum(DebianVersions.compare(a, b));
                assertEquals(dpkgLess ? -1 : dpkgEqual ? 0 : 1, ours, a + " against " + b);
                assertEquals(-ours, Integer.signum(DebianVersions.compare(b, a)), b + " against " + a);
                checked++;
            }
        }
        assertEquals(VERSIONS.size() * (VERSIONS.size() + 1) / 2, checked);
    }

    private static boolean dpkg(String a, String op, String b) throws Exception {
        Process p = new ProcessBuilder("dpkg", "--compare-versions", a, op, b).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor(10, TimeUnit.SECONDS);
        return p.exitValue() == 0;
    }
}
