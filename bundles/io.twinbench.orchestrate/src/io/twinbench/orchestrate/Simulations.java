package io.twinbench.orchestrate;

import java.io.IOException;
import java.util.function.BooleanSupplier;

import io.twinbench.change.PlanTwinRun;
import io.twinbench.remedy.plan.Plan;
import io.twinbench.sim.scenario.Scenario;
import io.twinbench.sim.simulate.SimulationReport;

/** The executable twins the loop runs: a scenario with its recommendations checked, and a plan tried on a twin. */
public interface Simulations {

    /** Runs the scenario on a fresh twin of the endpoint and checks a recommendation for whatever saturated. */
    SimulationReport simulate(String twinId, Scenario scenario, BooleanSupplier cancelled) throws IOException, InterruptedException;

    /** Applies the plan on a twin of the endpoint with the agent's code, then runs the scenario again as it was and as the plan left it. */
    PlanTwinRun.Outcome tryOnTwin(Plan plan, String twinId, Scenario scenario) throws IOException, InterruptedException;
}
