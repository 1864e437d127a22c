package io.twinbench.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The real agent on this machine, enrolled with a fresh token from the workbench under test. */
final class LocalAgent {

    private LocalAgent() {
    }

    /**
     * Starts the agent streaming to the workbench's collector every second, its log in
     * state/agent.log; skipped when the collector cannot listen.
     */
    static Process start(String id, Path state, String... more) throws Exception {
        Ui.waitUntil("the workspace and its collector", 90_000, () -> !Ui.workspace().collectorStatus().isEmpty());
        Needed.needs(Ui.workspace().collectorEndpoint().isPresent(), "a collector port (" + Ui.workspace().collectorStatus() + ")");
        String port = Ui.workspace().collectorEndpoint().get().replaceAll(".*:", "");
        List<String> command = new java.util.ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx64m", "-jar",
                jar().toString(), "--server", "127.0.0.1:" + port, "--token", Ui.workspace().newEnrollmentToken(Duration.ofMinutes(5)).value(),
                "--state", state.resolve("state").toString(), "--agent-id", id, "--interval", "1", "--inventory-interval", "1"));
        command.addAll(List.of(more));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(state.resolve("agent.log").toFile()).start();
    }

    static Path jar() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("agent/pom.xml"))) {
                return dir.resolve("agent/target/twinbench-agent.jar");
            }
        }
        throw new AssertionError("no agent/ module above " + System.getProperty("user.dir"));
    }
}
