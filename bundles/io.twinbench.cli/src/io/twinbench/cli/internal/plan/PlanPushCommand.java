package io.twinbench.cli.internal.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

import io.twinbench.cli.internal.WorkspaceOption;
import io.twinbench.remedy.plan.Artifact;
import io.twinbench.remedy.plan.Plan;
import io.twinbench.remedy.plan.PlanDocument;
import io.twinbench.remedy.trust.Envelope;
import io.twinbench.remedy.trust.PlanVerifier;
import io.twinbench.remedy.trust.RootVerifier;
import io.twinbench.remedy.trust.TrustException;
import io.twinbench.remedy.trust.TrustRoot;
import io.twinbench.store.TwinStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `twinbench plan push`: queues a signed plan for each endpoint it names. The workspace's
 * collector (the workbench's or ./twinbench serve) sends it to each agent when it is connected,
 * and records what the agent reports. The plan is verified first as each agent will verify it.
 */
@Command(name = "push", mixinStandardHelpOptions = true, description = {"Queue a signed plan for its endpoints; their agents get it when connected.",
        "Verified first against the workspace's root as each agent will verify it; artifacts are read from --artifacts and checked against their digests."})
public final class PlanPushCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ENVELOPE")
    Path file;

    @Option(names = "--artifacts", paramLabel = "DIR", description = "Where the plan's artifacts are, by name (default: beside the envelope).")
    Path artifacts;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() throws IOException {
        Path rootFile = workspace.trustRootFile();
        if (!Files.exists(rootFile)) {
            spec.commandLine().getErr().println("the workspace has no root of trust yet: make one with ./twinbench plan root --key ...");
            return 1;
        }
        byte[] bytes = Files.readAllBytes(file);
        Plan plan;
        try {
            TrustRoot root = new RootVerifier().initial(Envelope.fromJson(Files.readAllBytes(rootFile)));
            Envelope envelope = Envelope.fromJson(bytes);
            plan = new PlanVerifier(root).verify(envelope, firstEndpoint(envelope, root), 0, Instant.now());
        } catch (TrustException e) {
            spec.commandLine().getErr().println("not pushed, the agents would refuse it: " + e.getMessage());
            return 1;
        }
        Path dir = artifacts != null ? artifacts : file.toAbsolutePath().getParent();
        try (TwinStore store = workspace.openStore()) {
            for (Artifact artifact : plan.artifacts()) {
                Path path = dir.resolve(artifact.name());
                byte[] data = Files.exists(path) ? Files.readAllBytes(path) : null;
                if (data == null || !PlanDocument.sha256(data).equals(artifact.sha256())) {
                    spec.commandLine().getErr().println(path + (data == null ? " is missing" : " is not the artifact the plan pins (SHA-256 differs)"));
                    return 1;
                }
                store.plans().putArtifact(artifact.sha256(), artifact.name(), data);
            }
            for (String endpoint : plan.targets().endpoints()) {
                boolean queued = store.plans().push(endpoint, plan.id(), plan.version(), plan.title(), bytes, plan.expires(),
                        System.getProperty("user.name"), Instant.now());
                spec.commandLine().getOut().println(endpoint + ": " + (queued ? "queued" : "already pushed") + " plan " + plan.id() + " version "
                        + plan.version());
            }
        }
        return 0;
    }

    /** The endpoint the check runs for: the plan's first, read before trust only to pass the endpoint test; the rest is the real check. */
    private static String firstEndpoint(Envelope envelope, TrustRoot root) throws TrustException {
        var claimed = io.twinbench.remedy.trust.PlanStatement.claimed(envelope);
        try {
            var statement = com.fasterxml.jackson.jr.ob.JSON.std.mapFrom(envelope.payload());
            if (statement.get("predicate") instanceof java.util.Map<?, ?> p && p.get("targets") instanceof java.util.Map<?, ?> t
                    && t.get("endpoints") instanceof java.util.List<?> ids && !ids.isEmpty()) {
                return String.valueOf(ids.get(0));
            }
        } catch (IOException e) {
            // refused below with the reason
        }
        throw new TrustException(TrustException.Reason.MALFORMED, "plan " + claimed.getKey() + " names no endpoint");
    }
}
