package io.twinbench.cli.internal;

import picocli.CommandLine.Command;

/** The root of `./twinbench <subcommand>`. */
@Command(name = "twinbench", mixinStandardHelpOptions = true, version = "Twinbench 0.1.0",
        description = {"Executable digital twins of the endpoints you defend.",
                "With no subcommand, ./twinbench starts the workbench."},
        subcommands = {TwinCommand.class, ImageCommand.class, AnalyzeCommand.class, AnomaliesCommand.class, PredictCommand.class, ReportCommand.class, ServeCommand.class, TelemetryCommand.class, EventsCommand.class, RetentionCommand.class, EnrollTokenCommand.class, EnrollCertCommand.class, AgentCommand.class, DockerCommand.class, ContainerCommand.class, SimulateCommand.class, io.twinbench.cli.internal.plan.PlanCommand.class, io.twinbench.cli.internal.rollout.RolloutCommand.class, io.twinbench.cli.internal.OrchestrateCommand.class, ShadowCommand.class, io.twinbench.cli.internal.cases.CaseCommand.class, io.twinbench.cli.internal.policy.PolicyCommand.class, LabelCommand.class, ContainersCommand.class, LabCommand.class,
                io.twinbench.cli.internal.bench.IngestBenchCommand.class, io.twinbench.cli.internal.bench.AnalysisBenchCommand.class, io.twinbench.cli.internal.bench.SimBenchCommand.class, io.twinbench.cli.internal.bench.ContainersBenchCommand.class, io.twinbench.cli.internal.bench.PlanBenchCommand.class, io.twinbench.cli.internal.bench.RolloutBenchCommand.class, io.twinbench.cli.internal.bench.ShadowBenchCommand.class, io.twinbench.cli.internal.bench.CaseBenchCommand.class, io.twinbench.cli.internal.bench.PolicyBenchCommand.class},
        footer = {"", "Run ./twinbench test to run all tests, ./twinbench bench to measure the foundation."})
public final class TwinbenchCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
