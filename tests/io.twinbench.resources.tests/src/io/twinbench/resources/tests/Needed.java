package io.twinbench.resources.tests;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs of the machine (a Docker engine, root, a Debian root filesystem ...): where it
 * is missing the test is skipped and says why, except in CI, which provides all of it, so there a
 * missing part fails the test instead of letting it pass unrun.
 */
public final class Needed {

    private Needed() {
    }

    public static void needs(boolean present, String what) {
        if (present) {
            return;
        }
        if (System.getenv("CI") != null) {
            Assertions.fail("CI provides what this test needs, but this run lacks it: " + what);
        }
        Assumptions.abort("skipped: " + what);
    }
}
