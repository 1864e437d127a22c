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

    @Parameters(paramLabel = "FILE")
    Path file;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() throws Exception {
        try (TwinStore store = workspace.openStore()) {
            Plan plan = workspace.plans(store).importFile(file, System.getProperty("user.name"));
            spec.commandLine().getOut().println("plan " + plan.id() + " (" + plan.title() + "): " + plan.actions().size() + " action(s), "
                    + plan.checks().size() + " check(s); next: ./twinbench plan twin-run " + plan.id() + " --twin ID");
            return 0;
        } catch (PlanFormatException | java.io.IOException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }
}
