package io.twinbench.cli.internal.rollout;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.twinbench.cli.internal.WorkspaceOption;
import io.twinbench.remedy.plan.YamlFields;
import io.twinbench.remedy.trust.TrustException;
import io.twinbench.rollout.engine.RolloutEngine;
import io.twinbench.rollout.spec.RolloutSpec;
import io.twinbench.rollout.spec.RolloutSpecReader;
import io.twinbench.store.Rollouts;
import io.twinbench.store.TwinStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `twinbench rollout start SPEC`: starts rolling out the signed version of the plan the spec names. */
@Command(name = "start", mixinStandardHelpOptions = true, description = {"Start a staged rollout of the plan a rollout spec names (its signed version);",
        "an A/B spec (ab: plan: OTHER) takes the other plan's signed version too.",
        "The plan is verified first as each agent will verify it; stage 0, its twin runs, must have passed (or been overridden) at approval."})
public final class RolloutStartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SPEC", description = "The rollout spec, YAML or JSON.")
    Path file;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() {
        String text;
        try {
            text = YamlFields.readAll(file);
        } catch (IOException e) {
            spec.commandLine().getErr().println(file + ": cannot be read: " + e.getMessage());
            return 1;
        }
        try (TwinStore store = workspace.openStore()) {
            RolloutSpec rollout = new RolloutSpecReader().read(file.getFileName().toString(), text);
            var plans = workspace.plans(store);
            RolloutEngine.Signed first = signed(plans, rollout.plan());
            RolloutEngine.Signed other = rollout.ab() == null ? null : signed(plans, rollout.ab().otherPlan());
            Rollouts.Rollout started = RolloutCommand.engine(store).start(file.getFileName().toString(), text, first, other, RolloutCommand.user());
            spec.commandLine().getOut().println("rollout " + started.id() + " started over " + started.targets().size() + " endpoint(s); "
                    + "the workbench or ./twinbench serve moves it on: ./twinbench rollout status " + started.id());
            return 0;
        } catch (io.twinbench.remedy.plan.DocumentFormatException | TrustException | IOException | IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }

    private static RolloutEngine.Signed signed(io.twinbench.change.PlanCatalog plans, String planId)
            throws IOException, TrustException, io.twinbench.remedy.plan.PlanFormatException {
        io.twinbench.change.PlanCatalog.Ready ready = plans.ready(planId);
        return new RolloutEngine.Signed(ready.plan(), ready.envelope());
    }
}
