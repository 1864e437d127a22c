package io.twinbench.cli.internal;

import java.nio.file.Path;
import java.time.Clock;

import io.twinbench.ingest.enrol.AgentCredentials;
import io.twinbench.ingest.enrol.CertificateAuthority;
import io.twinbench.ingest.enrol.Enrollment;
import io.twinbench.ingest.enrol.EnrollmentException;
import io.twinbench.ingest.enrol.PemFiles;
import io.twinbench.store.TwinStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `twinbench enroll-cert`: an enrolled endpoint's certificate as PEM files, for an OpenTelemetry Collector's exporter. */
@Command(name = "enroll-cert", mixinStandardHelpOptions = true,
        description = {"Enrol an endpoint that speaks OTLP instead of running the agent: writes its key, certificate and the CA",
                "as PEM files for an OpenTelemetry Collector's otlphttp exporter (tls: cert_file, key_file, ca_file).",
                "Its metrics and logs then go to the twin named --endpoint; ./twinbench agent revoke stops it like an agent."},
        footer = {"", "Exporter settings:", "  exporters:", "    otlphttp:", "      endpoint: https://WORKBENCH:4318",
                "      tls: {cert_file: DIR/ID.crt, key_file: DIR/ID.key, ca_file: DIR/ca.crt}"})
public final class EnrollCertCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--endpoint", required = true, paramLabel = "ID", description = "The endpoint's id, the twin its data goes to.")
    String endpoint;

    @Option(names = "--hostname", paramLabel = "HOST", description = "The endpoint's host name (default: the id).")
    String hostname;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for ID.crt, ID.key (mode 600) and ca.crt.")
    Path out;

    @Override
    public Integer call() throws Exception {
        CertificateAuthority ca = workspace.certificateAuthority();
        try (TwinStore store = workspace.openStore()) {
            AgentCredentials credentials;
            try {
                credentials = AgentCredentials.enrol(new Enrollment(ca, store.enrollments(), Clock.systemUTC()), endpoint,
                        hostname != null ? hostname : endpoint);
            } catch (EnrollmentException e) {
                spec.commandLine().getErr().println("twinbench: cannot enrol " + endpoint + ": " + e.getMessage());
                return 1;
            }
            Path[] files = PemFiles.write(credentials, endpoint, out);
            spec.commandLine().getOut().println("certificate " + files[0] + "\nkey         " + files[1] + "\nCA          " + files[2]);
            return 0;
        }
    }
}
