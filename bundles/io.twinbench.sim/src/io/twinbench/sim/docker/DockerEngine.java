package io.twinbench.sim.docker;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;

/** Where the Docker engine that runs executable twins listens, and clients for it. */
public record DockerEngine(String endpoint, Duration timeout) {

    public static final String DEFAULT_ENDPOINT = "unix:///var/run/docker.sock";
    private static final ObjectMapper JSON = new ObjectMapper();

    public DockerEngine {
        endpoint = endpoint == null || endpoint.isBlank() ? DEFAULT_ENDPOINT : endpoint.trim();
    }

    /** The engine named by DOCKER_HOST, or the local socket. */
    public static DockerEngine fromEnvironment() {
        return new DockerEngine(System.getenv("DOCKER_HOST"), Duration.ofMinutes(10));
    }

    /**
     * Imports a root-filesystem tar as an image (what `docker import` does), streaming it as it
     * is read, with changes given as Dockerfile instructions (ENTRYPOINT, LABEL, ENV ...);
     * returns the image id. docker-java's createImageCmd cannot do this: it encodes the
     * stream as JSON (docker-java issue #2377), so the import goes through its transport directly.
     */
    public String importImage(InputStream tar, String repository, String tag, java.util.List<String> changes) throws IOException {
        StringBuilder path = new StringBuilder("/images/create?fromSrc=-&repo=").append(URLEncoder.encode(repository, StandardCharsets.UTF_8))
                .append("&tag=").append(URLEncoder.encode(tag, StandardCharsets.UTF_8));
        for (String change : changes) {
            path.append("&changes=").append(URLEncoder.encode(change, StandardCharsets.UTF_8));
        }
        DockerHttpClient.Request request = DockerHttpClient.Request.builder().method(DockerHttpClient.Request.Method.POST).path(path.toString())
                .putHeader("Content-Type", "application/x-tar").body(tar).build();
        try (DockerHttpClient http = http(); DockerHttpClient.Response response = http.execute(request)) {
            String body = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
            String id = null;
            for (String line : body.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode message = JSON.readTree(line);
                if (message.hasNonNull("error") || message.hasNonNull("message")) {
                    String error = message.hasNonNull("error") ? message.get("error").asText() : message.get("message").asText();
                    throw new IOException("the engine refused the import: " + error);
                }
                if (message.hasNonNull("status") && message.get("status").asText().startsWith("sha256:")) {
                    id = message.get("status").asText();
                }
            }
            if (response.getStatusCode() / 100 != 2 || id == null) {
                throw new IOException("the engine answered the import with " + response.getStatusCode() + ": " + body.strip());
            }
            return id;
        }
    }

    /**
     * Commits a container's root as an image, with Dockerfile-style changes (ENTRYPOINT, LABEL),
     * which docker-java's commit does not pass; returns the image's id.
     */
    public String commit(String containerId, String repository, String tag, java.util.List<String> changes) throws IOException {
        StringBuilder path = new StringBuilder("/commit?container=").append(URLEncoder.encode(containerId, StandardCharsets.UTF_8))
                .append("&repo=").append(URLEncoder.encode(repository, StandardCharsets.UTF_8))
                .append("&tag=").append(URLEncoder.encode(tag, StandardCharsets.UTF_8)).append("&pause=true");
        for (String change : changes) {
            path.append("&changes=").append(URLEncoder.encode(change, StandardCharsets.UTF_8));
        }
        DockerHttpClient.Request request = DockerHttpClient.Request.builder().method(DockerHttpClient.Request.Method.POST).path(path.toString())
                .putHeader("Content-Type", "application/json").body(new java.io.ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8))).build();
        try (DockerHttpClient http = http(); DockerHttpClient.Response response = http.execute(request)) {
            String body = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
            JsonNode answer = body.isBlank() ? null : JSON.readTree(body);
            if (response.getStatusCode() / 100 != 2 || answer == null || !answer.hasNonNull("Id")) {
                throw new IOException("the engine refused to commit " + containerId + " (" + response.getStatusCode() + "): " + body.strip());
            }
            return answer.get("Id").asText();
        }
    }

    /** A new client; the caller closes it. An endpoint that is no Docker address is an IllegalArgumentException that says so. */
    public DockerClient connect() {
        DefaultDockerClientConfig config;
        try {
            config = DefaultDockerClientConfig.createDefaultConfigBuilder().withDockerHost(endpoint).build();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a Docker endpoint: " + endpoint + " (" + e.getMessage() + ")", e);
        }
        return DockerClientImpl.getInstance(config, http(config));
    }

    private DockerHttpClient http() {
        try {
            return http(DefaultDockerClientConfig.createDefaultConfigBuilder().withDockerHost(endpoint).build());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a Docker endpoint: " + endpoint + " (" + e.getMessage() + ")", e);
        }
    }

    private DockerHttpClient http(DefaultDockerClientConfig config) {
        return new ZerodepDockerHttpClient.Builder().dockerHost(config.getDockerHost())
                .connectionTimeout(Duration.ofSeconds(5)).responseTimeout(timeout).maxConnections(16).build();
    }

    /** The innermost cause of a failed call, in words an analyst can act on. */
    public String explain(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (message.contains("No such file") || message.contains("Connection refused")) {
            return "no Docker engine is listening at " + endpoint + " (" + message + ")";
        }
        return message.strip();
    }
}
