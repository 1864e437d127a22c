package io.twinbench.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.twinbench.model.build.TwinBuilder;
import io.twinbench.model.twin.ElementKind;
import io.twinbench.model.twin.Twin;
import io.twinbench.model.twin.TwinPackage;
import io.twinbench.sim.simulate.Recommendation;
import io.twinbench.sim.simulate.SimulationReport;
import io.twinbench.sim.simulate.TwinRecommendations;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.TwinStore;

/** A simulation's recommendations land in the twin as it is when the run ends, not as it was when it began. */
class RecommendationRecordTest {

    @TempDir
    Path workspace;

    private static Twin twin(String... processes) {
        TwinBuilder b = new TwinBuilder("web-01", "web-01", new Date());
        var host = b.element(TwinPackage.eINSTANCE.getEndpoint(), "endpoint", "web-01", e -> { });
        b.element(TwinPackage.eINSTANCE.getMemory(), "memory", "memory", e -> { });
        for (String p : processes) {
            b.edge(b.element(TwinPackage.eINSTANCE.getProcess(), "proc/" + p, p, e -> { }), io.twinbench.model.twin.DependencyType.RUNS_ON, host);
        }
        return b.twin();
    }

    @Test
    void recommendationsAreRecordedInTheTwinAsItIsAtTheEndOfTheRun() {
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(workspace))) {
            store.snapshots().save(twin("nginx"));
            // while the scenario ran, the agent reported a new process
            store.snapshots().save(twin("nginx", "backdoor"));
            SimulationReport report = new SimulationReport("memory", "web-01", "twinbench/web-01:1", "1 core", "confined", Instant.now(), List.of(),
                    null, 0, 0, List.of(new Recommendation("memory", "raise the endpoint's memory to 512 MiB", "load", "OOM", "no OOM", true,
                            new Recommendation.Subject(ElementKind.MEMORY, null))), null);
            assertEquals(3, TwinRecommendations.recordInLatest(store, "web-01", report, new Date()).getAsLong());
            Twin latest = store.snapshots().latest("web-01").orElseThrow();
            assertNotNull(latest.findElement("proc/backdoor"), "what the twin became during the run is kept");
            assertTrue(latest.getFindings().stream().anyMatch(f -> f instanceof io.twinbench.model.twin.Recommendation r
                    && r.getChange().equals("raise the endpoint's memory to 512 MiB") && r.getElement() == latest.findElement("memory")));
        }
    }

    @Test
    void aCheckAPolicyWouldNotLetATwinHaveIsNotRunAndSaysWhy() throws Exception {
        io.twinbench.sim.scenario.Scenario scenario = new io.twinbench.sim.scenario.ScenarioReader().read("busy.yaml",
                "name: busy\nphases:\n  - name: load\n    duration: 10s\n    cpu: 2\n    memory: 64MiB\n");
        io.twinbench.sim.simulate.PhaseResult load = new io.twinbench.sim.simulate.PhaseResult("load", 10, 98, 100, 250L << 20, 256L << 20, 20, 4096, 1,
                0, -1, null, List.of(new io.twinbench.sim.simulate.Saturation("cpu", 2, ""), new io.twinbench.sim.simulate.Saturation("memory", 3, "")),
                List.of());
        SimulationReport report = new SimulationReport("busy", "web-01", "twinbench/web-01:1", "1 core", "confined", Instant.now(), List.of(load),
                null, 0, 0, List.of(), null);
        io.twinbench.sim.run.TwinLimits limits = new io.twinbench.sim.run.TwinLimits(1, 256L << 20, 4096, List.of());
        List<Recommendation> checked = new io.twinbench.sim.simulate.Recommender(null, 8, 32L << 30, l -> l.cappedAt(1.0, 256L << 20, null,
                "policy small-twins")).recommend(null, limits, scenario, report, () -> false);
        assertEquals(List.of("not checked: policy small-twins lets twins have 1.0 cores, not 3.0",
                "not checked: policy small-twins lets twins have 256 MiB of memory, not 512 MiB"), checked.stream().map(Recommendation::after).toList(),
                "no twin is run with more than the policy lets it have");
    }
}
