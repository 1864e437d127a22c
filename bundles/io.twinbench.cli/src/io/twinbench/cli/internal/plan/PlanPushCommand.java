package io.twinbench.cli.internal.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.twinbench.cli.internal.WorkspaceOption;
import io.twinbench.remedy.plan.Plan;
import io.twinbench.remedy.trust.Envelope;
import io.twinbench.remedy.trust.PlanStatement;
import io.twinbench.remedy.trust.TrustException;
import io.twinbench.store.TwinStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `twinbench plan push`: queues a signed plan (a workspace plan's signed version, or an envelope
 * file) for each endpoint it names. The workspace's collector (the workbench's or ./twinbench
 * serve) sends it to each agent when it is connected, and records what the agent reports. The
 * plan is verified first as each agent will verify it.
 */
@Command(name = "push", mixinStandardHelpOptions = true, description = {"Queue a signed plan for its endpoints; their agents get it when connected.",
        "PLAN is a workspace plan's id (its signed version) or a signed envelope file.",
        "Verified first against the workspace's root as each agent will verify it; artifacts are checked against their digests."})
public final class PlanPushCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PLAN")
    String plan;

    @Option(names = "--artifacts", paramLabel = "DIR", description = "Where an envelope's artifacts are, by name (default: beside it, or the workspace's).")
    Path artifacts;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() throws IOException {
        try (TwinStore store = workspace.openStore()) {
            var plans = workspace.plans(store);
            Path file = Path.of(plan);
            boolean inWorkspace = store.library().draft(plan).isPresent() || !Files.isRegularFile(file);
            byte[] envelope = inWorkspace ? plans.signed(plan).envelope() : Files.readAllBytes(file);
            Plan pushed = PlanStatement.contents(Envelope.fromJson(envelope));
            java.util.Map<String, byte[]> beside = inWorkspace ? java.util.Map.of()
                    : plans.artifacts(pushed, artifacts != null ? artifacts : file.toAbsolutePath().getParent());
            for (var queued : plans.push(envelope, beside, System.getProperty("user.name")).entrySet()) {
                spec.commandLine().getOut().println(queued.getKey() + ": " + (queued.getValue() ? "queued" : "already pushed") + " plan " + pushed.id()
                        + " version " + pushed.version());
            }
            return 0;
        } catch (TrustException | IllegalArgumentException | io.twinbench.remedy.plan.PlanFormatException | IOException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }
}
