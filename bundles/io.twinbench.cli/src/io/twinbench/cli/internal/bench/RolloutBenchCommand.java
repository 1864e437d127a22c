package io.twinbench.cli.internal.bench;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `twinbench bench-rollouts`: a staged rollout to simulated agents over mutual TLS (approval to
 * the last wave, beside one push to all of them), a failed condition to every changed endpoint
 * rolled back, an analysis pass over a large fleet's samples and an A/B decision, beside bare reads of them, and a step of the
 * orchestration loop over as many schedules.
 */
@Command(name = "bench-rollouts", mixinStandardHelpOptions = true,
        description = "Benchmark staged rollouts: approval to last wave, failure to rolled back, analysis over a fleet's samples.")
public final class RolloutBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--agents", defaultValue = "100", description = "Simulated agents rolled out to (default: ${DEFAULT-VALUE}).")
    int agents;

    @Option(names = "--analysis-endpoints", defaultValue = "1000", description = "Endpoints whose samples one analysis pass reads (default: ${DEFAULT-VALUE}).")
    int endpoints;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("twinbench bench-rollouts: %d simulated agents, an analysis over %d endpoints; Java %s, %d cores%n", agents, endpoints,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        new RolloutLoopBench(agents, out).run();
        new AnalysisPassBench(endpoints, out).run();
        new LoopStepBench(endpoints, out).run();
        out.flush();
        return 0;
    }
}
