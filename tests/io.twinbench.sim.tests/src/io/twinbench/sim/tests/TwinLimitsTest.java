package io.twinbench.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.twinbench.sim.run.TwinLimits;

/** A twin's share of this machine, whatever an endpoint's inventory says it has. */
class TwinLimitsTest {

    @Test
    void whateverTheInventoryClaimsATwinGetsAtMostItsShareOfThisMachine() {
        TwinLimits claimed = TwinLimits.of(512, 1L << 40, 2, 8L << 30);
        assertEquals(1.5, claimed.cpus(), "three quarters of two cores");
        assertEquals(6L << 30, claimed.memoryBytes(), "three quarters of 8 GiB");
        assertTrue(claimed.notes().stream().anyMatch(n -> n.contains("the endpoint has 512 cores")), claimed.notes().toString());
        TwinLimits handMade = new TwinLimits(64, 1L << 40, 100, List.of()).withinShareOf(2, 8L << 30);
        assertEquals(1.5, handMade.cpus(), "limits made by hand are held to the share when a twin starts");
        assertEquals(6L << 30, handMade.memoryBytes());
    }

}
