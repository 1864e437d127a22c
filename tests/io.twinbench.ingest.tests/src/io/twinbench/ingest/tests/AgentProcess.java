package io.twinbench.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real agent jar (built by the reactor before the tests), run as its own process with this JVM's java. */
final class AgentProcess {

    private final Process process;
    private final Path log;

    private AgentProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static Path jar() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path jar = dir.resolve("agent/target/twinbench-agent.jar");
            if (Files.exists(dir.resolve("agent/pom.xml"))) {
                assertTrue(Files.exists(jar), "the reactor builds " + jar + " before the tests");
                return jar;
            }
        }
        return fail("no agent/ module above " + System.getProperty("user.dir"));
    }

    static AgentProcess start(Path logDir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx64m", "-jar", jar().toString()));
        command.addAll(List.of(args));
        Files.createDirectories(logDir);
        Path log = Files.createTempFile(logDir, "agent", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new AgentProcess(process, log);
    }

    /** Waits for the agent to end; returns its exit code. */
    int exitCode(long timeoutSeconds) throws InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("the agent did not end within " + timeoutSeconds + " s; its log:\n" + output());
        }
        return process.exitValue();
    }

    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }
}
