package io.twinbench.cli.internal;

import java.nio.file.Path;

import io.twinbench.store.StoreLocation;
import io.twinbench.store.TwinStore;
import picocli.CommandLine.Option;

/** The --data option shared by every command that reads or writes a workspace. */
public final class WorkspaceOption {

    public static final Path DEFAULT_WORKSPACE = Path.of(System.getProperty("user.home"), "twinbench-workspace");

    /** The command this option belongs to, for usage errors. */
    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec command;

    @Option(names = "--data", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT, description = "Workspace directory (default: ${DEFAULT-VALUE}).")
    Path data = DEFAULT_WORKSPACE;

    public Path workspace() {
        return data;
    }

    /** The workspace's certificate authority for agents, created on first use. */
    public io.twinbench.ingest.enrol.CertificateAuthority certificateAuthority()
            throws java.io.IOException, java.security.GeneralSecurityException {
        return io.twinbench.ingest.enrol.CertificateAuthority.openOrCreate(data.resolve(".twinbench/ca"), java.time.Clock.systemUTC());
    }

    /** The workspace's signed root of trust for plans (it may not exist yet). */
    public Path trustRootFile() {
        return io.twinbench.ingest.collector.TrustRootFile.in(data.resolve(".twinbench"));
    }

    /** The workspace's plans, approvals and pushes over an open store. */
    public io.twinbench.change.PlanCatalog plans(TwinStore store) {
        return new io.twinbench.change.PlanCatalog(store, new io.twinbench.change.WorkspaceTrust(trustRootFile()), java.time.Clock.systemUTC());
    }

    @Option(names = "--db-url", paramLabel = "JDBC-URL", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "A PostgreSQL server instead of the workspace's embedded H2, e.g. jdbc:postgresql://db:5432/twinbench "
                    + "(default: $TWINBENCH_DB_URL; user and password from $TWINBENCH_DB_USER and $TWINBENCH_DB_PASSWORD).")
    String dbUrl;

    public StoreLocation storeLocation() {
        java.util.Map<String, String> env = new java.util.HashMap<>(System.getenv());
        if (dbUrl != null) {
            env.put("TWINBENCH_DB_URL", dbUrl);
        }
        try {
            return StoreLocation.fromEnvironment(env, data);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(command.commandLine(), "--db-url: " + e.getMessage());
        }
    }

    public TwinStore openStore() {
        return TwinStore.open(storeLocation());
    }
}
