package io.twinbench.cli.internal;

import java.nio.file.Path;

import io.twinbench.store.StoreLocation;
import io.twinbench.store.TwinStore;
import picocli.CommandLine.Option;

/** The --data option shared by every command that reads or writes a workspace. */
public final class WorkspaceOption {

    public static final Path DEFAULT_WORKSPACE = Path.of(System.getProperty("user.home"), "twinbench-workspace");

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

    public TwinStore openStore() {
        return TwinStore.open(StoreLocation.embeddedIn(data));
    }
}
