package io.twinbench.cli.internal.plan;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.twinbench.cli.internal.WorkspaceOption;
import io.twinbench.remedy.plan.Plan;
import io.twinbench.remedy.plan.PlanFormatException;
import io.twinbench.store.TwinStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `twinbench plan new FILE`: adds a plan (and the artifacts beside it) to the workspace as a draft; a later version of the file replaces it. */
@Command(name = "new", mixinStandardHelpOptions = true, description = {"Add a plan file to the workspace (a draft); the artifacts it pins are read from beside it.",
        "Adding a changed file again replaces the draft: its twin runs and approvals belonged to the old text."})
public final class PlanNewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..1")
    Path file;

    @picocli.CommandLine.Option(names = "--from-simulation", paramLabel = "TWIN",
            description = "Make the draft from the recommendations the twin's newest simulation checked (one action per recommendation, with its figures).")
    String twin;

    @picocli.CommandLine.Option(names = "--scenario", paramLabel = "FILE",
            description = "With --from-simulation: the scenario that simulation ran; the plan's twin runs run it again and compare.")
    Path scenario;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() throws Exception {
        if ((file == null) == (twin == null)) {
            spec.commandLine().getErr().println("give a plan FILE or --from-simulation TWIN");
            return 2;
        }
        try (TwinStore store = workspace.openStore()) {
            if (twin != null) {
                var draft = workspace.plans(store).fromSimulation(twin, scenario, System.getProperty("user.name"));
                if (draft.isEmpty()) {
                    spec.commandLine().getErr().println("the twin " + twin + " holds no checked recommendation an endpoint can act on:"
                            + " run a simulation first (./twinbench simulate " + twin + " SCENARIO)");
                    return 1;
                }
                spec.commandLine().getOut().print(draft.get().text());
                spec.commandLine().getOut().println("# kept in the workspace as a draft: " + draft.get().actions() + " action(s)");
                return 0;
            }
            Plan plan = workspace.plans(store).importFile(file, System.getProperty("user.name"));
            spec.commandLine().getOut().println("plan " + plan.id() + " (" + plan.title() + "): " + plan.actions().size() + " action(s), "
                    + plan.checks().size() + " check(s); next: ./twinbench plan twin-run " + plan.id() + " --twin ID");
            return 0;
        } catch (PlanFormatException | java.io.IOException | IllegalArgumentException | io.twinbench.sim.scenario.ScenarioFormatException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }
}
