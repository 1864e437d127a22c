package io.twinbench.sim.docker;

import java.io.IOException;
import java.time.Duration;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Info;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;

/** Asks a Docker engine who it is. Never throws: an unreachable engine is a status, not an error. */
public final class DockerEngineProbe {

    public static final String DEFAULT_ENDPOINT = "unix:///var/run/docker.sock";
    private final String endpoint;
    private final Duration timeout;

    public DockerEngineProbe(String endpoint, Duration timeout) {
        this.endpoint = endpoint == null || endpoint.isBlank() ? DEFAULT_ENDPOINT : endpoint.trim();
        this.timeout = timeout;
    }

    public DockerEngineStatus probe() {
        DefaultDockerClientConfig config;
        try {
            config = DefaultDockerClientConfig.createDefaultConfigBuilder().withDockerHost(endpoint).build();
        } catch (RuntimeException e) {
            return DockerEngineStatus.unreachable(endpoint, "not a Docker endpoint (" + e.getMessage() + ")");
        }
        DockerHttpClient http = new ZerodepDockerHttpClient.Builder().dockerHost(config.getDockerHost())
                .connectionTimeout(timeout).responseTimeout(timeout).build();
        try (DockerClient client = DockerClientImpl.getInstance(config, http)) {
            Version version = client.versionCmd().exec();
            Info info = client.infoCmd().exec();
            return new DockerEngineStatus(endpoint, true, version.getVersion(), version.getApiVersion(),
                    orZero(info.getContainers()), orZero(info.getContainersRunning()), orZero(info.getImages()), null);
        } catch (IOException | RuntimeException e) {
            return DockerEngineStatus.unreachable(endpoint, reason(e));
        }
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (message.contains("No such file") || message.contains("Connection refused")) {
            return "no engine is listening (" + message + ")";
        }
        return message;
    }
}
