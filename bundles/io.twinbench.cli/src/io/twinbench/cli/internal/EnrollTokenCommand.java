package io.twinbench.cli.internal;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;

import io.twinbench.ingest.enrol.CertificateAuthority;
import io.twinbench.ingest.enrol.Enrollment;
import io.twinbench.store.TwinStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `twinbench enroll-token`: a one-time, expiring token an agent trades for its certificate. */
@Command(name = "enroll-token", mixinStandardHelpOptions = true,
        description = {"Print a one-time enrolment token for a new agent.",
                "The token expires, works once, and pins this workbench's CA, so the agent can check whom it talks to."})
public final class EnrollTokenCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--ttl", paramLabel = "MINUTES", defaultValue = "60", description = "Minutes the token stays valid (default: ${DEFAULT-VALUE}).")
    long ttlMinutes;

    @Option(names = "--agent", paramLabel = "ID", description = {"Make the token for this agent id only.",
            "For an agent already enrolled, this re-enrols it: its next certificate replaces the old one (recorded in its audit)."})
    String agentId;

    @Override
    public Integer call() throws IOException, GeneralSecurityException, io.twinbench.ingest.enrol.EnrollmentException {
        if (ttlMinutes < 1 || ttlMinutes > 7 * 24 * 60) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--ttl must be between 1 minute and 7 days");
        }
        CertificateAuthority ca = workspace.certificateAuthority();
        try (TwinStore store = workspace.openStore()) {
            Enrollment.Token token = new Enrollment(ca, store.enrollments(), Clock.systemUTC()).newToken(Duration.ofMinutes(ttlMinutes), agentId);
            spec.commandLine().getOut().println(token.value());
            spec.commandLine().getErr().println("valid once, until " + token.expires() + (agentId == null ? "" : ", for agent " + agentId)
                    + "; CA fingerprint " + ca.fingerprint());
            return 0;
        }
    }
}
