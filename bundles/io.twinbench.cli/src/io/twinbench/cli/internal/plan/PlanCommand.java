package io.twinbench.cli.internal.plan;

import picocli.CommandLine.Command;

/** `twinbench plan …`: remediation plans from a file, signed and verified as the agent verifies them. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Write, try on twins, approve, push and follow remediation plans.",
                "A plan is YAML or JSON (see the README); a signed plan is a DSSE envelope holding an in-toto statement."},
        subcommands = {PlanNewCommand.class, PlanListCommand.class, PlanPreApproveCommand.class, PlanCheckCommand.class, PlanFetchCommand.class, PlanApproveCommand.class,
                PlanKeygenCommand.class, PlanRootCommand.class, PlanSignCommand.class, PlanVerifyCommand.class,
                PlanPushCommand.class, PlanStatusCommand.class, PlanRollbackCommand.class, PlanTwinRunCommand.class})
public final class PlanCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
