package io.twinbench.rollout.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.twinbench.rollout.cohort.Cohorts;
import io.twinbench.rollout.spec.RolloutSpec;
import io.twinbench.rollout.spec.RolloutSpecReader;

class CohortsTest {

    private static RolloutSpec spec(String extra) throws Exception {
        return new RolloutSpecReader().read("r.yaml", "plan: p\n" + extra + "stages:\n  - canary: 2\n  - wave: 50%\n  - wave: 100%\n");
    }

    private static List<String> fleet(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "web-" + i).toList();
    }

    @Test
    void theSameSeedPicksTheSameCanariesAndAnotherSeedOthers() throws Exception {
        Cohorts one = Cohorts.assign(spec("seed: 1\n"), fleet(20));
        Cohorts again = Cohorts.assign(spec("seed: 1\n"), new ArrayList<>(fleet(20)).reversed());
        assertEquals(one.stages(), again.stages(), "the order endpoints are listed in does not matter");
        assertNotEquals(one.stages().get(0), Cohorts.assign(spec("seed: 2\n"), fleet(20)).stages().get(0));
        assertEquals(List.of(2, 8, 10), one.stages().stream().map(List::size).toList(), "2, then up to 50%, then the rest");
    }

    @Test
    void addingAnEndpointKeepsTheOthersInTheirOrder() throws Exception {
        List<String> before = Cohorts.assign(spec(""), fleet(20)).order();
        List<String> after = new ArrayList<>(Cohorts.assign(spec(""), fleet(21)).order());
        after.remove("web-21");
        assertEquals(before, after);
    }

    @Test
    void pinnedEndpointsComeFirstOrNeverAndTheBaselineIsLeftUnchanged() throws Exception {
        Cohorts c = Cohorts.assign(spec("pin: {in: [web-7, web-9], out: [web-3]}\nbaseline: 3\n"), fleet(10));
        assertEquals(List.of("web-7", "web-9"), c.stages().get(0).stream().sorted().toList());
        assertFalse(c.order().contains("web-3"));
        List<String> baseline = c.baselineFor(0);
        assertEquals(3, baseline.size());
        assertEquals("web-3", baseline.get(0), "pinned-out endpoints stay unchanged through every stage");
        assertTrue(baseline.stream().noneMatch(c.reachedBy(0)::contains));
        assertEquals(List.of("web-3"), c.baselineFor(2), "after the last wave only the pinned-out are unchanged");
    }
}
