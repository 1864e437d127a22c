package io.twinbench.sim.docker;

import java.io.IOException;
import java.time.Duration;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Info;
import com.github.dockerjava.api.model.Version;

/** Asks a Docker engine who it is. Never throws: an unreachable engine is a status, not an error. */
public final class DockerEngineProbe {

    public static final String DEFAULT_ENDPOINT = DockerEngine.DEFAULT_ENDPOINT;
    private final DockerEngine engine;

    public DockerEngineProbe(String endpoint, Duration timeout) {
        this.engine = new DockerEngine(endpoint, timeout);
    }

    public DockerEngineStatus probe() {
        try (DockerClient client = engine.connect()) {
            Version version = client.versionCmd().exec();
            Info info = client.infoCmd().exec();
            return new DockerEngineStatus(engine.endpoint(), true, version.getVersion(), version.getApiVersion(),
                    orZero(info.getContainers()), orZero(info.getContainersRunning()), orZero(info.getImages()), null,
                    UserNamespace.of(info).map(UserNamespace::describe).orElse(null));
        } catch (IOException | RuntimeException e) {
            return DockerEngineStatus.unreachable(engine.endpoint(), engine.explain(e));
        }
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
