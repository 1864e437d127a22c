package io.twinbench.cli.internal;

import java.time.Duration;

import io.twinbench.sim.docker.DockerEngineProbe;
import io.twinbench.sim.docker.DockerEngineStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `twinbench docker`: is the engine that runs executable twins reachable? */
@Command(name = "docker", mixinStandardHelpOptions = true, description = "Show the state of the Docker engine.")
public final class DockerCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--host", paramLabel = "URI", description = "Docker endpoint (default: ${DEFAULT-VALUE}).",
            defaultValue = DockerEngineProbe.DEFAULT_ENDPOINT)
    String host;

    @Override
    public Integer call() {
        DockerEngineStatus status = new DockerEngineProbe(host, Duration.ofSeconds(3)).probe();
        spec.commandLine().getOut().println(status.summary());
        return status.reachable() ? 0 : 3;
    }
}
