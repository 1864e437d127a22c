package io.twinbench.cli.internal;

import java.time.Duration;

import io.twinbench.sim.docker.DockerEngine;
import picocli.CommandLine.Option;

/** --docker: which engine runs the twins (default DOCKER_HOST, else the local socket). */
public final class DockerOption {

    @Option(names = "--docker", paramLabel = "URI", description = "Docker engine (default: $DOCKER_HOST, else " + DockerEngine.DEFAULT_ENDPOINT + ").")
    String endpoint;

    public DockerEngine engine() {
        return endpoint != null ? new DockerEngine(endpoint, Duration.ofMinutes(10)) : DockerEngine.fromEnvironment();
    }
}
