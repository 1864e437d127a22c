package io.twinbench.sim.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.twinbench.sim.run.TwinLimits;
import io.twinbench.sim.scenario.Phase;

/** A phase's figures from its readings, counted from the reading just before it began. */
class PhaseStatisticsTest {

    private static final long MIB = 1L << 20;
    private static final TwinLimits LIMITS = new TwinLimits(1.0, 128 * MIB, 256, List.of());
    private static final Phase HUNGRY = new Phase("hungry", Duration.ofSeconds(2), 0, 192 * MIB, 0, null, null, null);

    private static CgroupReading at(double seconds, long oomKills) {
        return new CgroupReading((long) (seconds * 1e9), (long) (seconds * 1e8), 3 * MIB, 128 * MIB, 6, 256, oomKills, 0);
    }

    @Test
    void anOomKillBeforeThePhasesFirstReadingCountsAndSaturatesMemory() {
        // the load met the limit and was killed within the first half second: every reading of the phase already shows the kill
        List<CgroupReading> during = List.of(at(1.0, 1), at(1.5, 1), at(2.0, 1));
        PhaseResult result = PhaseStatistics.of(HUNGRY, at(0.5, 0), during, LIMITS, 1, null, List.of(), 0.6, 2.6);
        assertEquals(1, result.oomKills(), result.toString());
        assertTrue(result.saturated(PhaseStatistics.MEMORY), result.toString());
        assertEquals(0.6, result.saturated().get(0).atSeconds(), 1e-9, "at the phase's first reading");
        assertEquals(10.0, result.cpuMeanPercent(), 1e-6, "a tenth of the core throughout, the interval before the first reading included");

        PhaseResult withoutBefore = PhaseStatistics.of(HUNGRY, null, during, LIMITS, 1, null, List.of(), 0.6, 2.6);
        assertEquals(0, withoutBefore.oomKills(), "without the reading before, the kill cannot be told from an earlier one");
    }
}
