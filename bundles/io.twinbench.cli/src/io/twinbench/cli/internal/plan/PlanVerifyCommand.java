package io.twinbench.cli.internal.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

import io.twinbench.remedy.plan.Plan;
import io.twinbench.remedy.trust.Envelope;
import io.twinbench.remedy.trust.PlanVerifier;
import io.twinbench.remedy.trust.RootVerifier;
import io.twinbench.remedy.trust.TrustException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `twinbench plan verify`: checks a signed plan exactly as the agent of an endpoint will, and says why it would refuse it. */
@Command(name = "verify", mixinStandardHelpOptions = true, description = "Verify a signed plan as the given endpoint's agent would (exit 1 with the reason when it would refuse).")
public final class PlanVerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ENVELOPE")
    Path file;

    @Option(names = "--root", required = true, paramLabel = "FILE", description = "The signed root the agents keep.")
    Path root;

    @Option(names = "--endpoint", required = true, paramLabel = "ID")
    String endpoint;

    @Option(names = "--applied-version", defaultValue = "0", paramLabel = "N", description = "The highest plan version the endpoint applied (default ${DEFAULT-VALUE}).")
    long appliedVersion;

    @Override
    public Integer call() throws IOException {
        try {
            var trusted = new RootVerifier().initial(Envelope.fromJson(Files.readAllBytes(root)));
            Plan plan = new PlanVerifier(trusted).verify(Envelope.fromJson(Files.readAllBytes(file)), endpoint, appliedVersion, Instant.now());
            spec.commandLine().getOut().println("verified: plan " + plan.id() + " version " + plan.version() + " for " + endpoint + ", expires "
                    + plan.expires() + " (root version " + trusted.version() + ", threshold " + trusted.threshold() + ")");
            return 0;
        } catch (TrustException e) {
            spec.commandLine().getErr().println("refused, " + e.getMessage());
            return 1;
        }
    }
}
