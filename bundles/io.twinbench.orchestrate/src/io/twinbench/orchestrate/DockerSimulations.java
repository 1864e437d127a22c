package io.twinbench.orchestrate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import io.twinbench.change.PlanTwinRun;
import io.twinbench.remedy.plan.Plan;
import io.twinbench.sim.docker.DockerEngine;
import io.twinbench.sim.image.TwinImage;
import io.twinbench.sim.image.TwinImageRegistry;
import io.twinbench.sim.image.TwinImageRequests;
import io.twinbench.sim.run.TwinLimits;
import io.twinbench.sim.scenario.Scenario;
import io.twinbench.sim.simulate.Recommender;
import io.twinbench.sim.simulate.SimulationReport;
import io.twinbench.sim.simulate.SimulationRunner;
import io.twinbench.store.TwinStore;

/** The loop's twins on a Docker engine: the endpoint's newest twin image, confined as every twin is. */
public final class DockerSimulations implements Simulations {

    private final DockerEngine engine;
    private final TwinStore store;
    private final Path agentJar;
    private final Path javaHome;
    private final Clock clock;

    /** agentJar and javaHome: what a plan is applied with on its twin, as the endpoint's agent applies it. */
    public DockerSimulations(DockerEngine engine, TwinStore store, Path agentJar, Path javaHome, Clock clock) {
        this.engine = engine;
        this.store = store;
        this.agentJar = agentJar;
        this.javaHome = javaHome;
        this.clock = clock;
    }

    @Override
    public SimulationReport simulate(String twinId, Scenario scenario, BooleanSupplier cancelled) throws IOException, InterruptedException {
        List<TwinImage> images = new TwinImageRegistry(engine, clock).list().stream().filter(i -> i.twinId().equals(twinId)).toList();
        if (images.isEmpty()) {
            throw new IOException("no image of twin '" + twinId + "': build one with ./twinbench image build --twin " + twinId + " ROOT");
        }
        TwinLimits limits = io.twinbench.policy.service.PolicyTwinLimits.apply(store, TwinImageRequests.limitsOnThisMachine(store.snapshots().latest(twinId).orElse(null)));
        SimulationRunner runner = new SimulationRunner(engine, clock, Duration.ofSeconds(1));
        SimulationReport report = runner.run(images.get(0), limits, scenario, SimulationRunner.Progress.NONE, cancelled);
        return report.withRecommendations(new Recommender(runner, TwinLimits.hostCores(), TwinLimits.hostMemory(),
                io.twinbench.policy.service.PolicyTwinLimits.of(store))
                .recommend(images.get(0), limits, scenario, report, cancelled));
    }

    @Override
    public PlanTwinRun.Outcome tryOnTwin(Plan plan, String twinId, Scenario scenario) throws IOException, InterruptedException {
        // a plan made from a simulation carries no artifacts: its actions are settings and services
        return new PlanTwinRun(engine, store, agentJar, javaHome, clock).run(plan, twinId, Map.of(), scenario);
    }
}
